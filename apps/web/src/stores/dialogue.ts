import type { ReportingCycle } from '@planpuls/contracts';
import { inScope, permits, unitScope, type Permission } from '@planpuls/domain';
import { defineStore } from 'pinia';
import { computed } from 'vue';
import { queries, queryClient, queryKeys } from '../api/queries';
import { useSessionStore } from './session';

/**
 * What the dialogue views share: what the logged-in person may do (the API checks it again) and the
 * reporting cycles of each plan, so a goal page finds the review cycle of its period without asking twice.
 */
export const useDialogueStore = defineStore('dialogue', () => {
  const session = useSessionStore();
  // The same permission table the API checks (packages/domain), so the two never disagree.
  const grants = computed(() => session.me?.roles ?? []);
  const may = (permission: Permission) => computed(() => permits(grants.value, permission));

  const userId = computed(() => session.me?.user.id ?? null);
  const canComment = may('comments:write');
  /** A figure's threads are written by those whose units include the figure's (HR and a local union: their own). */
  const canCommentOn = (unit: string) => inScope(unitScope(grants.value, 'comments:write'), unit);
  /** Union reference groups record positions; the steering group answers them and runs the review. */
  const canRecordPositions = may('positions:write');
  const canManageReviews = may('reviews:manage');
  const canEditPlans = may('plans:write');

  const cyclesOf = (planId: string): Promise<ReportingCycle[]> => queryClient.fetchQuery(queries.planCycles(planId));
  /** The plan's reporting cycle of a period, or null when there is none. */
  const cycleFor = async (planId: string, period: string) => (await cyclesOf(planId)).find((cycle) => cycle.period === period) ?? null;
  /** A review closed or a cycle created: read the cycles again next time. */
  const forgetCycles = () => queryClient.removeQueries({ queryKey: queryKeys.cycles });

  return { userId, canComment, canCommentOn, canRecordPositions, canManageReviews, canEditPlans, cyclesOf, cycleFor, forgetCycles };
});
