import type { Measurability, MeasurabilityProblem } from '@planpuls/contracts';
import type { Database } from '@planpuls/db';
import { measurabilityProblems } from '@planpuls/domain';
import { lookups } from '../../lookups/lookups';
import { loadPlanContent } from '../plans/plans.repository';

/** What keeps a plan from being adopted, by PRODUCT.md's measurability rule (in @planpuls/domain). */
export async function problemsOfPlan(db: Database, municipalityId: string, planId: string): Promise<MeasurabilityProblem[]> {
  const { focusAreas, activities } = await loadPlanContent(db, municipalityId, planId);
  return measurabilityProblems({ goals: focusAreas.flatMap((area) => area.goals), activities });
}

export function measurabilityServiceFactory({ db }: { db: Database }) {
  return {
    async forPlan(municipalityId: string, idOrCode: string): Promise<Measurability> {
      const plan = await lookups.plan(db, municipalityId, idOrCode);
      const problems = await problemsOfPlan(db, municipalityId, plan.id);
      return { planId: plan.id, measurable: problems.length === 0, problems };
    },
  };
}
