import type { IndicatorOutcome } from './indicator-values';
import { progressPercent } from './progress';
import { statusOf, type Status } from './status';
import { finalCriterion, targetInForce, type TargetDefinition, type TargetInForce } from './targets';
import { trendOf, type Trend } from './trend';

export interface FigureToJudge {
  readonly outcome: IndicatorOutcome;
  /** Unrounded; rounding to the indicator's decimals happens inside each rule. */
  readonly value: number | null;
  /** The period the figure belongs to: the checkpoint in force is the one for this period. */
  readonly period: string;
}

export interface TargetJudgement {
  readonly inForce: TargetInForce;
  readonly status: Status;
  readonly progress: number | null;
  readonly trend: Trend;
}

/**
 * Everything the follow-up says about one figure against one target: the checkpoint in force for the
 * figure's period and the status against it, the progress from the baseline toward the final target,
 * and the trend against the previous period with the target's polarity.
 */
export function judge(input: {
  readonly target: TargetDefinition;
  readonly decimals: number;
  readonly figure: FigureToJudge;
  readonly previous: number | null;
  readonly baseline: number | null;
}): TargetJudgement {
  const { target, decimals, figure } = input;
  const inForce = targetInForce(target, figure.period);
  const final = finalCriterion(target);
  return {
    inForce,
    status: statusOf(figure, inForce.criterion, { decimals, tolerance: inForce.tolerance }),
    progress:
      figure.outcome === 'computed' ? progressPercent({ baseline: input.baseline, value: figure.value, target: final, decimals }) : null,
    trend: trendOf({ current: figure.outcome === 'computed' ? figure.value : null, previous: input.previous, target: final, decimals }),
  };
}
