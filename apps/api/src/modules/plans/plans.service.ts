import type { Database } from '@planpuls/db';
import type { Plan, PlanSummary } from '@planpuls/contracts';
import { lookups } from '../../lookups/lookups';
import { listPlans, loadPlanContent } from './plans.repository';

export function plansServiceFactory({ db }: { db: Database }) {
  return {
    list: (municipalityId: string): Promise<PlanSummary[]> => listPlans(db, municipalityId),

    /** A plan's focus areas with their goals and targets, and its activities. */
    content: (municipalityId: string, planId: string, tx: Database = db) => loadPlanContent(tx, municipalityId, planId),

    async get(municipalityId: string, idOrCode: string): Promise<Plan> {
      const summary = await lookups.plan(db, municipalityId, idOrCode);
      return { ...summary, ...(await loadPlanContent(db, municipalityId, summary.id)) };
    },
  };
}

export type PlansService = ReturnType<typeof plansServiceFactory>;
