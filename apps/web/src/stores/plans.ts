import type { Plan, PlanProgress } from '@planpuls/contracts';
import { comparePeriods, latestPeriodEndedBy, previousPeriod } from '@planpuls/domain';
import { defineStore } from 'pinia';
import { queries, queryClient, queryKeys } from '../api/queries';

/** How far back the default period looks for a tertial with figures before settling for the latest one. */
const LOOK_BACK_TERTIALS = 6;

/** The open plans and their progress per period, from the one server-state cache (a plan is also found by its code). */
export const usePlansStore = defineStore('plans', () => {
  async function fetchPlan(idOrCode: string): Promise<Plan> {
    const plan = await queryClient.fetchQuery(queries.plan(idOrCode));
    // The same plan under its id, so a link by code and one by id share it.
    if (plan.id !== idOrCode) queryClient.setQueryData(queryKeys.plan(plan.id), plan);
    return plan;
  }

  const fetchProgress = (planId: string, period: string): Promise<PlanProgress> => queryClient.fetchQuery(queries.progress(planId, period));

  const hasFigures = (answer: PlanProgress) =>
    answer.goals.some((goal) => goal.targets.some((target) => target.municipality.outcome === 'computed'));

  /**
   * The period a plan opens on when the link names none: the latest ended tertial within the plan's
   * validity that has any figure, looking back a few tertials (HR reports after a tertial ends).
   */
  async function defaultPeriod(plan: Plan, latestEnded: string): Promise<string> {
    const candidate =
      plan.validTo && comparePeriods(latestEnded, plan.validTo) > 0 ? latestPeriodEndedBy('tertial', plan.validTo).code : latestEnded;
    let period = candidate;
    for (let i = 0; i < LOOK_BACK_TERTIALS; i++) {
      if (hasFigures(await fetchProgress(plan.id, period))) return period;
      period = previousPeriod(period).code;
    }
    return candidate;
  }

  /** Figures change when HR reports; a retry or an explicit refresh forgets what was kept. */
  const forgetProgress = () => queryClient.removeQueries({ queryKey: queryKeys.progress });
  /** A plan was adopted, revised or given an activity: read it again next time. */
  const forgetPlans = () => queryClient.removeQueries({ queryKey: queryKeys.plans });

  return { fetchPlan, fetchProgress, defaultPeriod, forgetProgress, forgetPlans };
});
