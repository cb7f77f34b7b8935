import { and, asc, eq, inArray, max, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { periods, professionalGroups, targetMilestones, targetReferenceValues, targets, type Database } from '@planpuls/db';
import type { Target, TargetDetail } from '@planpuls/contracts';

export type TargetRow = typeof targets.$inferInsert;

/** Targets in their order, with their milestones (by period end) and reference values, periods and groups as codes. */
async function targetsWhere(db: Database, where: SQL | undefined): Promise<TargetDetail[]> {
  const deadline = alias(periods, 'deadline');
  const baselinePeriod = alias(periods, 'baseline_period');
  const rows = await db
    .select({ target: targets, group: professionalGroups.code, deadline: deadline.code, baselinePeriod: baselinePeriod.code })
    .from(targets)
    .leftJoin(professionalGroups, eq(professionalGroups.id, targets.professionalGroupId))
    .leftJoin(deadline, eq(deadline.id, targets.deadlinePeriodId))
    .leftJoin(baselinePeriod, eq(baselinePeriod.id, targets.baselinePeriodId))
    .where(where)
    .orderBy(asc(targets.position), asc(professionalGroups.code), asc(targets.createdAt));
  const targetIds = rows.map((row) => row.target.id);
  const milestones = targetIds.length
    ? await db
        .select({ targetId: targetMilestones.targetId, period: periods.code, value: targetMilestones.value, end: periods.endDate })
        .from(targetMilestones)
        .innerJoin(periods, eq(periods.id, targetMilestones.periodId))
        .where(inArray(targetMilestones.targetId, targetIds))
        .orderBy(asc(periods.endDate))
    : [];
  const references = targetIds.length
    ? await db
        .select({ reference: targetReferenceValues, period: periods.code })
        .from(targetReferenceValues)
        .leftJoin(periods, eq(periods.id, targetReferenceValues.periodId))
        .where(inArray(targetReferenceValues.targetId, targetIds))
        .orderBy(asc(targetReferenceValues.label))
    : [];

  return rows.map(({ target, group, deadline: deadlineCode, baselinePeriod: baselineCode }) => ({
    id: target.id,
    goalId: target.goalId,
    kind: target.kind,
    level: target.level,
    group,
    value: target.value,
    min: target.min,
    max: target.max,
    deadline: deadlineCode,
    baseline:
      target.baselineKind === 'fixed'
        ? { kind: 'fixed', value: target.baselineValue!, period: baselineCode, source: target.baselineSource, note: target.baselineNote }
        : target.baselineKind === 'from_data'
          ? { kind: 'from_data', period: baselineCode! }
          : null,
    tolerance: target.tolerance,
    milestones: milestones.filter((m) => m.targetId === target.id).map(({ period, value }) => ({ period, value })),
    references: references
      .filter((r) => r.reference.targetId === target.id)
      .map(({ reference, period }) => ({ label: reference.label, value: reference.value, period, source: reference.source })),
  }));
}

/** The targets of these goals, by goal id. */
export async function loadTargets(db: Database, goalIds: string[]): Promise<Map<string, Target[]>> {
  const result = new Map<string, Target[]>();
  if (goalIds.length === 0) return result;
  for (const { goalId, ...target } of await targetsWhere(db, inArray(targets.goalId, goalIds))) {
    result.set(goalId, [...(result.get(goalId) ?? []), target]);
  }
  return result;
}

export async function findTarget(db: Database, municipalityId: string, id: string): Promise<TargetDetail | undefined> {
  const [target] = await targetsWhere(db, and(eq(targets.municipalityId, municipalityId), eq(targets.id, id)));
  return target;
}

/** The position after the goal's last target, so a new target comes last. */
export async function nextTargetPosition(db: Database, goalId: string): Promise<number> {
  const [row] = await db
    .select({ last: max(targets.position) })
    .from(targets)
    .where(eq(targets.goalId, goalId));
  return (row?.last ?? 0) + 1;
}

export async function insertTarget(db: Database, values: TargetRow): Promise<string> {
  const [row] = await db.insert(targets).values(values).returning({ id: targets.id });
  return row!.id;
}

export async function updateTarget(db: Database, municipalityId: string, id: string, values: Partial<TargetRow>): Promise<void> {
  await db
    .update(targets)
    .set({ ...values, updatedAt: sql`now()` })
    .where(and(eq(targets.municipalityId, municipalityId), eq(targets.id, id)));
}

export async function deleteTarget(db: Database, municipalityId: string, id: string): Promise<void> {
  await db.delete(targets).where(and(eq(targets.municipalityId, municipalityId), eq(targets.id, id)));
}

export async function replaceMilestones(
  db: Database,
  municipalityId: string,
  targetId: string,
  milestones: Array<{ periodId: string; value: number }>,
): Promise<void> {
  await db
    .delete(targetMilestones)
    .where(and(eq(targetMilestones.municipalityId, municipalityId), eq(targetMilestones.targetId, targetId)));
  if (milestones.length > 0) await db.insert(targetMilestones).values(milestones.map((m) => ({ municipalityId, targetId, ...m })));
}

export async function replaceReferences(
  db: Database,
  municipalityId: string,
  targetId: string,
  references: Array<{ label: string; value: number; periodId: string | null; source: string | null }>,
): Promise<void> {
  await db
    .delete(targetReferenceValues)
    .where(and(eq(targetReferenceValues.municipalityId, municipalityId), eq(targetReferenceValues.targetId, targetId)));
  if (references.length > 0) await db.insert(targetReferenceValues).values(references.map((r) => ({ municipalityId, targetId, ...r })));
}
