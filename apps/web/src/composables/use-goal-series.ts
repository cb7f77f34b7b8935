import type { GoalSeries, Goal, Indicator, Plan, Target, TargetProgress } from '@planpuls/contracts';
import { checkpoints, periodsBetween, targetDefinition, tryParsePeriod, type Checkpoint } from '@planpuls/domain';
import { ref, shallowRef, watch, type Ref } from 'vue';
import { api, errorCodeOf } from '../api/client';
import { byPeriod } from '../format/periods';

type Line = GoalSeries['targets'][number];
/** One period's figure as the API sends it: the value (or why there is none), status and checkpoint in force. */
export type SeriesFigure = Line['municipality'][number] | Line['units'][number]['points'][number];
export type SeriesFigureOnly = NonNullable<SeriesFigure['companion']>;
export type InForce = SeriesFigure['inForce'];

/** One period of one target's series: the goal's indicator and, where there is one, its companion. */
export interface SeriesPoint {
  period: string;
  figure: SeriesFigure;
  companion: SeriesFigureOnly | null;
  /** The checkpoint the period is judged against and the status against it (judged by the API). */
  inForce: InForce;
  status: SeriesFigure['status'];
}

export interface TargetSeries {
  target: TargetProgress;
  planTarget: Target | undefined;
  /** Periods with figures, oldest first (a yearly indicator has one per year). */
  points: SeriesPoint[];
  /** The chart's time axis: the points' periods, then the periods up to the deadline (no figures yet). */
  axis: string[];
  /** Milestones in period order, then the final target, as the shared rules read them. */
  checkpoints: Checkpoint[];
  formulaVersion: number | null;
  companionFormulaVersion: number | null;
}

/**
 * Two indicators are variants of one measure when they share denominator, window, factor and kind and
 * one's numerator is part of the other's: total and external turnover. The variant is shown beside the
 * goal's own indicator wherever it exists, without naming indicators in the code.
 */
export function companionOf(indicator: Indicator | undefined, all: Indicator[]): Indicator | undefined {
  if (!indicator?.formula.denominator) return undefined;
  const own = new Set(indicator.formula.numerator);
  return all.find((other) => {
    if (other.code === indicator.code || other.kind !== indicator.kind) return false;
    const f = other.formula;
    if (f.denominator !== indicator.formula.denominator || f.window !== indicator.formula.window || f.factor !== indicator.formula.factor)
      return false;
    const theirs = new Set(f.numerator);
    const subset = (a: Set<string>, b: Set<string>) => a.size < b.size && [...a].every((code) => b.has(code));
    return subset(own, theirs) || subset(theirs, own);
  });
}

interface Input {
  plan: Plan;
  goal: Goal;
  targets: TargetProgress[];
  indicator: Indicator | undefined;
  companion: Indicator | undefined;
  unit: string | null;
  period: string;
}

/** The targets' series as the goal page draws them, from one answer of the series endpoint. */
export function toTargetSeries(answer: GoalSeries, input: Input): TargetSeries[] {
  return input.targets.map((target) => {
    const line = answer.targets.find((t) => t.targetId === target.targetId);
    const figures: SeriesFigure[] = (input.unit ? line?.units.find((u) => u.unit === input.unit)?.points : line?.municipality) ?? [];
    const points: SeriesPoint[] = figures.map((figure) => ({
      period: figure.period,
      figure,
      companion: figure.companion,
      inForce: figure.inForce,
      status: figure.status,
    }));
    const planTarget = input.goal.targets.find((t) => t.id === target.targetId);
    // The side of a range is decided by the city's baseline, as the API does.
    const definition = planTarget ? targetDefinition(planTarget, input.period, target.municipality.baseline) : null;
    const last = points.at(-1)?.period ?? input.period;
    const deadline = target.deadline;
    const future =
      deadline && byPeriod(deadline, last) > 0
        ? periodsBetween(tryParsePeriod(last)?.kind ?? 'tertial', last, deadline)
            .map((p) => p.code)
            .filter((code) => code !== last)
        : [];
    return {
      target,
      planTarget,
      points,
      axis: [...points.map((p) => p.period), ...future],
      checkpoints: definition ? checkpoints(definition) : [],
      formulaVersion: answer.formulaVersion,
      companionFormulaVersion: answer.companion?.formulaVersion ?? null,
    };
  });
}

/**
 * The series of every target of a goal for one unit (or the city) up to a period: one request to the
 * series endpoint, which computes, judges and hides small numbers with the API's rules.
 */
export function useGoalSeries(input: Ref<Input | null>) {
  const series = shallowRef<TargetSeries[]>([]);
  const loading = ref(false);
  const errorCode = ref<string | null>(null);
  let ticket = 0;

  async function load(): Promise<void> {
    const mine = ++ticket;
    const current = input.value;
    if (!current || !current.goal.indicator) {
      // A load still in flight is outdated now; it must not leave the view loading.
      series.value = [];
      loading.value = false;
      return;
    }
    loading.value = true;
    errorCode.value = null;
    try {
      const answer = await api.goalSeries(current.plan.id, current.goal.id, {
        period: current.period,
        ...(current.unit ? { units: current.unit } : {}),
        ...(current.companion ? { companion: current.companion.code } : {}),
      });
      if (mine === ticket) series.value = toTargetSeries(answer, current);
    } catch (error) {
      if (mine === ticket) errorCode.value = errorCodeOf(error);
    } finally {
      if (mine === ticket) loading.value = false;
    }
  }

  watch(input, load, { immediate: true });
  return { series, loading, errorCode, reload: load };
}
