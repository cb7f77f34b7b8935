import { and, asc, desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { activities, focusAreas, goals, periods, plans, type Database } from '@planpuls/db';
import type { Activity, FocusArea, PlanSummary } from '@planpuls/contracts';
import { activitiesWhere } from '../activities/activities.repository';
import { goalsWhere, toGoal } from '../goals/goals.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function summaryQuery(db: Database) {
  const validFrom = alias(periods, 'valid_from');
  const validTo = alias(periods, 'valid_to');
  return db
    .select({
      id: plans.id,
      code: plans.code,
      version: plans.version,
      name: plans.name,
      status: plans.status,
      validFrom: validFrom.code,
      validTo: validTo.code,
      reportingFrequency: plans.reportingFrequency,
      adoptedOn: plans.adoptedOn,
      adoptionDecision: plans.adoptionDecision,
      previousVersionId: plans.previousVersionId,
    })
    .from(plans)
    .leftJoin(validFrom, eq(validFrom.id, plans.validFromPeriodId))
    .leftJoin(validTo, eq(validTo.id, plans.validToPeriodId));
}

export async function listPlans(db: Database, municipalityId: string): Promise<PlanSummary[]> {
  return summaryQuery(db).where(eq(plans.municipalityId, municipalityId)).orderBy(asc(plans.code), desc(plans.version));
}

/** A plan by id, or by code (its latest version). */
export async function findPlanSummary(db: Database, municipalityId: string, idOrCode: string): Promise<PlanSummary | undefined> {
  const match = UUID.test(idOrCode) ? eq(plans.id, idOrCode) : eq(plans.code, idOrCode);
  const [row] = await summaryQuery(db)
    .where(and(eq(plans.municipalityId, municipalityId), match))
    .orderBy(desc(plans.version))
    .limit(1);
  return row;
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
