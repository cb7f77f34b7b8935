import type { Database } from '@planpuls/db';
import type { Activity, FocusArea, Plan, PlanSummary } from '@planpuls/contracts';
import { lookups } from '../../lookups/lookups';
import type { ActivitiesService } from '../activities/activities.service';
import type { GoalsService } from '../goals/goals.service';
import { focusAreasOfPlan, listPlans } from './plans.repository';

export interface PlansServiceDeps {
  db: Database;
  goals: Pick<GoalsService, 'inPlan'>;
  activities: Pick<ActivitiesService, 'inPlan'>;
}

export function plansServiceFactory({ db, goals, activities }: PlansServiceDeps) {
  /** A plan's focus areas with their goals and targets, and its activities. */
  async function content(
    municipalityId: string,
    planId: string,
    tx: Database = db,
  ): Promise<{ focusAreas: FocusArea[]; activities: Activity[] }> {
    // One after the other: `tx` may be a transaction, which runs one statement at a time.
    const areas = await focusAreasOfPlan(tx, municipalityId, planId);
    const planGoals = await goals.inPlan(municipalityId, planId, tx);
    const planActivities = await activities.inPlan(municipalityId, planId, tx);
    return {
      focusAreas: areas.map((area) => ({ ...area, goals: planGoals.filter((row) => row.focusAreaId === area.id).map((row) => row.goal) })),
      activities: planActivities,
    };
  }

  return {
    list: (municipalityId: string): Promise<PlanSummary[]> => listPlans(db, municipalityId),

    content,

    async get(municipalityId: string, idOrCode: string): Promise<Plan> {
      const summary = await lookups.plan(db, municipalityId, idOrCode);
      return { ...summary, ...(await content(municipalityId, summary.id)) };
    },
  };
}

export type PlansService = ReturnType<typeof plansServiceFactory>;
