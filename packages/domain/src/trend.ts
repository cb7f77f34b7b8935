import { roundTo } from './rounding';
import { distanceTo } from './status';
import type { Criterion } from './targets';

export type Trend = 'improving' | 'worsening' | 'unchanged' | 'unknown';

export interface TrendInput {
  readonly current: number | null | undefined;
  /** The figure of the previous period of the same kind. */
  readonly previous: number | null | undefined;
  /** Its kind gives the polarity. */
  readonly target: Criterion;
  readonly decimals: number;
}

/**
 * Improving when the figure moved toward the target: down for "at most", up for "at least", closer
 * to the range or the exact value otherwise (moving about inside a range is unchanged). Compared in
 * the indicator's decimals, so noise below them is unchanged.
 */
export function trendOf(input: TrendInput): Trend {
  const { current, previous, target, decimals } = input;
  if (!isNumber(current) || !isNumber(previous)) return 'unknown';
  const now = roundTo(current, decimals);
  const before = roundTo(previous, decimals);
  const better = (() => {
    switch (target.kind) {
      case 'at_most':
        return before - now;
      case 'at_least':
        return now - before;
      case 'range':
      case 'exact':
        return roundTo(distanceTo(before, target).distance, decimals) - roundTo(distanceTo(now, target).distance, decimals);
    }
  })();
  const change = roundTo(better, decimals);
  return change > 0 ? 'improving' : change < 0 ? 'worsening' : 'unchanged';
}

function isNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
