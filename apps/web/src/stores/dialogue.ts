import type { ReportingCycle, Role } from '@planpuls/contracts';
import { defineStore } from 'pinia';
import { computed } from 'vue';
import { reportingApi } from '../api/reporting';
import { useSessionStore } from './session';

/**
 * What the dialogue views share: what the logged-in person may do (the API checks it again) and the
 * reporting cycles of each plan, so a goal page finds the review cycle of its period without asking twice.
 */
export const useDialogueStore = defineStore('dialogue', () => {
  const session = useSessionStore();
  const any = (...roles: Role[]) => roles.some((role) => session.hasRole(role));

  const userId = computed(() => session.me?.user.id ?? null);
  const canComment = computed(() => any('admin', 'steering', 'hr', 'union'));
  /** Union reference groups record positions; the steering group answers them and runs the review. */
  const canRecordPositions = computed(() => any('union'));
  const canManageReviews = computed(() => any('admin', 'steering'));
  const canEditPlans = canManageReviews;

  const cyclesByPlan = new Map<string, Promise<ReportingCycle[]>>();
  function cyclesOf(planId: string): Promise<ReportingCycle[]> {
    let cycles = cyclesByPlan.get(planId);
    if (!cycles) {
      cycles = reportingApi.cycles({ planId });
      cycles.catch(() => cyclesByPlan.delete(planId));
      cyclesByPlan.set(planId, cycles);
    }
    return cycles;
  }
  /** The plan's reporting cycle of a period, or null when there is none. */
  const cycleFor = async (planId: string, period: string) => (await cyclesOf(planId)).find((cycle) => cycle.period === period) ?? null;
  /** A review closed or a cycle created: read the cycles again next time. */
  const forgetCycles = () => cyclesByPlan.clear();

  return { userId, canComment, canRecordPositions, canManageReviews, canEditPlans, cyclesOf, cycleFor, forgetCycles };
});
