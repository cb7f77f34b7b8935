import type { Measurability, MeasurabilityProblem } from '@planpuls/contracts';
import type { Database } from '@planpuls/db';
import { measurabilityProblems } from '@planpuls/domain';
import { lookups } from '../../lookups/lookups';
import type { PlansService } from '../plans/plans.service';

export function measurabilityServiceFactory({ db, plans }: { db: Database; plans: Pick<PlansService, 'content'> }) {
  /** What keeps a plan from being adopted, by the measurability rule (docs/domain.md#measurability, in @planpuls/domain). */
  async function problemsOfPlan(tx: Database, municipalityId: string, planId: string): Promise<MeasurabilityProblem[]> {
    const { focusAreas, activities } = await plans.content(municipalityId, planId, tx);
    return measurabilityProblems({ goals: focusAreas.flatMap((area) => area.goals), activities });
  }

  return {
    problemsOfPlan,

    async forPlan(municipalityId: string, idOrCode: string): Promise<Measurability> {
      const plan = await lookups.plan(db, municipalityId, idOrCode);
      const problems = await problemsOfPlan(db, municipalityId, plan.id);
      return { planId: plan.id, measurable: problems.length === 0, problems };
    },
  };
}

export type MeasurabilityService = ReturnType<typeof measurabilityServiceFactory>;
