import {
  coarsestKind,
  compareKinds,
  latestPeriodEndedBy,
  periodsBetween,
  rollingWindow,
  toPeriod,
  type Period,
  type PeriodKind,
  type PeriodLike,
} from './periods';
import { roundTo } from './rounding';

/** How an element's values combine over time: flows sum, stocks average, end-of-period states take the last. */
export type TimeAggregation = 'sum' | 'average' | 'last';

export interface DataElementDefinition {
  readonly code: string;
  readonly timeAggregation: TimeAggregation;
  readonly frequency: PeriodKind;
}

export type IndicatorKind = 'share' | 'ratio' | 'count';
export type IndicatorWindow = 'none' | 'rolling_12_months';

export interface IndicatorDefinition {
  readonly code: string;
  readonly kind: IndicatorKind;
  /** Element codes, summed. */
  readonly numerator: readonly string[];
  readonly denominator?: string | null;
  /** 100 for percentages. */
  readonly factor: number;
  readonly decimals: number;
  /** Absent means `none`. */
  readonly window?: IndicatorWindow | null;
  readonly formulaVersion: number;
}

export type IndicatorOutcome = 'computed' | 'no_data' | 'not_applicable';

export interface ElementPeriod {
  readonly element: string;
  readonly period: string;
}

/**
 * What an indicator needs for one period: the period its value belongs to and, per element, the
 * periods whose values are read. Built once per indicator and period, evaluated once per unit and group.
 */
export interface IndicatorPlan {
  readonly indicator: IndicatorDefinition;
  readonly requestedPeriod: Period;
  /** The period the value belongs to: the requested one, or the latest ended one of the indicator's frequency. */
  readonly period: Period;
  /** Periods of `period.kind` the value covers, oldest first: the rolling window, or just `period`. */
  readonly window: readonly Period[];
  readonly inputs: readonly PlannedInput[];
}

export interface PlannedInput {
  readonly element: string;
  readonly role: 'numerator' | 'denominator';
  readonly timeAggregation: TimeAggregation;
  /** Codes of the element's own frequency whose values are read, oldest first. */
  readonly periods: readonly string[];
}

/** The raw value of an element for a period, for the unit and group being computed; absent when not reported. */
export type RawValueLookup = (element: string, period: string) => number | null | undefined;

export interface IndicatorValue {
  readonly indicator: string;
  readonly formulaVersion: number;
  readonly outcome: IndicatorOutcome;
  /** The period the value belongs to (see {@link IndicatorPlan.period}). */
  readonly period: string;
  readonly requestedPeriod: string;
  readonly window: readonly string[];
  /** Null when data is missing. */
  readonly numerator: number | null;
  /** Null when data is missing or the indicator has no denominator. */
  readonly denominator: number | null;
  /** numerator × factor ÷ denominator, unrounded; null unless computed. */
  readonly value: number | null;
  /** `value` rounded to the indicator's decimals. */
  readonly roundedValue: number | null;
  /** The values that were needed and not found; empty unless `no_data`. */
  readonly missing: readonly ElementPeriod[];
}

export class IndicatorDefinitionError extends Error {
  readonly code = 'indicators.invalid_definition';

  constructor(
    readonly indicator: string,
    message: string,
  ) {
    super(`Indicator ${indicator}: ${message}`);
    this.name = 'IndicatorDefinitionError';
  }
}

/** The frequency an indicator is computed at: the coarsest among its elements. */
export function indicatorFrequency(indicator: IndicatorDefinition, elements: readonly DataElementDefinition[]): PeriodKind {
  const kinds = elementsOf(indicator, elements).map((input) => input.definition.frequency);
  const kind = coarsestKind(kinds);
  if (kind === undefined) throw new IndicatorDefinitionError(indicator.code, 'has no numerator element');
  return kind;
}

/** @throws IndicatorDefinitionError when an element is unknown or its frequency cannot cover the period. */
export function planIndicator(
  indicator: IndicatorDefinition,
  elements: readonly DataElementDefinition[],
  requested: PeriodLike,
): IndicatorPlan {
  const requestedPeriod = toPeriod(requested);
  const used = elementsOf(indicator, elements);
  const frequency = indicatorFrequency(indicator, elements);
  const period =
    compareKinds(requestedPeriod.kind, frequency) >= 0 &&
    used.every((input) => tiles(input.definition.frequency, requestedPeriod, requestedPeriod))
      ? requestedPeriod
      : latestPeriodEndedBy(frequency, requestedPeriod);
  const window = indicator.window === 'rolling_12_months' ? rollingWindow(period) : [period];
  const first = window[0] as Period;

  const inputs = used.map(({ role, definition }): PlannedInput => {
    if (!tiles(definition.frequency, first, period)) {
      throw new IndicatorDefinitionError(
        indicator.code,
        `element ${definition.code} is reported per ${definition.frequency}, which does not cover ${first.code}…${period.code}`,
      );
    }
    const periods = periodsBetween(definition.frequency, first, period).map((p) => p.code);
    return {
      element: definition.code,
      role,
      timeAggregation: definition.timeAggregation,
      periods: definition.timeAggregation === 'last' ? periods.slice(-1) : periods,
    };
  });

  return { indicator, requestedPeriod, period, window, inputs };
}

