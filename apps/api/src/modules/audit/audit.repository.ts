import { and, count, desc, eq, getViewSelectedFields, gte, lte, type SQL } from 'drizzle-orm';
import { auditEntries, users, type Database } from '@planpuls/db';
import type { AuditEntry, AuditQuery } from '@planpuls/contracts';

export async function listAudit(db: Database, municipalityId: string, query: AuditQuery): Promise<{ items: AuditEntry[]; total: number }> {
  const filters: SQL[] = [eq(auditEntries.municipalityId, municipalityId)];
  if (query.entityType) filters.push(eq(auditEntries.entityType, query.entityType));
  if (query.entityId) filters.push(eq(auditEntries.entityId, query.entityId));
  if (query.actorUserId) filters.push(eq(auditEntries.actorUserId, query.actorUserId));
  if (query.action) filters.push(eq(auditEntries.action, query.action));
  if (query.from) filters.push(gte(auditEntries.occurredAt, new Date(query.from)));
  if (query.to) filters.push(lte(auditEntries.occurredAt, new Date(query.to)));
  const where = and(...filters);
  const [rows, [totals]] = await Promise.all([
    db
      .select({ entry: getViewSelectedFields(auditEntries), userName: users.displayName })
      .from(auditEntries)
      .leftJoin(users, eq(users.id, auditEntries.actorUserId))
      .where(where)
      .orderBy(desc(auditEntries.occurredAt), desc(auditEntries.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(auditEntries).where(where),
  ]);
  return {
    total: totals?.total ?? 0,
    items: rows.map(({ entry, userName }) => ({
      id: entry.id,
      occurredAt: entry.occurredAt.toISOString(),
      actor: { type: entry.actorType, userId: entry.actorUserId, userName, tokenId: entry.actorTokenId },
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before as Record<string, unknown> | null,
      after: entry.after as Record<string, unknown> | null,
      reason: entry.reason,
      requestId: entry.requestId,
    })),
  };
}
