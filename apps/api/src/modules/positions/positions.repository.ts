import { aliasedTable, and, asc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import {
  goals,
  periods,
  positionAnswers,
  positions,
  positionSignatories,
  referenceGroups,
  reportingCycles,
  users,
  type Database,
} from '@planpuls/db';
import type { UnionPosition } from '@planpuls/contracts';

export type PositionRow = typeof positions.$inferInsert;
/** A position as stored, before the caller-dependent `allowed`. */
export type StoredPosition = Omit<UnionPosition, 'allowed'>;

const iso = (value: Date | string) => new Date(value).toISOString();
const isoOrNull = (value: Date | string | null) => (value === null ? null : iso(value));

/** Positions with their goal, cycle period, reference group, signatories and answer; oldest first. */
export async function positionsWhere(db: Database, where: SQL | undefined): Promise<StoredPosition[]> {
  const recorder = aliasedTable(users, 'recorder');
  const rows = await db
    .select({
      position: positions,
      goal: goals.code,
      period: periods.code,
      closedAt: reportingCycles.reviewClosedAt,
      group: { id: referenceGroups.id, code: referenceGroups.code, name: referenceGroups.name, scope: referenceGroups.scope },
      recorder: { id: recorder.id, name: recorder.displayName },
    })
    .from(positions)
    .innerJoin(goals, eq(goals.id, positions.goalId))
    .innerJoin(reportingCycles, eq(reportingCycles.id, positions.cycleId))
    .innerJoin(periods, eq(periods.id, reportingCycles.periodId))
    .innerJoin(referenceGroups, eq(referenceGroups.id, positions.referenceGroupId))
    .innerJoin(recorder, eq(recorder.id, positions.recordedBy))
    .where(where)
    .orderBy(asc(positions.createdAt), asc(positions.id));
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.position.id);
  const signatories = await db
    .select({
      positionId: positionSignatories.positionId,
      userId: users.id,
      name: users.displayName,
      confirmedAt: positionSignatories.confirmedAt,
    })
    .from(positionSignatories)
    .innerJoin(users, eq(users.id, positionSignatories.userId))
    .where(inArray(positionSignatories.positionId, ids))
    .orderBy(asc(users.displayName), asc(users.id));
  const answers = await db
    .select({ answer: positionAnswers, by: { id: users.id, name: users.displayName } })
    .from(positionAnswers)
    .innerJoin(users, eq(users.id, positionAnswers.answeredBy))
    .where(inArray(positionAnswers.positionId, ids));
  return rows.map(({ position, goal, period, closedAt, group, recorder: recordedBy }) => {
    const signed = signatories.filter((s) => s.positionId === position.id);
    const answer = answers.find((a) => a.answer.positionId === position.id);
    return {
      id: position.id,
      cycleId: position.cycleId,
      period,
      goalId: position.goalId,
      goal,
      referenceGroup: group,
      stance: position.stance,
      text: position.text,
      meeting: position.meeting,
      minutesReference: position.minutesReference,
      state: position.state,
      restatesId: position.restatesId,
      recordedBy,
      createdAt: iso(position.createdAt),
      updatedAt: iso(position.updatedAt),
      withdrawnAt: isoOrNull(position.withdrawnAt),
      signatories: signed.map(({ userId, name, confirmedAt }) => ({ userId, name, confirmedAt: isoOrNull(confirmedAt) })),
      signed: signed.length > 0 && signed.every((s) => s.confirmedAt !== null),
      answer: answer
        ? {
            id: answer.answer.id,
            text: answer.answer.text,
            answeredBy: answer.by,
            createdAt: iso(answer.answer.createdAt),
            updatedAt: iso(answer.answer.updatedAt),
          }
        : null,
      frozen: closedAt !== null,
    };
  });
}

export async function findPosition(db: Database, municipalityId: string, id: string): Promise<StoredPosition | undefined> {
  const [position] = await positionsWhere(db, and(eq(positions.municipalityId, municipalityId), eq(positions.id, id)));
  return position;
}

