import type { Database } from '@planpuls/db';
import type { Plan, PlanSummary } from '@planpuls/contracts';
import { planNotFound } from './plans.errors';
import { findPlanSummary, listPlans, loadPlanContent } from './plans.repository';

export function plansServiceFactory({ db }: { db: Database }) {
  return {
    list: (municipalityId: string): Promise<PlanSummary[]> => listPlans(db, municipalityId),

    async get(municipalityId: string, idOrCode: string): Promise<Plan> {
      const summary = await findPlanSummary(db, municipalityId, idOrCode);
      if (!summary) throw planNotFound(idOrCode);
      return { ...summary, ...(await loadPlanContent(db, municipalityId, summary.id)) };
    },
  };
}
