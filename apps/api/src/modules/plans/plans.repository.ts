import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  activities,
  focusAreas,
  goals,
  indicators,
  periods,
  plans,
  professionalGroups,
  targetMilestones,
  targetReferenceValues,
  targets,
  units,
  type Database,
} from '@planpuls/db';
import type { Activity, FocusArea, Goal, PlanSummary, Target } from '@planpuls/contracts';

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
  const goalRows = await db
    .select({ goal: goals, indicator: indicators.code })
    .from(goals)
    .leftJoin(indicators, eq(indicators.id, goals.indicatorId))
    .where(inPlan(goals))
    .orderBy(asc(goals.position), asc(goals.code));
  const targetsByGoal = await loadTargets(db, goalRows.map((row) => row.goal.id));

  const activityRows = await db
    .select({ activity: activities, goal: goals.code, unit: units.code })
    .from(activities)
    .leftJoin(goals, eq(goals.id, activities.goalId))
    .leftJoin(units, eq(units.id, activities.unitId))
    .where(inPlan(activities))
    .orderBy(asc(activities.code));

  return {
    focusAreas: areaRows.map((area) => ({
      id: area.id,
      code: area.code,
      name: area.name,
      goals: goalRows
        .filter((row) => row.goal.focusAreaId === area.id)
        .map(({ goal, indicator }): Goal => ({
          id: goal.id,
          code: goal.code,
          name: goal.name,
          indicator,
          owner: goal.owner,
          dataSource: goal.dataSource,
          frequency: goal.frequency,
          targets: targetsByGoal.get(goal.id) ?? [],
        })),
    })),
    activities: activityRows.map(({ activity, goal, unit }) => ({
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
    })),
  };
}

async function loadTargets(db: Database, goalIds: string[]): Promise<Map<string, Target[]>> {
  const result = new Map<string, Target[]>();
  if (goalIds.length === 0) return result;
  const deadline = alias(periods, 'deadline');
  const baselinePeriod = alias(periods, 'baseline_period');
  const rows = await db
    .select({ target: targets, group: professionalGroups.code, deadline: deadline.code, baselinePeriod: baselinePeriod.code })
    .from(targets)
    .leftJoin(professionalGroups, eq(professionalGroups.id, targets.professionalGroupId))
    .leftJoin(deadline, eq(deadline.id, targets.deadlinePeriodId))
    .leftJoin(baselinePeriod, eq(baselinePeriod.id, targets.baselinePeriodId))
    .where(inArray(targets.goalId, goalIds))
    .orderBy(asc(professionalGroups.code), asc(targets.createdAt));
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
    : [];

  for (const { target, group, deadline: deadlineCode, baselinePeriod: baselineCode } of rows) {
    const mapped: Target = {
      id: target.id,
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
    };
    result.set(target.goalId, [...(result.get(target.goalId) ?? []), mapped]);
  }
  return result;
}
