import { and, asc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias, type AnyPgColumn } from 'drizzle-orm/pg-core';
import {
  activities,
  commentMentions,
  commentRevisions,
  comments,
  goals,
  indicators,
  periods,
  professionalGroups,
  targets,
  unions,
  units,
  users,
  type Database,
} from '@planpuls/db';

export type CommentRow = typeof comments.$inferSelect;
export type NewCommentRow = typeof comments.$inferInsert;

/** The subject columns of a comment, as ids: what every comment of a thread carries alike. */
export type SubjectColumns = Pick<
  NewCommentRow,
  'subject' | 'goalId' | 'targetId' | 'activityId' | 'indicatorId' | 'unitId' | 'professionalGroupId' | 'periodId'
>;

export interface StoredComment {
  row: CommentRow;
  authorName: string;
  union: { code: string; name: string } | null;
  resolverName: string | null;
  codes: { indicator: string | null; unit: string | null; group: string | null; period: string | null };
  mentions: Array<{ id: string; displayName: string }>;
}

const author = alias(users, 'author');
const resolver = alias(users, 'resolver');

/** Comments with their author, union, resolver and the codes of a figure; oldest first. */
export async function commentsWhere(db: Database, where: SQL | undefined): Promise<StoredComment[]> {
  const rows = await db
    .select({
      row: comments,
      authorName: author.displayName,
      unionCode: unions.code,
      unionName: unions.name,
      resolverName: resolver.displayName,
      indicator: indicators.code,
      unit: units.code,
      group: professionalGroups.code,
      period: periods.code,
    })
    .from(comments)
    .innerJoin(author, eq(author.id, comments.authorUserId))
    .leftJoin(unions, eq(unions.id, comments.asUnionId))
    .leftJoin(resolver, eq(resolver.id, comments.resolvedBy))
    .leftJoin(indicators, eq(indicators.id, comments.indicatorId))
    .leftJoin(units, eq(units.id, comments.unitId))
    .leftJoin(professionalGroups, eq(professionalGroups.id, comments.professionalGroupId))
    .leftJoin(periods, eq(periods.id, comments.periodId))
    .where(where)
    .orderBy(asc(comments.createdAt), asc(comments.id));
  const mentions = await mentionsOf(
    db,
    rows.map(({ row }) => row.id),
  );
  return rows.map(({ row, authorName, unionCode, unionName, resolverName, indicator, unit, group, period }) => ({
    row,
    authorName,
    union: unionCode !== null && unionName !== null ? { code: unionCode, name: unionName } : null,
    resolverName,
    codes: { indicator, unit, group, period },
    mentions: mentions.get(row.id) ?? [],
  }));
}

async function mentionsOf(db: Database, commentIds: string[]): Promise<Map<string, Array<{ id: string; displayName: string }>>> {
  const byComment = new Map<string, Array<{ id: string; displayName: string }>>();
  if (commentIds.length === 0) return byComment;
  const rows = await db
    .select({ commentId: commentMentions.commentId, id: users.id, displayName: users.displayName })
    .from(commentMentions)
    .innerJoin(users, eq(users.id, commentMentions.userId))
    .where(inArray(commentMentions.commentId, commentIds))
    .orderBy(asc(users.displayName));
  for (const { commentId, ...person } of rows) byComment.set(commentId, [...(byComment.get(commentId) ?? []), person]);
  return byComment;
}

/** Every comment on one subject. */
export function commentsOnSubject(db: Database, municipalityId: string, subject: SubjectColumns): Promise<StoredComment[]> {
  const same = (column: AnyPgColumn, value: string | null | undefined) => (value ? eq(column, value) : isNull(column));
  return commentsWhere(
    db,
    and(
      eq(comments.municipalityId, municipalityId),
      eq(comments.subject, subject.subject),
      same(comments.goalId, subject.goalId),
      same(comments.targetId, subject.targetId),
      same(comments.activityId, subject.activityId),
      same(comments.indicatorId, subject.indicatorId),
      same(comments.unitId, subject.unitId),
      same(comments.professionalGroupId, subject.professionalGroupId),
      same(comments.periodId, subject.periodId),
    ),
  );
}

/** The first comment of a thread and its replies. */
export function commentsOfThread(db: Database, municipalityId: string, threadId: string): Promise<StoredComment[]> {
  return commentsWhere(
    db,
    and(eq(comments.municipalityId, municipalityId), or(eq(comments.id, threadId), eq(comments.threadId, threadId))),
  );
}

/**
 * One comment with the unit code of its figure, and whether it is still within the edit window of `editMinutes`
 * (by the database's clock). `lock` holds the row until the transaction ends, for an edit or a resolution.
 */
export async function findComment(
  db: Database,
  municipalityId: string,
  id: string,
  { editMinutes = 0, lock = false }: { editMinutes?: number; lock?: boolean } = {},
): Promise<{ row: CommentRow; unit: string | null; editWindowOpen: boolean } | undefined> {
  const query = db
    .select({
      row: comments,
      unit: units.code,
      editWindowOpen: sql<boolean>`${comments.createdAt} + ${editMinutes}::float8 * interval '1 minute' > now()`,
    })
    .from(comments)
    .leftJoin(units, eq(units.id, comments.unitId))
    .where(and(eq(comments.municipalityId, municipalityId), eq(comments.id, id)));
  const [found] = lock ? await query.for('update', { of: comments }) : await query;
  return found;
}

