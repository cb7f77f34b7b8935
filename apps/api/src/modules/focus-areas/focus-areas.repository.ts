import { and, eq, max } from 'drizzle-orm';
import { focusAreas, goals, type Database } from '@planpuls/db';
import type { FocusAreaDetail } from '@planpuls/contracts';

export type FocusAreaRow = typeof focusAreas.$inferInsert;

export async function findFocusArea(db: Database, municipalityId: string, id: string): Promise<Omit<FocusAreaDetail, 'goals'> | undefined> {
  const [area] = await db
    .select()
    .from(focusAreas)
    .where(and(eq(focusAreas.municipalityId, municipalityId), eq(focusAreas.id, id)));
  if (!area) return undefined;
  return { id: area.id, code: area.code, name: area.name, planId: area.planId };
}

/** The position after the plan's last focus area, so a new one comes last. */
export async function nextFocusAreaPosition(db: Database, planId: string): Promise<number> {
  const [row] = await db
    .select({ last: max(focusAreas.position) })
    .from(focusAreas)
    .where(eq(focusAreas.planId, planId));
  return (row?.last ?? 0) + 1;
}

export async function insertFocusArea(db: Database, values: FocusAreaRow): Promise<string> {
  const [row] = await db.insert(focusAreas).values(values).returning({ id: focusAreas.id });
  return row!.id;
}

export async function updateFocusArea(db: Database, municipalityId: string, id: string, values: Partial<FocusAreaRow>): Promise<void> {
  await db
    .update(focusAreas)
    .set(values)
    .where(and(eq(focusAreas.municipalityId, municipalityId), eq(focusAreas.id, id)));
}

export async function deleteFocusArea(db: Database, municipalityId: string, id: string): Promise<void> {
  await db.delete(focusAreas).where(and(eq(focusAreas.municipalityId, municipalityId), eq(focusAreas.id, id)));
}

export async function focusAreaHasGoals(db: Database, municipalityId: string, id: string): Promise<boolean> {
  const rows = await db
    .select({ id: goals.id })
    .from(goals)
    .where(and(eq(goals.municipalityId, municipalityId), eq(goals.focusAreaId, id)))
    .limit(1);
  return rows.length > 0;
}
