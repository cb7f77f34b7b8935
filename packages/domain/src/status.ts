import type { IndicatorOutcome } from './indicator-values';
import { roundTo } from './rounding';
import type { Criterion } from './targets';

export type Status = 'met' | 'at_risk' | 'not_met' | 'no_data' | 'not_applicable';
export type Judgement = Extract<Status, 'met' | 'at_risk' | 'not_met'>;

/** Without a per-target tolerance, a figure within 10 % of the bound's value is at risk rather than not met. */
export const DEFAULT_TOLERANCE_SHARE = 0.1;

export interface JudgeOptions {
  /** The indicator's number of decimals; figure, distance and tolerance are compared rounded to it. */
  readonly decimals: number;
  /** Absolute tolerance; null or absent means {@link DEFAULT_TOLERANCE_SHARE} of the bound. */
  readonly tolerance?: number | null;
}

export interface Assessment {
  readonly status: Judgement;
  /** The figure rounded to the indicator's decimals. */
  readonly value: number;
  /** The bound compared against: for a range, the nearest one. */
  readonly bound: number;
  /** How far outside the target the rounded figure lies; 0 when met. */
  readonly distance: number;
  readonly tolerance: number;
}

/**
 * Met: inside the criterion (range bounds included). At risk: outside by at most the tolerance.
 * Not met: further away. Rounding first is what makes 19.8 against "at most 18" at risk: the raw
 * distance 19.8 − 18 is 1.8000000000000007 and 10 % of 18 is 1.8000000000000003.
 */
export function assess(value: number, criterion: Criterion, options: JudgeOptions): Assessment {
  const { decimals } = options;
  const rounded = roundTo(value, decimals);
  const { bound, distance: rawDistance } = distanceTo(rounded, criterion);
  const distance = roundTo(rawDistance, decimals);
  const tolerance = roundTo(options.tolerance ?? DEFAULT_TOLERANCE_SHARE * Math.abs(bound), decimals);
  const status: Judgement = rawDistance === 0 ? 'met' : distance <= tolerance ? 'at_risk' : 'not_met';
  return { status, value: rounded, bound, distance: rawDistance === 0 ? 0 : distance, tolerance };
}

/** The status of a computed figure, or `no_data` / `not_applicable` when there is none. */
export function statusOf(
  figure: { readonly outcome: IndicatorOutcome; readonly value: number | null },
  criterion: Criterion,
  options: JudgeOptions,
): Status {
  if (figure.outcome === 'no_data') return 'no_data';
  if (figure.outcome === 'not_applicable') return 'not_applicable';
  if (figure.value === null || !Number.isFinite(figure.value)) return 'no_data';
  return assess(figure.value, criterion, options).status;
}

/** Distance from a value to the nearest value that meets the criterion, and the bound it is measured to. */
export function distanceTo(value: number, criterion: Criterion): { bound: number; distance: number } {
  switch (criterion.kind) {
    case 'range':
      if (value > criterion.max) return { bound: criterion.max, distance: value - criterion.max };
      if (value < criterion.min) return { bound: criterion.min, distance: criterion.min - value };
      return { bound: value - criterion.min <= criterion.max - value ? criterion.min : criterion.max, distance: 0 };
    case 'at_most':
      return { bound: criterion.value, distance: Math.max(0, value - criterion.value) };
    case 'at_least':
      return { bound: criterion.value, distance: Math.max(0, criterion.value - value) };
    case 'exact':
      return { bound: criterion.value, distance: Math.abs(value - criterion.value) };
  }
}

const SUMMARY_ORDER: readonly Status[] = ['not_met', 'at_risk', 'met', 'no_data', 'not_applicable'];

/**
 * The one status that sums up several (a unit-level target over its units, a goal over its targets): the
 * worst judged one (not_met before at_risk before met); when nothing could be judged, no_data if anything
 * lacked data, else not_applicable; null when there is nothing at all (every figure suppressed, or none).
 */
export function worstStatus(statuses: ReadonlyArray<Status | null>): Status | null {
  return SUMMARY_ORDER.find((status) => statuses.includes(status)) ?? null;
}
