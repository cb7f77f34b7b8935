import type { Goal, Indicator, IndicatorValues, Plan, Target, TargetProgress } from '@planpuls/contracts';
import { checkpoints, judge, latestPeriodEndedBy, periodsBetween, targetInForce, tryParsePeriod, type Checkpoint, type TargetDefinition, type TargetInForce } from '@planpuls/domain';
import { ref, shallowRef, watch, type Ref } from 'vue';
import { api, errorCodeOf } from '../api/client';
import type { IndicatorCityFigure, IndicatorUnitFigure, Status } from '../api/types';
import { byPeriod } from '../format/periods';

/** One period of one target's series: the goal's indicator and, where there is one, its companion. */
export interface SeriesPoint {
  period: string;
  figure: IndicatorCityFigure | IndicatorUnitFigure | null;
  companion: IndicatorCityFigure | IndicatorUnitFigure | null;
  /** The checkpoint the period is judged against and the status against it (shared domain rules). */
  inForce: TargetInForce | null;
  status: Status | null;
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
    if (f.denominator !== indicator.formula.denominator || f.window !== indicator.formula.window || f.factor !== indicator.formula.factor) return false;
    const theirs = new Set(f.numerator);
    const subset = (a: Set<string>, b: Set<string>) => a.size < b.size && [...a].every((code) => b.has(code));
    return subset(own, theirs) || subset(theirs, own);
  });
}

/** The target as the shared domain rules take it; the side of a range is decided by the city's baseline, as the API does. */
function definitionOf(target: Target, fallbackDeadline: string, cityBaseline: number | null): TargetDefinition | null {
  const common = {
    deadline: target.deadline ?? fallbackDeadline,
    milestones: Object.fromEntries(target.milestones.map((m) => [m.period, m.value])),
    baseline: cityBaseline,
    tolerance: target.tolerance,
  };
  if (target.kind === 'range') return target.min === null || target.max === null ? null : { kind: 'range', min: target.min, max: target.max, ...common };
  return target.value === null ? null : { kind: target.kind, value: target.value, ...common };
}

/** Where a goal's series start: the plan's earliest baseline measured from data, else the plan's start. */
export function seriesStart(plan: Plan): string | null {
  const periods = plan.focusAreas
    .flatMap((area) => area.goals.flatMap((goal) => goal.targets.map((t) => (t.baseline?.kind === 'from_data' ? t.baseline.period : null))))
    .filter((code): code is string => code !== null && tryParsePeriod(code) !== undefined)
    .sort(byPeriod);
  return periods[0] ?? plan.validFrom;
}

/** The periods a goal has figures for up to `period`: tertials, or years for a yearly goal. */
export function dataPeriods(frequency: Goal['frequency'], start: string, period: string): string[] {
  const kind = frequency === 'year' ? 'year' : 'tertial';
  const end = kind === 'year' ? latestPeriodEndedBy('year', period).code : period;
  const from = kind === 'year' ? String(tryParsePeriod(start)?.year ?? start) : start;
  const list = periodsBetween(kind, from, end).map((p) => p.code);
  return list.length > 0 ? list : [end];
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

/**
 * The series of every target of a goal for one unit (or the city) up to a period: one indicator-values
 * request per indicator and period, all in parallel (the server keeps computed figures).
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
      series.value = [];
      return;
    }
    loading.value = true;
    errorCode.value = null;
    try {
      const start = seriesStart(current.plan) ?? current.period;
      const periods = dataPeriods(current.goal.frequency, start, current.period);
      const result = await Promise.all(current.targets.map((target) => loadTarget(current, target, periods)));
      if (mine === ticket) series.value = result;
    } catch (error) {
      if (mine === ticket) errorCode.value = errorCodeOf(error);
    } finally {
      if (mine === ticket) loading.value = false;
    }
  }

  async function loadTarget(current: Input, target: TargetProgress, periods: string[]): Promise<TargetSeries> {
    const query = (period: string) => ({ period, ...(target.group ? { group: target.group } : {}), ...(current.unit ? { unit: current.unit } : {}) });
    const fetchAll = (code: string | undefined) =>
      code ? Promise.all(periods.map((period) => api.indicatorValues(code, query(period)))) : Promise.resolve(null);
    const [own, companion] = await Promise.all([fetchAll(current.goal.indicator ?? undefined), fetchAll(current.companion?.code)]);
    const pick = (values: IndicatorValues | undefined) =>
      !values ? null : current.unit ? (values.units.find((u) => u.unit === current.unit) ?? null) : values.municipality;

    const planTarget = current.goal.targets.find((t) => t.id === target.targetId);
    const definition = planTarget ? definitionOf(planTarget, current.period, target.municipality.baseline) : null;
    const decimals = current.indicator?.decimals ?? 1;
    const judgedHere = target.level === 'unit' || current.unit === null;
    const seen = new Set<string>();
    const points: SeriesPoint[] = [];
    periods.forEach((requested, i) => {
      const figure = pick(own?.[i]);
      const period = figure?.period ?? requested;
      // A yearly figure asked for at several periods is the same figure: keep it once.
      if (seen.has(period)) return;
      seen.add(period);
      const verdict =
        definition && figure
          ? judge({ target: definition, decimals, figure: { outcome: figure.outcome, value: figure.value, period }, previous: null, baseline: null })
          : null;
      points.push({
        period,
        figure,
        companion: pick(companion?.[i]),
        inForce: verdict?.inForce ?? (definition ? targetInForce(definition, period) : null),
        status: judgedHere ? (verdict?.status ?? null) : null,
      });
    });
    const last = points.at(-1)?.period ?? current.period;
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
      formulaVersion: own?.at(-1)?.formulaVersion ?? null,
      companionFormulaVersion: companion?.at(-1)?.formulaVersion ?? null,
    };
  }

  watch(input, load, { immediate: true });
  return { series, loading, errorCode, reload: load };
}
