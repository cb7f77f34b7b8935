import { roundTo } from './rounding';
import { distanceTo } from './status';
import type { Criterion } from './targets';

export interface ProgressInput {
  readonly baseline: number | null | undefined;
  readonly value: number | null | undefined;
  /** The final target, not the milestone in force. */
  readonly target: Criterion;
  readonly decimals: number;
}

/**
 * The share of the way from the baseline to the final target already covered, 0–100; 100 exactly
 * when the final target is met. Distances are measured to the target's nearest bound, which for a
 * range is the bound on the baseline's side as long as the figure has not crossed the whole range.
 * A figure that overshoots past the far bound (or past an exact target) is measured to that bound
 * instead, so it stays below 100 while not met. When the baseline already met the target, there
 * is no way to measure and a figure that no longer meets it gets 0. A met final target is 100 with or without a
 * baseline (docs/domain.md); otherwise null without baseline or figure.
 */
export function progressPercent(input: ProgressInput): number | null {
  const { baseline, value, target, decimals } = input;
  if (!isNumber(value)) return null;
  const left = distanceTo(roundTo(value, decimals), target).distance;
  if (left === 0) return 100;
  if (!isNumber(baseline)) return null;
  const remaining = roundTo(left, decimals);
  const way = roundTo(distanceTo(roundTo(baseline, decimals), target).distance, decimals);
  if (way === 0) return 0;
  return clamp((1 - remaining / way) * 100, 0, 100);
}

function isNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
