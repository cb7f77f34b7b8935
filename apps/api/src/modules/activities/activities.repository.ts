import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { activities, goals, units, type Database } from '@planpuls/db';
import type { ActivityDetail } from '@planpuls/contracts';

export type ActivityRow = typeof activities.$inferInsert;

/** Activities by code, their goal and unit as codes. */
export async function activitiesWhere(db: Database, where: SQL | undefined): Promise<ActivityDetail[]> {
  const rows = await db
    .select({ activity: activities, goal: goals.code, unit: units.code })
    .from(activities)
    .leftJoin(goals, eq(goals.id, activities.goalId))
    .leftJoin(units, eq(units.id, activities.unitId))
    .where(where)
    .orderBy(asc(activities.code));
  return rows.map(({ activity, goal, unit }) => ({
    id: activity.id,
    code: activity.code,
    name: activity.name,
    goal,
    unit,
    owner: activity.owner,
    startDate: activity.startDate,
    dueDate: activity.dueDate,
    definitionOfDone: activity.definitionOfDone,
    status: activity.status,
    planId: activity.planId,
  }));
}

export async function findActivity(db: Database, municipalityId: string, id: string): Promise<ActivityDetail | undefined> {
  const [activity] = await activitiesWhere(db, and(eq(activities.municipalityId, municipalityId), eq(activities.id, id)));
  return activity;
}

/** A plan's activities by code. */
export const activitiesOfPlan = (db: Database, municipalityId: string, planId: string) =>
  activitiesWhere(db, and(eq(activities.municipalityId, municipalityId), eq(activities.planId, planId)));

export async function insertActivity(db: Database, values: ActivityRow): Promise<string> {
  const [row] = await db.insert(activities).values(values).returning({ id: activities.id });
  return row!.id;
}

export async function updateActivity(db: Database, municipalityId: string, id: string, values: Partial<ActivityRow>): Promise<void> {
  await db
    .update(activities)
    .set({ ...values, updatedAt: sql`now()` })
    .where(and(eq(activities.municipalityId, municipalityId), eq(activities.id, id)));
}

export async function deleteActivity(db: Database, municipalityId: string, id: string): Promise<void> {
  await db.delete(activities).where(and(eq(activities.municipalityId, municipalityId), eq(activities.id, id)));
}
