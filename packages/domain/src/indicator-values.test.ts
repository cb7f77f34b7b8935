import { describe, expect, it } from 'vitest';
import {
  IndicatorDefinitionError,
  computeIndicatorValue,
  indicatorFrequency,
  planIndicator,
  plannedValues,
  type DataElementDefinition,
  type IndicatorDefinition,
} from './indicator-values';
import {
  casesPerCaseworker,
  demoElements,
  experiencedShare,
  lookupFrom,
  lvuTwoCaseworkers,
  mentorShare,
  reasonableWorkload,
  studentPlacements,
  turnoverExternal,
  turnoverTotal,
} from './test-support/demo-definitions';

// One district's socialsekreterare over a year of tertials.
const farstaSoc = lookupFrom({
  'external_leavers@2024-T3': 3,
  'external_leavers@2025-T1': 2,
  'external_leavers@2025-T2': 4,
  'internal_moves_out@2024-T3': 1,
  'internal_moves_out@2025-T1': 2,
  'internal_moves_out@2025-T2': 0,
  'group_switches_out@2024-T3': 0,
  'group_switches_out@2025-T1': 1,
  'group_switches_out@2025-T2': 0,
  'average_headcount@2024-T1': 76,
  'average_headcount@2024-T2': 78,
  'average_headcount@2024-T3': 80,
  'average_headcount@2025-T1': 82,
  'average_headcount@2025-T2': 84,
  // Leavers in an earlier tertial, outside the window ending 2025-T2.
  'external_leavers@2024-T2': 50,
  'staff_3y_experience@2024': 47,
  'staff_3y_experience@2025': 52,
});

describe('rolling 12-month turnover', () => {
  it('sums the flows over the three tertials ending with the period and divides by the average headcount over them', () => {
    const result = computeIndicatorValue(turnoverTotal, demoElements, '2025-T2', farstaSoc);
    expect(result).toMatchObject({
      outcome: 'computed',
      period: '2025-T2',
      window: ['2024-T3', '2025-T1', '2025-T2'],
      numerator: 3 + 2 + 4 + 1 + 2 + 0 + 0 + 1 + 0,
      denominator: (80 + 82 + 84) / 3,
      formulaVersion: 1,
    });
    expect(result.value).toBeCloseTo((13 / 82) * 100, 10);
    expect(result.roundedValue).toBe(15.9);
  });

  it('counts only external leavers in external turnover, so it is lower than total turnover', () => {
    const external = computeIndicatorValue(turnoverExternal, demoElements, '2025-T2', farstaSoc);
    expect(external.numerator).toBe(9);
    expect(external.roundedValue).toBe(11);
  });

  it('reads exactly the element values of the window and no others', () => {
    const plan = planIndicator(turnoverExternal, demoElements, '2025-T2');
    expect(plan.inputs).toEqual([
      { element: 'external_leavers', role: 'numerator', timeAggregation: 'sum', periods: ['2024-T3', '2025-T1', '2025-T2'] },
      { element: 'average_headcount', role: 'denominator', timeAggregation: 'average', periods: ['2024-T3', '2025-T1', '2025-T2'] },
    ]);
  });

  it('lists the element values to fetch, one per element and period', () => {
    const plan = planIndicator(turnoverExternal, demoElements, '2025-T2');
    expect(plannedValues(plan)).toHaveLength(6);
    expect(plannedValues(plan)[0]).toEqual({ element: 'external_leavers', period: '2024-T3' });
  });

  it('when asked for a year, covers the year’s own tertials', () => {
    const plan = planIndicator(turnoverExternal, demoElements, '2024');
    expect(plan.period.code).toBe('2024');
    expect(plan.inputs[0]?.periods).toEqual(['2024-T1', '2024-T2', '2024-T3']);
  });

  it('when asked for a month, uses the latest tertial that has ended and says so', () => {
    const result = computeIndicatorValue(turnoverExternal, demoElements, '2025-07', farstaSoc);
    expect(result.requestedPeriod).toBe('2025-07');
    expect(result.period).toBe('2025-T1');
    expect(result.window).toEqual(['2024-T2', '2024-T3', '2025-T1']);
    expect(result.numerator).toBe(50 + 3 + 2);
  });
});

describe('time aggregation of a single period', () => {
  const values = lookupFrom({
    'open_cases@2025-T1': 300,
    'open_cases@2025-T2': 330,
    'open_cases@2025-T3': 360,
    'caseworker_fte@2025-T1': 10,
    'caseworker_fte@2025-T2': 12,
    'caseworker_fte@2025-T3': 14,
  });

  it('without a window, uses only the period itself', () => {
    const result = computeIndicatorValue(casesPerCaseworker, demoElements, '2025-T2', values);
    expect(result).toMatchObject({ numerator: 330, denominator: 12, value: 27.5, roundedValue: 27.5, window: ['2025-T2'] });
  });

  it('over a year, takes the last tertial of an end-of-period state and averages a stock', () => {
    const result = computeIndicatorValue(casesPerCaseworker, demoElements, '2025', values);
    expect(result).toMatchObject({ period: '2025', numerator: 360, denominator: 12, value: 30 });
  });
});

