import { and, asc, count, desc, eq, isNull, sql } from 'drizzle-orm';
import { notifications, type Database } from '@planpuls/db';
import type { Notification, NotificationQuery } from '@planpuls/contracts';

const toNotification = (row: typeof notifications.$inferSelect): Notification => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  body: row.body,
  link: row.link,
  createdAt: row.createdAt.toISOString(),
  readAt: row.readAt?.toISOString() ?? null,
});

const ownedBy = (municipalityId: string, userId: string) =>
  and(eq(notifications.municipalityId, municipalityId), eq(notifications.userId, userId));

/** One user's inbox page, unread first and newest first within each, with the inbox's unread count. */
export async function listInbox(db: Database, municipalityId: string, userId: string, query: NotificationQuery) {
  const where = query.unreadOnly ? and(ownedBy(municipalityId, userId), isNull(notifications.readAt)) : ownedBy(municipalityId, userId);
  const rows = await db
    .select()
    .from(notifications)
    .where(where)
    .orderBy(sql`${notifications.readAt} IS NOT NULL`, desc(notifications.createdAt), asc(notifications.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [totals] = await db
    .select({ total: count(), unread: sql<number>`count(*) FILTER (WHERE ${notifications.readAt} IS NULL)`.mapWith(Number) })
    .from(notifications)
    .where(where);
  const unread = query.unreadOnly ? totals!.total : totals!.unread;
  return { items: rows.map(toNotification), total: totals!.total, unread };
}

/** Marks one of the user's own messages read (keeping the first read time); undefined when it is not theirs. */
export async function markRead(db: Database, municipalityId: string, userId: string, id: string): Promise<Notification | undefined> {
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(ownedBy(municipalityId, userId), eq(notifications.id, id)))
    .returning();
  return row ? toNotification(row) : undefined;
}

export async function markAllRead(db: Database, municipalityId: string, userId: string): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(ownedBy(municipalityId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}