/** The position row locked for the rest of the transaction. */
export async function lockPosition(db: Database, municipalityId: string, id: string) {
  const [row] = await db
    .select()
    .from(positions)
    .where(and(eq(positions.municipalityId, municipalityId), eq(positions.id, id)))
    .for('update');
  return row;
}

export async function activePositionId(
  db: Database,
  cycleId: string,
  goalId: string,
  referenceGroupId: string,
): Promise<string | undefined> {
  const [row] = await db
    .select({ id: positions.id })
    .from(positions)
    .where(
      and(
        eq(positions.cycleId, cycleId),
        eq(positions.goalId, goalId),
        eq(positions.referenceGroupId, referenceGroupId),
        eq(positions.state, 'active'),
      ),
    );
  return row?.id;
}

export async function insertPosition(db: Database, values: PositionRow): Promise<string> {
  const [row] = await db.insert(positions).values(values).returning({ id: positions.id });
  return row!.id;
}

export async function updatePosition(db: Database, id: string, values: Partial<PositionRow>): Promise<void> {
  await db
    .update(positions)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(positions.id, id));
}

export async function hasAnswer(db: Database, positionId: string): Promise<boolean> {
  const rows = await db.select({ id: positionAnswers.id }).from(positionAnswers).where(eq(positionAnswers.positionId, positionId));
  return rows.length > 0;
}

export async function upsertAnswer(
  db: Database,
  municipalityId: string,
  positionId: string,
  text: string,
  answeredBy: string,
): Promise<void> {
  await db
    .insert(positionAnswers)
    .values({ municipalityId, positionId, text, answeredBy })
    .onConflictDoUpdate({ target: positionAnswers.positionId, set: { text, answeredBy, updatedAt: sql`now()` } });
}

/** The users among `ids` who are not users of the reference group in this municipality. */
export async function outsiders(db: Database, municipalityId: string, referenceGroupId: string, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const members = await db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.municipalityId, municipalityId),
        eq(users.referenceGroupId, referenceGroupId),
        eq(users.disabled, false),
        inArray(users.id, [...ids]),
      ),
    );
  const known = new Set(members.map((m) => m.id));
  return ids.filter((id) => !known.has(id));
}

export async function signatoryIds(db: Database, positionId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: positionSignatories.userId })
    .from(positionSignatories)
    .where(eq(positionSignatories.positionId, positionId));
  return rows.map((row) => row.userId);
}

export async function addSignatories(db: Database, municipalityId: string, positionId: string, userIds: readonly string[]): Promise<void> {
  if (userIds.length === 0) return;
  await db.insert(positionSignatories).values(userIds.map((userId) => ({ municipalityId, positionId, userId })));
}

export async function removeSignatories(db: Database, positionId: string, userIds: readonly string[]): Promise<void> {
  if (userIds.length === 0) return;
  await db
    .delete(positionSignatories)
    .where(and(eq(positionSignatories.positionId, positionId), inArray(positionSignatories.userId, [...userIds])));
}

/** A changed position must be confirmed again by everyone who signs it. */
export async function resetConfirmations(db: Database, positionId: string): Promise<void> {
  await db
    .update(positionSignatories)
    .set({ confirmedAt: null })
    .where(and(eq(positionSignatories.positionId, positionId), sql`${positionSignatories.confirmedAt} IS NOT NULL`));
}

/** Marks the user's signature confirmed; false when the user is not a signatory. */
export async function confirmSignature(db: Database, positionId: string, userId: string): Promise<boolean> {
  const listed = await db
    .select({ confirmedAt: positionSignatories.confirmedAt })
    .from(positionSignatories)
    .where(and(eq(positionSignatories.positionId, positionId), eq(positionSignatories.userId, userId)));
  if (listed.length === 0) return false;
  await db
    .update(positionSignatories)
    .set({ confirmedAt: sql`now()` })
    .where(
      and(eq(positionSignatories.positionId, positionId), eq(positionSignatories.userId, userId), isNull(positionSignatories.confirmedAt)),
    );
  return true;
}

export async function referenceGroupOf(db: Database, municipalityId: string, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ referenceGroupId: users.referenceGroupId })
    .from(users)
    .where(and(eq(users.municipalityId, municipalityId), eq(users.id, userId)));
  return row?.referenceGroupId ?? null;
}