describe('yearly indicators shown at a tertial', () => {
  it('computes at the coarsest frequency among the elements', () => {
    expect(indicatorFrequency(experiencedShare, demoElements)).toBe('year');
    expect(indicatorFrequency(turnoverTotal, demoElements)).toBe('tertial');
  });

  it('before the year has ended, shows the latest ended year labelled with that year, headcount averaged over it', () => {
    const result = computeIndicatorValue(experiencedShare, demoElements, '2025-T2', farstaSoc);
    expect(result).toMatchObject({
      outcome: 'computed',
      requestedPeriod: '2025-T2',
      period: '2024',
      numerator: 47,
      denominator: (76 + 78 + 80) / 3,
    });
    expect(result.roundedValue).toBe(60.3);
  });

  it('once the last tertial of the year has ended, shows that year', () => {
    const plan = planIndicator(experiencedShare, demoElements, '2025-T3');
    expect(plan.period.code).toBe('2025');
    expect(plan.inputs.map((input) => input.periods)).toEqual([['2025'], ['2025-T1', '2025-T2', '2025-T3']]);
  });

  it('shows a survey figure at a tertial as its latest ended year', () => {
    const survey = lookupFrom({ 'survey_respondents@2024': 40, 'survey_workload_ok@2024': 22 });
    const result = computeIndicatorValue(reasonableWorkload, demoElements, '2025-T1', survey);
    expect(result).toMatchObject({ period: '2024', value: 55, roundedValue: 55 });
  });
});

describe('missing values', () => {
  it('gives no_data and lists every value the formula needs that is missing', () => {
    const partial = lookupFrom({
      'external_leavers@2025-T1': 2,
      'external_leavers@2025-T2': 4,
      'average_headcount@2024-T3': 80,
      'average_headcount@2025-T2': 84,
    });
    const result = computeIndicatorValue(turnoverExternal, demoElements, '2025-T2', partial);
    expect(result).toMatchObject({ outcome: 'no_data', numerator: null, denominator: null, value: null });
    expect(result.missing).toEqual([
      { element: 'external_leavers', period: '2024-T3' },
      { element: 'average_headcount', period: '2025-T1' },
    ]);
  });

  it('treats a value that is not a finite number as missing', () => {
    const broken = lookupFrom({ 'student_placements@2025-T2': Number.NaN });
    expect(computeIndicatorValue(studentPlacements, demoElements, '2025-T2', broken).outcome).toBe('no_data');
  });

  it('does not need the earlier periods of an end-of-period state', () => {
    const rollingCases: IndicatorDefinition = { ...casesPerCaseworker, window: 'rolling_12_months' };
    const plan = planIndicator(rollingCases, demoElements, '2025-T2');
    expect(plan.inputs[0]?.periods).toEqual(['2025-T2']);
    expect(plan.inputs[1]?.periods).toEqual(['2024-T3', '2025-T1', '2025-T2']);
  });

  it('counts a reported zero as data, not as missing', () => {
    const zero = lookupFrom({ 'student_placements@2025-T2': 0 });
    expect(computeIndicatorValue(studentPlacements, demoElements, '2025-T2', zero)).toMatchObject({
      outcome: 'computed',
      value: 0,
    });
  });
});

describe('zero denominator', () => {
  it('gives not_applicable, not an error and not 0 %, and keeps the numerator', () => {
    const noCases = lookupFrom({ 'lvu_cases@2025-T2': 0, 'lvu_cases_two_caseworkers@2025-T2': 0 });
    const result = computeIndicatorValue(lvuTwoCaseworkers, demoElements, '2025-T2', noCases);
    expect(result).toMatchObject({ outcome: 'not_applicable', numerator: 0, denominator: 0, value: null, roundedValue: null });
  });
});

describe('counts and exact shares', () => {
  it('gives a count indicator the numerator itself, without a denominator', () => {
    const result = computeIndicatorValue(studentPlacements, demoElements, '2025-T2', lookupFrom({ 'student_placements@2025-T2': 7 }));
    expect(result).toMatchObject({ numerator: 7, denominator: null, value: 7 });
  });

  it('multiplies before dividing, so a whole percentage comes out exact', () => {
    expect((7 / 50) * 100).not.toBe(14);
    const result = computeIndicatorValue(
      mentorShare,
      demoElements,
      '2025-T2',
      lookupFrom({ 'new_staff@2025-T2': 50, 'new_staff_with_mentor@2025-T2': 7 }),
    );
    expect(result.value).toBe(14);
  });

  it('states the formula version that computed the figure', () => {
    const v2 = { ...studentPlacements, formulaVersion: 2 };
    const result = computeIndicatorValue(v2, demoElements, '2025-T2', lookupFrom({ 'student_placements@2025-T2': 1 }));
    expect(result.formulaVersion).toBe(2);
  });
});

describe('invalid definitions', () => {
  it('refuses an indicator over an unknown element', () => {
    const broken = { ...studentPlacements, numerator: ['nope'] };
    expect(() => planIndicator(broken, demoElements, '2025-T2')).toThrow(IndicatorDefinitionError);
  });

  it('refuses an indicator without numerator elements', () => {
    const empty = { ...studentPlacements, numerator: [] };
    expect(() => planIndicator(empty, demoElements, '2025-T2')).toThrow(IndicatorDefinitionError);
  });

  it('refuses to mix quarterly and tertial elements that cannot cover the same span', () => {
    const elements: DataElementDefinition[] = [
      { code: 'q', timeAggregation: 'sum', frequency: 'quarter' },
      { code: 't', timeAggregation: 'average', frequency: 'tertial' },
    ];
    const mixed: IndicatorDefinition = { ...mentorShare, numerator: ['q'], denominator: 't' };
    expect(() => planIndicator(mixed, elements, '2025-T2')).toThrow(IndicatorDefinitionError);
  });

  it('shows a quarterly indicator asked for at a tertial as its latest ended quarter', () => {
    const elements: DataElementDefinition[] = [{ code: 'q', timeAggregation: 'sum', frequency: 'quarter' }];
    const quarterly: IndicatorDefinition = { ...studentPlacements, numerator: ['q'] };
    expect(planIndicator(quarterly, elements, '2025-T2').period.code).toBe('2025-Q2');
    expect(planIndicator(quarterly, elements, '2025').inputs[0]?.periods).toHaveLength(4);
  });
});
