import { and, asc, eq, max, sql, type SQL } from 'drizzle-orm';
import { activities, focusAreas, goals, indicators, type Database } from '@planpuls/db';
import type { Goal, GoalDetail } from '@planpuls/contracts';

export type GoalRow = typeof goals.$inferInsert;
export type GoalWithArea = GoalDetail & { focusAreaId: string };
/** A goal as stored: its targets are the targets module's to read. */
export type StoredGoal = Omit<GoalWithArea, 'targets'>;

/** Goals in plan order, with their indicator and focus area as codes. */
export async function goalsWhere(db: Database, where: SQL | undefined): Promise<StoredGoal[]> {
  const rows = await db
    .select({ goal: goals, indicator: indicators.code, focusArea: focusAreas.code })
    .from(goals)
    .innerJoin(focusAreas, eq(focusAreas.id, goals.focusAreaId))
    .leftJoin(indicators, eq(indicators.id, goals.indicatorId))
    .where(where)
    .orderBy(asc(goals.position), asc(goals.code));
  return rows.map(({ goal, indicator, focusArea }) => ({
    id: goal.id,
    code: goal.code,
    name: goal.name,
    indicator,
    owner: goal.owner,
    dataSource: goal.dataSource,
    frequency: goal.frequency,
    planId: goal.planId,
    focusArea,
    focusAreaId: goal.focusAreaId,
  }));
}

/** A plan's goals in plan order (every focus area). */
export const goalsOfPlan = (db: Database, municipalityId: string, planId: string) =>
  goalsWhere(db, and(eq(goals.municipalityId, municipalityId), eq(goals.planId, planId)));

/** A focus area's goals in plan order. */
export const goalsOfFocusArea = (db: Database, municipalityId: string, focusAreaId: string) =>
  goalsWhere(db, and(eq(goals.municipalityId, municipalityId), eq(goals.focusAreaId, focusAreaId)));

/** A goal as it appears inside its plan, without the context a goal on its own carries. */
export const toGoal = ({ planId: _planId, focusArea: _focusArea, focusAreaId: _focusAreaId, ...goal }: GoalWithArea): Goal => goal;

export async function findGoal(db: Database, municipalityId: string, id: string): Promise<StoredGoal | undefined> {
  const [goal] = await goalsWhere(db, and(eq(goals.municipalityId, municipalityId), eq(goals.id, id)));
  return goal;
}

/** The position after the focus area's last goal, so a new goal comes last. */
export async function nextGoalPosition(db: Database, focusAreaId: string): Promise<number> {
  const [row] = await db
    .select({ last: max(goals.position) })
    .from(goals)
    .where(eq(goals.focusAreaId, focusAreaId));
  return (row?.last ?? 0) + 1;
}

export async function insertGoal(db: Database, values: GoalRow): Promise<string> {
  const [row] = await db.insert(goals).values(values).returning({ id: goals.id });
  return row!.id;
}

export async function updateGoal(db: Database, municipalityId: string, id: string, values: Partial<GoalRow>): Promise<void> {
  await db
    .update(goals)
    .set({ ...values, updatedAt: sql`now()` })
    .where(and(eq(goals.municipalityId, municipalityId), eq(goals.id, id)));
}

export async function deleteGoal(db: Database, municipalityId: string, id: string): Promise<void> {
  await db.delete(goals).where(and(eq(goals.municipalityId, municipalityId), eq(goals.id, id)));
}

/** Activities working toward the goal, and later plan versions' goals that continue it. */
export async function goalUsage(db: Database, municipalityId: string, id: string): Promise<string[]> {
  const checks = {
    activities: db
      .select({ id: activities.id })
      .from(activities)
      .where(and(eq(activities.municipalityId, municipalityId), eq(activities.goalId, id))),
    'later goal versions': db
      .select({ id: goals.id })
      .from(goals)
      .where(and(eq(goals.municipalityId, municipalityId), eq(goals.previousGoalId, id))),
  };
  const found = await Promise.all(
    Object.entries(checks).map(async ([label, query]) => ((await query.limit(1)).length > 0 ? label : undefined)),
  );
  return found.filter((label): label is string => label !== undefined);
}
