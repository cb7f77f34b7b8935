import { and, eq, ne, sql } from 'drizzle-orm';
import { plans, type Database } from '@planpuls/db';

export type PlanRow = typeof plans.$inferInsert;

export async function insertPlan(db: Database, values: PlanRow): Promise<string> {
  const [row] = await db.insert(plans).values(values).returning({ id: plans.id });
  return row!.id;
}

export async function updatePlan(db: Database, municipalityId: string, id: string, values: Partial<PlanRow>): Promise<void> {
  await db
    .update(plans)
    .set({ ...values, updatedAt: sql`now()` })
    .where(and(eq(plans.municipalityId, municipalityId), eq(plans.id, id)));
}

export async function deletePlan(db: Database, municipalityId: string, id: string): Promise<void> {
  await db.delete(plans).where(and(eq(plans.municipalityId, municipalityId), eq(plans.id, id)));
}

/** Whether another plan (any version) uses the code. */
export async function planCodeTaken(db: Database, municipalityId: string, code: string, exceptId?: string): Promise<boolean> {
  const rows = await db
    .select({ id: plans.id })
    .from(plans)
    .where(and(eq(plans.municipalityId, municipalityId), eq(plans.code, code), exceptId ? ne(plans.id, exceptId) : undefined))
    .limit(1);
  return rows.length > 0;
}

/**
 * Locks the plan row for the rest of the transaction and returns its status. Changes to a plan's content
 * take a shared lock, adoption an exclusive one, so the measurability check sees every committed change.
 */
export async function lockPlan(db: Database, municipalityId: string, id: string, strength: 'share' | 'update') {
  const [row] = await db
    .select({ status: plans.status, code: plans.code })
    .from(plans)
    .where(and(eq(plans.municipalityId, municipalityId), eq(plans.id, id)))
    .for(strength);
  return row;
}