/** Every (element, period) value the plan reads, for fetching exactly those from storage. */
export function plannedValues(plan: IndicatorPlan): ElementPeriod[] {
  return plan.inputs.flatMap((input) => input.periods.map((period) => ({ element: input.element, period })));
}

export function evaluateIndicator(plan: IndicatorPlan, lookup: RawValueLookup): IndicatorValue {
  const { indicator } = plan;
  const missing: ElementPeriod[] = [];
  let numerator = 0;
  let denominator: number | null = null;

  for (const input of plan.inputs) {
    const values: number[] = [];
    for (const period of input.periods) {
      const value = lookup(input.element, period);
      if (typeof value === 'number' && Number.isFinite(value)) values.push(value);
      else missing.push({ element: input.element, period });
    }
    if (values.length !== input.periods.length) continue;
    const aggregated = aggregate(input.timeAggregation, values);
    if (input.role === 'numerator') numerator += aggregated;
    else denominator = aggregated;
  }

  const base = {
    indicator: indicator.code,
    formulaVersion: indicator.formulaVersion,
    period: plan.period.code,
    requestedPeriod: plan.requestedPeriod.code,
    window: plan.window.map((p) => p.code),
  };
  if (missing.length > 0) {
    return { ...base, outcome: 'no_data', numerator: null, denominator: null, value: null, roundedValue: null, missing };
  }
  return { ...base, ...divide(indicator, numerator, denominator), missing: [] };
}

/** Plans and evaluates in one go, for a single unit and group. */
export function computeIndicatorValue(
  indicator: IndicatorDefinition,
  elements: readonly DataElementDefinition[],
  period: PeriodLike,
  lookup: RawValueLookup,
): IndicatorValue {
  return evaluateIndicator(planIndicator(indicator, elements, period), lookup);
}

/**
 * numerator × factor ÷ denominator, or numerator × factor without a denominator; `not_applicable`
 * on a zero denominator. Multiplying first keeps whole-number shares exact (7 × 100 ÷ 50 = 14).
 */
export function divide(
  indicator: Pick<IndicatorDefinition, 'factor' | 'decimals' | 'denominator'>,
  numerator: number,
  denominator: number | null,
): Pick<IndicatorValue, 'outcome' | 'numerator' | 'denominator' | 'value' | 'roundedValue'> {
  if (indicator.denominator && denominator === null) {
    throw new RangeError('an indicator with a denominator element needs a denominator value');
  }
  if (denominator === 0) {
    return { outcome: 'not_applicable', numerator, denominator, value: null, roundedValue: null };
  }
  const value = denominator === null ? numerator * indicator.factor : (numerator * indicator.factor) / denominator;
  return { outcome: 'computed', numerator, denominator, value, roundedValue: roundTo(value, indicator.decimals) };
}

function aggregate(aggregation: TimeAggregation, values: readonly number[]): number {
  switch (aggregation) {
    case 'sum':
      return sum(values);
    case 'average':
      return values.length === 0 ? 0 : sum(values) / values.length;
    case 'last':
      return values.at(-1) ?? 0;
  }
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

interface UsedElement {
  role: 'numerator' | 'denominator';
  definition: DataElementDefinition;
}

function elementsOf(indicator: IndicatorDefinition, elements: readonly DataElementDefinition[]): UsedElement[] {
  if (indicator.numerator.length === 0) {
    throw new IndicatorDefinitionError(indicator.code, 'has no numerator element');
  }
  const find = (code: string) => {
    const definition = elements.find((element) => element.code === code);
    if (!definition) throw new IndicatorDefinitionError(indicator.code, `unknown data element ${code}`);
    return definition;
  };
  const used = indicator.numerator.map((code): UsedElement => ({ role: 'numerator', definition: find(code) }));
  if (indicator.denominator) used.push({ role: 'denominator', definition: find(indicator.denominator) });
  return used;
}

/** True when periods of `kind` exactly cover the span from the start of `from` to the end of `to`. */
function tiles(kind: PeriodKind, from: Period, to: Period): boolean {
  const periods = periodsBetween(kind, from, to);
  return periods[0]?.startDate === from.startDate && periods.at(-1)?.endDate === to.endDate;
}
