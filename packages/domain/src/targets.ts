import { comparePeriods, toPeriod, type PeriodLike } from './periods';

/** What a figure must satisfy. Direction comes from the kind, never from comparing numbers. */
export type Criterion =
  | { readonly kind: 'range'; readonly min: number; readonly max: number }
  | { readonly kind: 'at_most'; readonly value: number }
  | { readonly kind: 'at_least'; readonly value: number }
  | { readonly kind: 'exact'; readonly value: number };

export type TargetKind = Criterion['kind'];

export type TargetDefinition = Criterion & {
  /** Period code of the final target. */
  readonly deadline: string;
  /** Period code → interim value. */
  readonly milestones?: Readonly<Record<string, number>> | null;
  /** Needed to tell which side of a range a one-number milestone bounds. */
  readonly baseline?: number | null;
  /** Absolute tolerance; absent means 10 % of the bound. */
  readonly tolerance?: number | null;
};

export interface Checkpoint {
  readonly source: 'milestone' | 'final';
  /** The milestone's period, or the deadline. */
  readonly period: string;
  readonly criterion: Criterion;
}

export interface TargetInForce extends Checkpoint {
  readonly tolerance: number | null;
}

export function finalCriterion(target: Criterion): Criterion {
  switch (target.kind) {
    case 'range':
      return { kind: 'range', min: target.min, max: target.max };
    case 'at_most':
    case 'at_least':
    case 'exact':
      return { kind: target.kind, value: target.value };
  }
}

/**
 * A milestone keeps the target's direction. For a range, the one number bounds the side the
 * baseline lies on: from above the range (turnover 23 % toward 5–10 %) a milestone of 18 means
 * "at most 18". Without a baseline outside the range, the milestone's own position relative to
 * the range decides; a milestone inside the range cannot bound a side, and the range applies.
 */
export function milestoneCriterion(target: Criterion & { readonly baseline?: number | null }, value: number): Criterion {
  if (target.kind !== 'range') return { kind: target.kind, value };
  const side = sideOfRange(target, target.baseline ?? null) ?? sideOfRange(target, value);
  if (side === 'above') return { kind: 'at_most', value };
  if (side === 'below') return { kind: 'at_least', value };
  return finalCriterion(target);
}

/** Milestones in period order (by end date), then the final target. */
export function checkpoints(target: TargetDefinition): Checkpoint[] {
  const milestones = Object.entries(target.milestones ?? {})
    .map(([period, value]) => ({ period: toPeriod(period), value }))
    .sort((a, b) => comparePeriods(a.period, b.period))
    .map(
      ({ period, value }): Checkpoint => ({
        source: 'milestone',
        period: period.code,
        criterion: milestoneCriterion(target, value),
      }),
    );
  return [...milestones, { source: 'final', period: toPeriod(target.deadline).code, criterion: finalCriterion(target) }];
}

/**
 * The checkpoint a period is judged against: the first milestone whose period does not end before
 * the judged period ends, else the final target (also after its deadline).
 */
export function targetInForce(target: TargetDefinition, judged: PeriodLike): TargetInForce {
  const judgedEnd = toPeriod(judged).endDate;
  const all = checkpoints(target);
  const inForce = all.find((c) => c.source === 'milestone' && toPeriod(c.period).endDate >= judgedEnd) ?? (all.at(-1) as Checkpoint);
  return { ...inForce, tolerance: target.tolerance ?? null };
}

function sideOfRange(range: { min: number; max: number }, value: number | null): 'above' | 'below' | undefined {
  if (value === null || !Number.isFinite(value)) return undefined;
  if (value > range.max) return 'above';
  if (value < range.min) return 'below';
  return undefined;
}

/** A target as the plan stores it: a value for at_most, at_least and exact; min and max for a range. */
export interface StoredTarget {
  readonly kind: TargetKind;
  readonly value: number | null;
  readonly min: number | null;
  readonly max: number | null;
  /** The final target's period; null falls back to the period asked about. */
  readonly deadline: string | null;
  readonly milestones: ReadonlyArray<{ readonly period: string; readonly value: number }>;
  readonly tolerance: number | null;
}

/**
 * The target definition the rules judge by (docs/domain.md#targets). The baseline given decides which side of a
 * range a one-number milestone bounds: the municipality's baseline, so every unit is judged against the same
 * checkpoints. Null when the stored target lacks the numbers of its kind (writes refuse such a target).
 */
export function targetDefinition(target: StoredTarget, fallbackDeadline: string, baseline: number | null): TargetDefinition | null {
  const common = {
    deadline: target.deadline ?? fallbackDeadline,
    milestones: Object.fromEntries(target.milestones.map((m) => [m.period, m.value])),
    baseline,
    tolerance: target.tolerance,
  };
  if (target.kind === 'range')
    return target.min === null || target.max === null ? null : { kind: 'range', min: target.min, max: target.max, ...common };
  return target.value === null ? null : { kind: target.kind, value: target.value, ...common };
}

/** As `targetDefinition`, for a target the plan holds and must therefore be whole. */
export function requireTargetDefinition(target: StoredTarget, fallbackDeadline: string, baseline: number | null): TargetDefinition {
  const definition = targetDefinition(target, fallbackDeadline, baseline);
  if (!definition)
    throw new Error(`A ${target.kind} target without its ${target.kind === 'range' ? 'min and max' : 'value'} cannot be judged.`);
  return definition;
}
