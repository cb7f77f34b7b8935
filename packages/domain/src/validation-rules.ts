import type { IndicatorDefinition } from './indicator-values';

/** One unit's (and group's) values for one period, by element code; absent when not entered. */
export type PeriodValues = Readonly<Record<string, number | null | undefined>>;

export type ValidationWarning =
  | {
      readonly rule: 'numerator_exceeds_denominator';
      readonly indicator: string;
      readonly elements: readonly string[];
      readonly numerator: number;
      readonly denominator: number;
    }
  | {
      readonly rule: 'required_positive';
      readonly element: string;
      /** The elements whose positive values require it. */
      readonly triggeredBy: readonly string[];
      /** Null when not entered. */
      readonly value: number | null;
    }
  | {
      readonly rule: 'outside_history';
      readonly element: string;
      readonly value: number;
      /** The band of plausible values derived from the unit's history. */
      readonly low: number;
      readonly high: number;
    };

export type ValidationRule = ValidationWarning['rule'];

/** `element` must be positive whenever any of `whenAnyPositive` is. */
export interface RequiredPositiveRule {
  readonly element: string;
  readonly whenAnyPositive: readonly string[];
}

/** Leavers of any kind make no sense without staff to leave. */
export const HEADCOUNT_FOR_LEAVERS: RequiredPositiveRule = {
  element: 'average_headcount',
  whenAnyPositive: ['external_leavers', 'internal_moves_out', 'group_switches_out'],
};

/**
 * For each share indicator whose elements are all entered for the period: the summed numerator
 * must not exceed the denominator (more mentored new staff than new staff is a typing error).
 */
export function checkSharesWithinDenominator(indicators: readonly IndicatorDefinition[], values: PeriodValues): ValidationWarning[] {
  const warnings: ValidationWarning[] = [];
  for (const indicator of indicators) {
    if (indicator.kind !== 'share' || !indicator.denominator) continue;
    const denominator = valueOf(values, indicator.denominator);
    const parts = indicator.numerator.map((code) => valueOf(values, code));
    if (denominator === null || parts.some((part) => part === null)) continue;
    const numerator = parts.reduce<number>((total, part) => total + (part ?? 0), 0);
    if (numerator > denominator) {
      warnings.push({
        rule: 'numerator_exceeds_denominator',
        indicator: indicator.code,
        elements: [...indicator.numerator, indicator.denominator],
        numerator,
        denominator,
      });
    }
  }
  return warnings;
}

/** Warns when a trigger element is positive and the required element is missing, zero or negative. */
export function checkRequiredPositive(rule: RequiredPositiveRule, values: PeriodValues): ValidationWarning[] {
  const triggeredBy = rule.whenAnyPositive.filter((code) => (valueOf(values, code) ?? 0) > 0);
  if (triggeredBy.length === 0) return [];
  const value = valueOf(values, rule.element);
  if (value !== null && value > 0) return [];
  return [{ rule: 'required_positive', element: rule.element, triggeredBy, value }];
}

export interface HistoryOptions {
  /** How many times beyond the unit's highest (or below its lowest) earlier value counts as far outside. Default 3. */
  readonly factor?: number;
  /** Differences up to this absolute amount are never far outside, so 0, 0, 0 then 2 leavers passes. Default 5. */
  readonly slack?: number;
  /** Fewer earlier values than this say too little about the unit. Default 3. */
  readonly minimumHistory?: number;
}

/**
 * A value far outside the unit's own earlier values for the element: above `factor` × the highest
 * or below the lowest ÷ `factor`, and further than `slack` from them. Deliberately coarse: it is
 * a warning while typing (a headcount of 800 instead of 80), not a statistical test.
 */
export function checkAgainstHistory(
  element: string,
  value: number | null | undefined,
  history: readonly (number | null | undefined)[],
  options: HistoryOptions = {},
): ValidationWarning[] {
  const { factor = 3, slack = 5, minimumHistory = 3 } = options;
  if (typeof value !== 'number' || !Number.isFinite(value)) return [];
  const earlier = history.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (earlier.length < minimumHistory) return [];
  const highest = Math.max(...earlier);
  const lowest = Math.min(...earlier);
  const high = Math.max(highest * factor, highest + slack);
  const low = Math.min(lowest / factor, lowest - slack);
  if (value > high || value < low) return [{ rule: 'outside_history', element, value, low, high }];
  return [];
}

export interface UnitPeriodCheck {
  /** Indicators whose share rule applies. */
  readonly indicators: readonly IndicatorDefinition[];
  readonly values: PeriodValues;
  /** Default: {@link HEADCOUNT_FOR_LEAVERS}. */
  readonly requiredPositive?: readonly RequiredPositiveRule[];
  /** Earlier values of the same unit and group per element, any order. */
  readonly history?: Readonly<Record<string, readonly (number | null | undefined)[]>>;
  readonly historyOptions?: HistoryOptions;
}

/** Every cross-element rule for one unit, group and period, as run on submit and while typing. */
export function validateUnitPeriod(check: UnitPeriodCheck): ValidationWarning[] {
  const rules = check.requiredPositive ?? [HEADCOUNT_FOR_LEAVERS];
  return [
    ...checkSharesWithinDenominator(check.indicators, check.values),
    ...rules.flatMap((rule) => checkRequiredPositive(rule, check.values)),
    ...Object.entries(check.history ?? {}).flatMap(([element, history]) =>
      checkAgainstHistory(element, valueOf(check.values, element), history, check.historyOptions),
    ),
  ];
}

function valueOf(values: PeriodValues, element: string): number | null {
  const value = Object.hasOwn(values, element) ? values[element] : undefined;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
