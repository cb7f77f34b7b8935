import { describe, expect, it } from 'vitest';
import { brokenRules, neededExplanations, type AssessedProgress, type AssessedValue } from './report-assessment';
import type { Status } from './status';

const catalogue = {
  split: new Map([
    ['external_leavers', true],
    ['average_headcount', true],
    ['new_staff', false],
    ['new_staff_with_mentor', false],
  ]),
  indicators: [
    {
      code: 'new_staff_with_mentor',
      kind: 'share' as const,
      numerator: ['new_staff_with_mentor'],
      denominator: 'new_staff',
      factor: 100,
      decimals: 1,
      formulaVersion: 1,
    },
  ],
};
const value = (element: string, group: string | null, period: string, v: number): AssessedValue => ({ group, element, period, value: v });

describe('brokenRules', () => {
  it('checks split elements per group and the others once, naming the subject with its group', () => {
    const rules = brokenRules(
      catalogue,
      new Set(['external_leavers', 'average_headcount', 'new_staff', 'new_staff_with_mentor']),
      [
        value('external_leavers', 'SOC', '2025-T3', 3),
        value('external_leavers', 'BIST', '2025-T3', 1),
        value('average_headcount', 'BIST', '2025-T3', 20),
        value('new_staff', null, '2025-T3', 2),
        value('new_staff_with_mentor', null, '2025-T3', 3),
      ],
      '2025-T3',
    );
    expect(rules.map((rule) => [rule.ruleCode, rule.subject])).toEqual([
      ['numerator_exceeds_denominator', 'new_staff_with_mentor'],
      ['required_positive', 'average_headcount/SOC'],
    ]);
  });

  it('compares with the unit’s history and ignores elements outside the data set', () => {
    const history = ['2024-T2', '2024-T3', '2025-T1', '2025-T2'].map((period) => value('average_headcount', 'SOC', period, 80));
    const current = value('average_headcount', 'SOC', '2025-T3', 800);
    expect(brokenRules(catalogue, new Set(['average_headcount']), [...history, current], '2025-T3').map((rule) => rule.subject)).toEqual([
      'average_headcount/SOC',
    ]);
    expect(brokenRules(catalogue, new Set(['new_staff']), [...history, current], '2025-T3')).toEqual([]);
  });
});

describe('neededExplanations', () => {
  const unitFigure = (status: Status | null, value: number | null, previousValue: number | null) => ({
    unit: 'FARSTA',
    status,
    value,
    previousValue,
  });
  const progress = (units: ReturnType<typeof unitFigure>[], group: string | null = 'SOC'): AssessedProgress => ({
    period: '2025-T3',
    goals: [{ indicator: 'turnover_total', targets: [{ group, units }] }],
  });
  const options = { changeAbove: null, relevantIndicators: new Set(['turnover_total']), decimals: new Map([['turnover_total', 1]]) };

  it('asks for a figure at risk or not met, not for one met, without data or not applicable', () => {
    for (const status of ['at_risk', 'not_met'] as const) {
      expect(neededExplanations(progress([unitFigure(status, 12, 11)]), 'FARSTA', options)).toEqual([
        expect.objectContaining({ indicator: 'turnover_total', group: 'SOC', reasons: ['target_missed'], change: 1 }),
      ]);
    }
    for (const status of ['met', 'no_data', 'not_applicable', null] as const) {
      expect(neededExplanations(progress([unitFigure(status, 12, 11)]), 'FARSTA', options)).toEqual([]);
    }
  });

  it('asks for a move above the limit (5 by default), compared in the indicator’s decimals', () => {
    expect(neededExplanations(progress([unitFigure('met', 16.1, 11)]), 'FARSTA', options)[0]?.reasons).toEqual(['large_change']);
    expect(neededExplanations(progress([unitFigure('met', 16, 11)]), 'FARSTA', options)).toEqual([]);
    expect(neededExplanations(progress([unitFigure('met', 11.5, 11)]), 'FARSTA', { ...options, changeAbove: 0.4 })[0]?.change).toBe(0.5);
    expect(neededExplanations(progress([unitFigure('met', 11.5, 11)]), 'FARSTA', { ...options, relevantIndicators: new Set() })).toEqual(
      [],
    );
  });
});
