import { and, count, desc, eq, isNull } from 'drizzle-orm';
import { emailOutbox, type Database } from '@planpuls/db';
import type { OutboxEmail, OutboxQuery } from '@planpuls/contracts';

/** The municipality's email, newest first: what was sent, and what waits (or, without SMTP, stays here). */
export async function listOutbox(
  db: Database,
  municipalityId: string,
  query: OutboxQuery,
): Promise<{ items: OutboxEmail[]; total: number }> {
  const where = and(eq(emailOutbox.municipalityId, municipalityId), query.unsentOnly ? isNull(emailOutbox.sentAt) : undefined);
  const rows = await db
    .select()
    .from(emailOutbox)
    .where(where)
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [totals] = await db.select({ total: count() }).from(emailOutbox).where(where);
  return {
    items: rows.map((row) => ({
      id: row.id,
      to: row.toAddress,
      subject: row.subject,
      body: row.body,
      createdAt: row.createdAt.toISOString(),
      sentAt: row.sentAt?.toISOString() ?? null,
      attempts: row.attempts,
      lastError: row.lastError,
    })),
    total: totals!.total,
  };
}