export async function insertComment(db: Database, values: NewCommentRow): Promise<string> {
  const [row] = await db.insert(comments).values(values).returning({ id: comments.id });
  return row!.id;
}

/** Replaces the text, keeping the earlier one (written at the creation or the previous edit) as a revision. */
export async function reviseComment(db: Database, current: CommentRow, body: string): Promise<void> {
  await db.insert(commentRevisions).values({
    municipalityId: current.municipalityId,
    commentId: current.id,
    body: current.body,
    writtenAt: current.editedAt ?? current.createdAt,
  });
  await db
    .update(comments)
    .set({ body, editedAt: sql`now()` })
    .where(and(eq(comments.municipalityId, current.municipalityId), eq(comments.id, current.id)));
}

export async function setResolved(db: Database, municipalityId: string, threadId: string, resolvedBy: string | null): Promise<void> {
  await db
    .update(comments)
    .set(resolvedBy ? { resolvedAt: sql`now()`, resolvedBy } : { resolvedAt: null, resolvedBy: null })
    .where(and(eq(comments.municipalityId, municipalityId), eq(comments.id, threadId)));
}

export async function listRevisions(db: Database, municipalityId: string, commentId: string) {
  return db
    .select({ body: commentRevisions.body, writtenAt: commentRevisions.writtenAt, replacedAt: commentRevisions.replacedAt })
    .from(commentRevisions)
    .where(and(eq(commentRevisions.municipalityId, municipalityId), eq(commentRevisions.commentId, commentId)))
    .orderBy(asc(commentRevisions.replacedAt), asc(commentRevisions.writtenAt));
}

/** Adds mentions, returning the users who were not mentioned in the comment before. */
export async function addMentions(db: Database, municipalityId: string, commentId: string, userIds: string[]): Promise<string[]> {
  if (userIds.length === 0) return [];
  const added = await db
    .insert(commentMentions)
    .values(userIds.map((userId) => ({ municipalityId, commentId, userId })))
    .onConflictDoNothing()
    .returning({ userId: commentMentions.userId });
  return added.map((row) => row.userId);
}

/** Active users of the municipality among the given ids and emails (emails matched without regard to case). */
export async function findMentionable(db: Database, municipalityId: string, ids: string[], emails: string[]) {
  if (ids.length === 0 && emails.length === 0) return [];
  const named = [...(ids.length ? [inArray(users.id, ids)] : []), ...(emails.length ? [inArray(sql`lower(${users.email})`, emails)] : [])];
  return db
    .select({ id: users.id, email: sql<string>`lower(${users.email})` })
    .from(users)
    .where(and(eq(users.municipalityId, municipalityId), eq(users.disabled, false), or(...named)));
}

/** The union a user belongs to (sensitive: read only to stamp their own comment). */
export async function findUnionOf(db: Database, municipalityId: string, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ unionId: users.unionId })
    .from(users)
    .where(and(eq(users.municipalityId, municipalityId), eq(users.id, userId)));
  return row?.unionId ?? null;
}

export interface SubjectPlace {
  /** Where the app shows the subject, for a notification's link. */
  planId: string | null;
  goalCode: string | null;
}

/** The goal, target or activity in this municipality, with the plan and goal it belongs to; undefined if unknown. */
export async function findPlanSubject(
  db: Database,
  municipalityId: string,
  kind: 'goal' | 'target' | 'activity',
  id: string,
): Promise<SubjectPlace | undefined> {
  if (kind === 'goal') {
    const [row] = await db
      .select({ planId: goals.planId, goalCode: goals.code })
      .from(goals)
      .where(and(eq(goals.municipalityId, municipalityId), eq(goals.id, id)));
    return row;
  }
  if (kind === 'target') {
    const [row] = await db
      .select({ planId: goals.planId, goalCode: goals.code })
      .from(targets)
      .innerJoin(goals, eq(goals.id, targets.goalId))
      .where(and(eq(targets.municipalityId, municipalityId), eq(targets.id, id)));
    return row;
  }
  const [row] = await db
    .select({ planId: activities.planId, goalCode: goals.code })
    .from(activities)
    .leftJoin(goals, eq(goals.id, activities.goalId))
    .where(and(eq(activities.municipalityId, municipalityId), eq(activities.id, id)));
  return row;
}

/** Up to `limit` active users of the municipality whose name or email contains `text` (any case), by name. */
export async function searchPeople(db: Database, municipalityId: string, text: string | undefined, limit: number) {
  const matches =
    text === undefined
      ? undefined
      : or(sql`strpos(lower(${users.displayName}), lower(${text})) > 0`, sql`strpos(lower(${users.email}), lower(${text})) > 0`);
  return db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(and(eq(users.municipalityId, municipalityId), eq(users.disabled, false), matches))
    .orderBy(asc(users.displayName), asc(users.id))
    .limit(limit);
}
