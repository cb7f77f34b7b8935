import type { PeriodKind } from './periods';
import { parsePeriod } from './periods';

export interface ValueRules {
  valueType: 'integer' | 'decimal';
  frequency: PeriodKind;
  disaggregation: 'professional_group' | 'none';
  min: number | null;
  max: number | null;
}

export type ValueProblem =
  | { code: 'wrong_frequency' }
  | { code: 'group_required' }
  | { code: 'group_not_allowed' }
  | { code: 'not_integer' }
  | { code: 'out_of_range'; min: number | null; max: number | null };

/** A single value's own checks (run on every write): period kind, group split, type, min and max. */
export function checkValue(rules: ValueRules, entry: { periodCode: string; hasGroup: boolean; value: number }): ValueProblem[] {
  const problems: ValueProblem[] = [];
  if (parsePeriod(entry.periodCode).kind !== rules.frequency) problems.push({ code: 'wrong_frequency' });
  if (rules.disaggregation === 'professional_group' && !entry.hasGroup) problems.push({ code: 'group_required' });
  if (rules.disaggregation === 'none' && entry.hasGroup) problems.push({ code: 'group_not_allowed' });
  if (!Number.isFinite(entry.value)) {
    problems.push({ code: 'out_of_range', min: rules.min, max: rules.max });
    return problems;
  }
  if (rules.valueType === 'integer' && !Number.isInteger(entry.value)) problems.push({ code: 'not_integer' });
  if ((rules.min !== null && entry.value < rules.min) || (rules.max !== null && entry.value > rules.max)) {
    problems.push({ code: 'out_of_range', min: rules.min, max: rules.max });
  }
  return problems;
}
