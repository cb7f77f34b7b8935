import { and, asc, eq, isNull } from 'drizzle-orm';
import {
  activities,
  goalAssessments,
  goals,
  positionAnswers,
  positions,
  referenceGroups,
  reportingCycles,
  users,
  type Database,
} from '@planpuls/db';
import type { Assessment } from '@planpuls/contracts';
import type { UnansweredReservation } from './reviews.errors';

export type AssessmentRow = typeof goalAssessments.$inferInsert;
export interface StoredAssessment extends Assessment {
  goalId: string;
  targetId: string | null;
}

export async function assessmentsOfCycle(db: Database, municipalityId: string, cycleId: string): Promise<StoredAssessment[]> {
  const rows = await db
    .select({ row: goalAssessments, by: { id: users.id, name: users.displayName } })
    .from(goalAssessments)
    .innerJoin(users, eq(users.id, goalAssessments.assessedBy))
    .where(and(eq(goalAssessments.municipalityId, municipalityId), eq(goalAssessments.cycleId, cycleId)));
  return rows.map(({ row, by }) => ({
    id: row.id,
    goalId: row.goalId,
    targetId: row.targetId,
    computedStatus: row.computedStatus,
    assessedStatus: row.assessedStatus,
    overrideReason: row.overrideReason,
    assessment: row.assessment,
    decisions: row.decisions,
    assessedBy: by,
    updatedAt: new Date(row.updatedAt).toISOString(),
  }));
}

/** Inserts or replaces the assessment of the goal (targetId null) or of one of its targets. */
export async function saveAssessment(db: Database, values: AssessmentRow): Promise<void> {
  const subject = and(
    eq(goalAssessments.cycleId, values.cycleId),
    eq(goalAssessments.goalId, values.goalId),
    values.targetId ? eq(goalAssessments.targetId, values.targetId) : isNull(goalAssessments.targetId),
  );
  const [existing] = await db.select({ id: goalAssessments.id }).from(goalAssessments).where(subject).for('update');
  if (existing) {
    const { computedStatus, assessedStatus, overrideReason, assessment, decisions, assessedBy } = values;
    await db
      .update(goalAssessments)
      .set({ computedStatus, assessedStatus, overrideReason, assessment, decisions, assessedBy, updatedAt: new Date() })
      .where(eq(goalAssessments.id, existing.id));
  } else {
    await db.insert(goalAssessments).values(values);
  }
}

/** Activities of the plan with their timestamps (for "new or changed" on the board). */
export async function activityTimes(db: Database, municipalityId: string, planId: string) {
  return db
    .select({ id: activities.id, createdAt: activities.createdAt, updatedAt: activities.updatedAt })
    .from(activities)
    .where(and(eq(activities.municipalityId, municipalityId), eq(activities.planId, planId)))
    .orderBy(asc(activities.code));
}

/** Active reservations of the cycle that the steering group has not answered. */
export async function unansweredReservations(db: Database, municipalityId: string, cycleId: string): Promise<UnansweredReservation[]> {
  return db
    .select({ positionId: positions.id, goal: goals.code, referenceGroup: referenceGroups.code })
    .from(positions)
    .innerJoin(goals, eq(goals.id, positions.goalId))
    .innerJoin(referenceGroups, eq(referenceGroups.id, positions.referenceGroupId))
    .leftJoin(positionAnswers, eq(positionAnswers.positionId, positions.id))
    .where(
      and(
        eq(positions.municipalityId, municipalityId),
        eq(positions.cycleId, cycleId),
        eq(positions.state, 'active'),
        eq(positions.stance, 'reservation'),
        isNull(positionAnswers.id),
      ),
    )
    .orderBy(asc(goals.code), asc(referenceGroups.code));
}

export async function closeReview(db: Database, cycleId: string, userId: string): Promise<Date> {
  const [row] = await db
    .update(reportingCycles)
    .set({ reviewClosedAt: new Date(), reviewClosedBy: userId })
    .where(eq(reportingCycles.id, cycleId))
    .returning({ closedAt: reportingCycles.reviewClosedAt });
  return row!.closedAt!;
}

export async function userName(db: Database, userId: string | null): Promise<{ id: string; name: string } | null> {
  if (!userId) return null;
  const [row] = await db.select({ id: users.id, name: users.displayName }).from(users).where(eq(users.id, userId));
  return row ?? null;
}
