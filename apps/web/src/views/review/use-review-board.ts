import type { Plan, ReportingCycle, ReviewBoard } from '@planpuls/contracts';
import { todayInStockholm } from '@planpuls/domain';
import { computed, ref, shallowRef, watch, type Ref } from 'vue';
import { reviewsApi } from '../../api/dialogue';
import { errorCodeOf } from '../../api/client';
import { useDialogueStore } from '../../stores/dialogue';
import { usePlansStore } from '../../stores/plans';

/** The cycle a board opens on without a period in the link: the latest one that has opened. */
export function defaultCycle(cycles: readonly ReportingCycle[], today = todayInStockholm()): ReportingCycle | null {
  const opened = cycles.filter((cycle) => cycle.opensOn <= today);
  const pool = opened.length > 0 ? opened : [...cycles];
  return [...pool].sort((a, b) => a.opensOn.localeCompare(b.opensOn)).at(-1) ?? null;
}

/** The plan, its reporting cycles and the review board of the chosen period. */
export function useReviewBoard(planId: Ref<string | null>, period: Ref<string | null>) {
  const plans = usePlansStore();
  const dialogue = useDialogueStore();
  const plan = shallowRef<Plan | null>(null);
  const cycles = shallowRef<ReportingCycle[]>([]);
  const board = shallowRef<ReviewBoard | null>(null);
  const loading = ref(true);
  const errorCode = ref<string | null>(null);

  const cycle = computed(() => (period.value ? (cycles.value.find((c) => c.period === period.value) ?? null) : defaultCycle(cycles.value)));

  async function loadPlan(): Promise<void> {
    if (!planId.value) return;
    loading.value = true;
    errorCode.value = null;
    try {
      plan.value = await plans.fetchPlan(planId.value);
      cycles.value = [...(await dialogue.cyclesOf(plan.value.id))].sort((a, b) => a.opensOn.localeCompare(b.opensOn));
      await loadBoard();
    } catch (error) {
      errorCode.value = errorCodeOf(error);
    } finally {
      loading.value = false;
    }
  }

  async function loadBoard(): Promise<void> {
    board.value = null;
    if (!cycle.value) return;
    loading.value = true;
    errorCode.value = null;
    try {
      board.value = await reviewsApi.board(cycle.value.id);
    } catch (error) {
      errorCode.value = errorCodeOf(error);
    } finally {
      loading.value = false;
    }
  }

  /** After a change: read the board again without hiding it meanwhile. */
  async function refresh(): Promise<void> {
    if (!cycle.value) return;
    try {
      board.value = await reviewsApi.board(cycle.value.id);
    } catch (error) {
      errorCode.value = errorCodeOf(error);
    }
  }

  watch(planId, loadPlan, { immediate: true });
  watch(
    () => cycle.value?.id,
    (now, before) => {
      if (before !== undefined && now !== before) void loadBoard();
    },
  );

  /** After closing: the cycles (their reviewClosedAt) and the plan's activities are read afresh. */
  async function afterClose(): Promise<void> {
    dialogue.forgetCycles();
    if (plan.value) cycles.value = [...(await dialogue.cyclesOf(plan.value.id))].sort((a, b) => a.opensOn.localeCompare(b.opensOn));
    await refresh();
  }

  return { plan, cycles, cycle, board, loading, errorCode, retry: loadPlan, refresh, afterClose };
}
