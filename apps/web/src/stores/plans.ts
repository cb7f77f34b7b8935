import type { Plan, PlanProgress } from '@planpuls/contracts';
import { comparePeriods, latestPeriodEndedBy, previousPeriod } from '@planpuls/domain';
import { defineStore } from 'pinia';
import { shallowReactive } from 'vue';
import { api } from '../api/client';

/** How far back the default period looks for a tertial with figures before settling for the latest one. */
const LOOK_BACK_TERTIALS = 6;

/** The open plans and their progress per period, keyed by id (a plan is also found by its code). */
export const usePlansStore = defineStore('plans', () => {
  const plans = shallowReactive(new Map<string, Plan>());
  const progress = shallowReactive(new Map<string, PlanProgress>());
  const progressKey = (planId: string, period: string) => `${planId}|${period}`;

  async function fetchPlan(idOrCode: string): Promise<Plan> {
    const cached = plans.get(idOrCode);
    if (cached) return cached;
    const plan = await api.plan(idOrCode);
    plans.set(plan.id, plan);
    plans.set(idOrCode, plan);
    return plan;
  }

  async function fetchProgress(planId: string, period: string): Promise<PlanProgress> {
    const key = progressKey(planId, period);
    const cached = progress.get(key);
    if (cached) return cached;
    const answer = await api.progress(planId, period);
    progress.set(key, answer);
    return answer;
  }

  const hasFigures = (answer: PlanProgress) => answer.goals.some((goal) => goal.targets.some((target) => target.municipality.outcome === 'computed'));

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
  function forgetProgress(): void {
    progress.clear();
  }

  return { plans, progress, fetchPlan, fetchProgress, defaultPeriod, forgetProgress };
});
