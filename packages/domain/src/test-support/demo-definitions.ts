// Test-only: the definitions of shared/data/stockholm-demo.json that the tests exercise, copied so the
// package's tests read no files.
import type { DataElementDefinition, IndicatorDefinition } from '../indicator-values';

export const demoElements: readonly DataElementDefinition[] = [
  { code: 'average_headcount', timeAggregation: 'average', frequency: 'tertial' },
  { code: 'external_leavers', timeAggregation: 'sum', frequency: 'tertial' },
  { code: 'internal_moves_out', timeAggregation: 'sum', frequency: 'tertial' },
  { code: 'group_switches_out', timeAggregation: 'sum', frequency: 'tertial' },
  { code: 'open_cases', timeAggregation: 'last', frequency: 'tertial' },
  { code: 'caseworker_fte', timeAggregation: 'average', frequency: 'tertial' },
  { code: 'staff_3y_experience', timeAggregation: 'last', frequency: 'year' },
  { code: 'lvu_cases', timeAggregation: 'sum', frequency: 'tertial' },
  { code: 'lvu_cases_two_caseworkers', timeAggregation: 'sum', frequency: 'tertial' },
  { code: 'student_placements', timeAggregation: 'sum', frequency: 'tertial' },
  { code: 'survey_respondents', timeAggregation: 'last', frequency: 'year' },
  { code: 'survey_workload_ok', timeAggregation: 'last', frequency: 'year' },
  { code: 'new_staff', timeAggregation: 'sum', frequency: 'tertial' },
  { code: 'new_staff_with_mentor', timeAggregation: 'sum', frequency: 'tertial' },
];

const share = { kind: 'share', factor: 100, decimals: 1, formulaVersion: 1 } as const;

export const turnoverExternal: IndicatorDefinition = {
  ...share,
  code: 'turnover_external',
  numerator: ['external_leavers'],
  denominator: 'average_headcount',
  window: 'rolling_12_months',
};

export const turnoverTotal: IndicatorDefinition = {
  ...share,
  code: 'turnover_total',
  numerator: ['external_leavers', 'internal_moves_out', 'group_switches_out'],
  denominator: 'average_headcount',
  window: 'rolling_12_months',
};

export const casesPerCaseworker: IndicatorDefinition = {
  code: 'cases_per_caseworker',
  kind: 'ratio',
  numerator: ['open_cases'],
  denominator: 'caseworker_fte',
  factor: 1,
  decimals: 1,
  formulaVersion: 1,
};

export const experiencedShare: IndicatorDefinition = {
  ...share,
  code: 'experienced_share',
  numerator: ['staff_3y_experience'],
  denominator: 'average_headcount',
};

export const reasonableWorkload: IndicatorDefinition = {
  ...share,
  code: 'reasonable_workload',
  numerator: ['survey_workload_ok'],
  denominator: 'survey_respondents',
};

export const lvuTwoCaseworkers: IndicatorDefinition = {
  ...share,
  code: 'lvu_two_caseworkers',
  numerator: ['lvu_cases_two_caseworkers'],
  denominator: 'lvu_cases',
};

export const mentorShare: IndicatorDefinition = {
  ...share,
  code: 'new_staff_with_mentor',
  numerator: ['new_staff_with_mentor'],
  denominator: 'new_staff',
};

export const studentPlacements: IndicatorDefinition = {
  code: 'student_placements',
  kind: 'count',
  numerator: ['student_placements'],
  factor: 1,
  decimals: 0,
  formulaVersion: 1,
};

/** A lookup over `{ 'element@period': value }`. */
export function lookupFrom(values: Readonly<Record<string, number>>) {
  return (element: string, period: string): number | undefined => values[`${element}@${period}`];
}
