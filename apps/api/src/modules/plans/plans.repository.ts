import { and, asc, desc, eq } from 'drizzle-orm';
import { focusAreas, plans, type Database } from '@planpuls/db';
import type { FocusArea, PlanSummary } from '@planpuls/contracts';
import { planSummaryQuery } from '../../lookups/lookups.repository';

export async function listPlans(db: Database, municipalityId: string): Promise<PlanSummary[]> {
  return planSummaryQuery(db).where(eq(plans.municipalityId, municipalityId)).orderBy(asc(plans.code), desc(plans.version));
}

/** A plan's focus areas in plan order, without their goals. */
export async function focusAreasOfPlan(db: Database, municipalityId: string, planId: string): Promise<Array<Omit<FocusArea, 'goals'>>> {
  return db
    .select({ id: focusAreas.id, code: focusAreas.code, name: focusAreas.name })
    .from(focusAreas)
    .where(and(eq(focusAreas.municipalityId, municipalityId), eq(focusAreas.planId, planId)))
    .orderBy(asc(focusAreas.position), asc(focusAreas.code));
}
