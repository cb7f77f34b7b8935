import { and, asc, desc, eq } from 'drizzle-orm';
import { activities, focusAreas, goals, plans, type Database } from '@planpuls/db';
import type { Activity, FocusArea, PlanSummary } from '@planpuls/contracts';
import { activitiesWhere } from '../activities/activities.repository';
import { goalsWhere, toGoal } from '../goals/goals.repository';
import { planSummaryQuery } from '../../lookups/lookups.repository';

export async function listPlans(db: Database, municipalityId: string): Promise<PlanSummary[]> {
  return planSummaryQuery(db).where(eq(plans.municipalityId, municipalityId)).orderBy(asc(plans.code), desc(plans.version));
}

export async function loadPlanContent(
  db: Database,
  municipalityId: string,
  planId: string,
): Promise<{ focusAreas: FocusArea[]; activities: Activity[] }> {
  const inPlan = (table: typeof focusAreas | typeof goals | typeof activities) =>
    and(eq(table.municipalityId, municipalityId), eq(table.planId, planId));

  const areaRows = await db.select().from(focusAreas).where(inPlan(focusAreas)).orderBy(asc(focusAreas.position), asc(focusAreas.code));
  const goalRows = await goalsWhere(db, inPlan(goals));
  const activityRows = await activitiesWhere(db, inPlan(activities));

  return {
    focusAreas: areaRows.map((area) => ({
      id: area.id,
      code: area.code,
      name: area.name,
      goals: goalRows.filter((goal) => goal.focusAreaId === area.id).map(toGoal),
    })),
    activities: activityRows.map(({ planId: _planId, ...activity }) => activity),
  };
}
