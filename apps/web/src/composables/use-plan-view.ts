import type { Plan, PlanProgress } from '@planpuls/contracts';
import { comparePeriods, latestPeriodEndedBy, todayInStockholm, tryParsePeriod } from '@planpuls/domain';
import { computed, ref, shallowRef, watch, type Ref } from 'vue';
import { ApiRequestError, errorCodeOf } from '../api/client';
import { byPeriod, latestEndedTertial, tertialsBetween } from '../format/periods';
import { usePlansStore } from '../stores/plans';
import { useReferenceDataStore } from '../stores/reference-data';
import { useQueryState } from './use-query-state';

/**
 * The tertials a plan can be followed up for: from its earliest measured baseline (or its start) to the latest
 * tertial that has ended within its validity.
 */
export function planPeriods(plan: Plan, today: string): string[] {
  // Fixed baselines (a figure quoted from 2021) have no data behind them; measured ones start the follow-up.
  const measured = plan.focusAreas.flatMap((area) =>
    area.goals.flatMap((goal) => goal.targets.map((t) => (t.baseline?.kind === 'from_data' ? t.baseline.period : null))),
  );
  const starts = [plan.validFrom, ...measured]
    .filter((code): code is string => code !== null && tryParsePeriod(code) !== undefined)
    .sort(byPeriod);
  const latest = latestEndedTertial(today).code;
  const end = plan.validTo && comparePeriods(latest, plan.validTo) > 0 ? latestPeriodEndedBy('tertial', plan.validTo).code : latest;
  const start = starts[0] ?? end;
  return comparePeriods(start, end) <= 0 ? tertialsBetween(start, end) : [end];
}

/**
 * State of a view about one plan for one period: loads the reference data, the plan and its progress,
 * and puts a default period into the URL when the link names none.
 */
export function usePlanView(planIdOrCode: Ref<string | null>) {
  const reference = useReferenceDataStore();
  const plans = usePlansStore();
  const query = useQueryState();

  const plan = shallowRef<Plan | null>(null);
  const progress = shallowRef<PlanProgress | null>(null);
  const loading = ref(true);
  const errorCode = ref<string | null>(null);
  let ticket = 0;

  async function load(): Promise<void> {
    const mine = ++ticket;
    const current = () => mine === ticket;
    loading.value = true;
    errorCode.value = null;
    try {
      await reference.ensureLoaded();
      if (reference.errorCode) throw new ApiRequestError(0, reference.errorCode, 'Reference data failed.');
      // Read after the reference data: a view may default to a plan named there.
      const id = planIdOrCode.value;
      if (!id) throw new ApiRequestError(404, 'plans.not_found', 'No plan in the link.');
      const found = await plans.fetchPlan(id);
      if (!current()) return;
      if (plan.value?.id !== found.id) progress.value = null;
      plan.value = found;
      const period = query.period.value;
      if (!period) {
        const chosen = await plans.defaultPeriod(found, latestEndedTertial(todayInStockholm()).code);
        // The URL now names the period; the watcher below loads it.
        if (current()) await query.update({ period: chosen });
        return;
      }
      const answer = await plans.fetchProgress(found.id, period);
      if (current()) progress.value = answer;
    } catch (error) {
      if (current()) errorCode.value = errorCodeOf(error);
    } finally {
      if (current()) loading.value = false;
    }
  }

  watch([planIdOrCode, query.period], load, { immediate: true });

  const periods = computed(() => {
    if (!plan.value) return [];
    const list = planPeriods(plan.value, todayInStockholm());
    const chosen = query.period.value;
    // A shared link may name a period outside the usual list; it stays selectable.
    return chosen && !list.includes(chosen) ? [...list, chosen].sort(byPeriod) : list;
  });

  /** Professional groups the plan's targets name, in the reference list's order. */
  const planGroups = computed(() => {
    const used = new Set(plan.value?.focusAreas.flatMap((a) => a.goals.flatMap((g) => g.targets.map((t) => t.group))) ?? []);
    return reference.groups.filter((group) => used.has(group.code));
  });

  function retry(): Promise<void> {
    // Figures may have changed since they were kept; reference data that failed is asked for again by load().
    plans.forgetProgress();
    return load();
  }

  return {
    plan,
    progress,
    loading,
    errorCode,
    periods,
    planGroups,
    period: query.period,
    group: query.group,
    unit: query.unit,
    query,
    retry,
  };
}
