import type { IndicatorDefinition } from './indicator-values';
import { roundTo } from './rounding';
import type { Status } from './status';
import { HEADCOUNT_FOR_LEAVERS, validateUnitPeriod, type ValidationWarning } from './validation-rules';

/**
 * What a unit's report must say more about before it can be submitted: the validation rules its values
 * break, and the figures that need an explanation (docs/domain.md#reports-and-cycles).
 */

/** A figure moving more than this from the previous period needs an explanation, unless the cycle says otherwise. */
export const DEFAULT_EXPLAIN_CHANGE_ABOVE = 5;

/** One entered value of the unit, for the period or earlier ones (its history). */
export interface AssessedValue {
  readonly group: string | null;
  readonly element: string;
  readonly period: string;
  readonly value: number;
}

export interface BrokenRuleFinding {
  ruleCode: ValidationWarning['rule'];
  subject: string;
  group: string | null;
  /** English; clients translate by ruleCode. */
  message: string;
  details: Record<string, unknown>;
}

export type ExplanationReason = 'target_missed' | 'large_change';

export interface NeededExplanationFinding {
  indicator: string;
  group: string | null;
  period: string;
  reasons: ExplanationReason[];
  status: string;
  value: number | null;
  previousValue: number | null;
  change: number | null;
}

/** The plan's progress for the period, as much of it as the assessment reads. */
export interface AssessedProgress {
  readonly period: string;
  readonly goals: ReadonlyArray<{
    readonly indicator: string | null;
    readonly targets: ReadonlyArray<{
      readonly group: string | null;
      readonly units: ReadonlyArray<{
        readonly unit: string;
        readonly status: Status | null;
        readonly value: number | null;
        readonly previousValue: number | null;
      }>;
    }>;
  }>;
}

export interface RuleCatalogue {
  /** Element code → whether it is split by professional group. */
  split: ReadonlyMap<string, boolean>;
  indicators: readonly IndicatorDefinition[];
}

const subjectOf = (code: string, group: string | null) => (group ? `${code}/${group}` : code);

function messageOf(warning: ValidationWarning): string {
  switch (warning.rule) {
    case 'numerator_exceeds_denominator':
      return `The numerator of ${warning.indicator} (${warning.numerator}) exceeds its denominator (${warning.denominator}).`;
    case 'required_positive':
      return `${warning.element} must be above 0 when ${warning.triggeredBy.join(', ')} is.`;
    case 'outside_history':
      return `${warning.element} = ${warning.value} is far outside the unit's earlier values (${warning.low}–${warning.high}).`;
  }
}

/**
 * The rules broken by one unit's values for the period. Elements split by group are checked per group,
 * the others once; an indicator or rule mixing the two is checked where all its elements are.
 */
export function brokenRules(
  catalogue: RuleCatalogue,
  dataSet: ReadonlySet<string>,
  values: readonly AssessedValue[],
  period: string,
): BrokenRuleFinding[] {
  const contexts = new Map<string, { group: string | null; now: Record<string, number>; history: Record<string, number[]> }>();
  for (const value of values) {
    if (!dataSet.has(value.element)) continue;
    const key = value.group ?? '';
    let context = contexts.get(key);
    if (!context) {
      context = { group: value.group, now: {}, history: {} };
      contexts.set(key, context);
    }
    if (value.period === period) context.now[value.element] = value.value;
    else (context.history[value.element] ??= []).push(value.value);
  }

  const inContext = (codes: readonly string[], grouped: boolean) =>
    codes.every((code) => dataSet.has(code) && (catalogue.split.get(code) ?? false) === grouped);
  const rules: BrokenRuleFinding[] = [];
  for (const context of contexts.values()) {
    const grouped = context.group !== null;
    const warnings = validateUnitPeriod({
      indicators: catalogue.indicators.filter(
        (indicator) =>
          indicator.kind === 'share' && indicator.denominator && inContext([...indicator.numerator, indicator.denominator], grouped),
      ),
      values: context.now,
      requiredPositive: [HEADCOUNT_FOR_LEAVERS].filter((rule) => inContext([rule.element], grouped)),
      // Only the elements entered for this period are compared with their history.
      history: Object.fromEntries(Object.entries(context.history).filter(([element]) => element in context.now)),
    });
    for (const warning of warnings) {
      const { rule, ...details } = warning;
      rules.push({
        ruleCode: rule,
        subject: subjectOf(rule === 'numerator_exceeds_denominator' ? warning.indicator : warning.element, context.group),
        group: context.group,
        message: messageOf(warning),
        details,
      });
    }
  }
  return rules.sort((a, b) => a.ruleCode.localeCompare(b.ruleCode) || a.subject.localeCompare(b.subject));
}

/**
 * The unit's figures that need an explanation: the status against the target in force is at risk or not
 * met (no data or not applicable have no figure to explain), or the figure moved more than `changeAbove`
 * from the previous period. Only indicators computed from elements of the data set count.
 */
export function neededExplanations(
  progress: AssessedProgress,
  unit: string,
  options: { changeAbove: number | null; relevantIndicators: ReadonlySet<string>; decimals: ReadonlyMap<string, number> },
): NeededExplanationFinding[] {
  const limit = options.changeAbove ?? DEFAULT_EXPLAIN_CHANGE_ABOVE;
  const found = new Map<string, NeededExplanationFinding>();
  for (const goal of progress.goals) {
    if (!goal.indicator || !options.relevantIndicators.has(goal.indicator)) continue;
    const decimals = options.decimals.get(goal.indicator) ?? 1;
    for (const target of goal.targets) {
      const figure = target.units.find((entry) => entry.unit === unit);
      if (!figure) continue;
      const reasons: ExplanationReason[] = [];
      if (figure.status === 'at_risk' || figure.status === 'not_met') reasons.push('target_missed');
      const change = figure.value !== null && figure.previousValue !== null ? roundTo(figure.value - figure.previousValue, decimals) : null;
      if (change !== null && Math.abs(change) > limit) reasons.push('large_change');
      if (reasons.length === 0) continue;
      const key = `${goal.indicator}|${target.group ?? ''}`;
      const existing = found.get(key);
      if (existing) {
        for (const reason of reasons) if (!existing.reasons.includes(reason)) existing.reasons.push(reason);
        if (existing.status === 'met' || existing.status === 'unknown') existing.status = figure.status ?? existing.status;
        continue;
      }
      found.set(key, {
        indicator: goal.indicator,
        group: target.group,
        period: progress.period,
        reasons,
        status: figure.status ?? 'unknown',
        value: figure.value,
        previousValue: figure.previousValue,
        change,
      });
    }
  }
  return [...found.values()].sort((a, b) => a.indicator.localeCompare(b.indicator) || (a.group ?? '').localeCompare(b.group ?? ''));
}
