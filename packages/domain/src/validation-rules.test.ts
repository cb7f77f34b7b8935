import { describe, expect, it } from 'vitest';
import { mentorShare, turnoverTotal } from './test-support/demo-definitions';
import {
  HEADCOUNT_FOR_LEAVERS,
  checkAgainstHistory,
  checkRequiredPositive,
  checkSharesWithinDenominator,
  validateUnitPeriod,
} from './validation-rules';

describe('checkSharesWithinDenominator', () => {
  it('warns when more new staff got a mentor than there were new staff', () => {
    expect(checkSharesWithinDenominator([mentorShare], { new_staff: 4, new_staff_with_mentor: 6 })).toEqual([
      {
        rule: 'numerator_exceeds_denominator',
        indicator: 'new_staff_with_mentor',
        elements: ['new_staff_with_mentor', 'new_staff'],
        numerator: 6,
        denominator: 4,
      },
    ]);
  });

  it('sums the numerator elements before comparing', () => {
    const values = { external_leavers: 5, internal_moves_out: 4, group_switches_out: 2, average_headcount: 10 };
    expect(checkSharesWithinDenominator([turnoverTotal], values)).toHaveLength(1);
    expect(checkSharesWithinDenominator([turnoverTotal], { ...values, average_headcount: 11 })).toEqual([]);
  });

  it('waits until every element of the share is entered', () => {
    expect(checkSharesWithinDenominator([mentorShare], { new_staff_with_mentor: 6 })).toEqual([]);
  });

  it('ignores ratios and counts', () => {
    const ratio = { ...mentorShare, kind: 'ratio' as const };
    expect(checkSharesWithinDenominator([ratio], { new_staff: 4, new_staff_with_mentor: 6 })).toEqual([]);
  });
});

describe('checkRequiredPositive', () => {
  it('warns when there are leavers but a headcount of zero', () => {
    expect(checkRequiredPositive(HEADCOUNT_FOR_LEAVERS, { external_leavers: 2, internal_moves_out: 0, average_headcount: 0 })).toEqual([
      { rule: 'required_positive', element: 'average_headcount', triggeredBy: ['external_leavers'], value: 0 },
    ]);
  });

  it('warns when there are leavers and no headcount entered yet', () => {
    expect(checkRequiredPositive(HEADCOUNT_FOR_LEAVERS, { internal_moves_out: 1 })[0]).toMatchObject({ value: null });
  });

  it('is quiet when there are no leavers or a positive headcount', () => {
    expect(checkRequiredPositive(HEADCOUNT_FOR_LEAVERS, { external_leavers: 0, average_headcount: 0 })).toEqual([]);
    expect(checkRequiredPositive(HEADCOUNT_FOR_LEAVERS, { external_leavers: 3, average_headcount: 40 })).toEqual([]);
  });
});

describe('checkAgainstHistory', () => {
  const headcounts = [78, 80, 82, 84];

  it('warns about a headcount typed with an extra zero', () => {
    expect(checkAgainstHistory('average_headcount', 820, headcounts)).toEqual([
      { rule: 'outside_history', element: 'average_headcount', value: 820, low: 26, high: 252 },
    ]);
  });

  it('warns about a value collapsing far below the unit’s lowest', () => {
    expect(checkAgainstHistory('average_headcount', 8, headcounts)).toHaveLength(1);
  });

  it('accepts ordinary variation', () => {
    expect(checkAgainstHistory('average_headcount', 95, headcounts)).toEqual([]);
    expect(checkAgainstHistory('average_headcount', 60, headcounts)).toEqual([]);
  });

  it('does not flag small counts that only look large relative to zero', () => {
    expect(checkAgainstHistory('external_leavers', 4, [0, 0, 1])).toEqual([]);
    expect(checkAgainstHistory('external_leavers', 12, [0, 0, 1])).toHaveLength(1);
  });

  it('says nothing without enough history', () => {
    expect(checkAgainstHistory('average_headcount', 820, [80, 82])).toEqual([]);
    expect(checkAgainstHistory('average_headcount', 820, [80, null, 82])).toEqual([]);
  });
});

describe('validateUnitPeriod', () => {
  it('runs every rule and gathers the warnings', () => {
    const warnings = validateUnitPeriod({
      indicators: [mentorShare, turnoverTotal],
      values: { new_staff: 2, new_staff_with_mentor: 3, external_leavers: 1, average_headcount: 0 },
      history: { average_headcount: [78, 80, 82] },
    });
    expect(warnings.map((w) => w.rule)).toEqual(['numerator_exceeds_denominator', 'required_positive', 'outside_history']);
  });
});
