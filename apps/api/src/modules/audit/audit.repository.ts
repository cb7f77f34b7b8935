import { and, count, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import { auditLog, users, type Database } from '@planpuls/db';
import type { AuditEntry, AuditQuery } from '@planpuls/contracts';

export async function listAudit(db: Database, municipalityId: string, query: AuditQuery): Promise<{ items: AuditEntry[]; total: number }> {
  const filters: SQL[] = [eq(auditLog.municipalityId, municipalityId)];
  if (query.entityType) filters.push(eq(auditLog.entityType, query.entityType));
  if (query.entityId) filters.push(eq(auditLog.entityId, query.entityId));
  if (query.actorUserId) filters.push(eq(auditLog.actorUserId, query.actorUserId));
  if (query.action) filters.push(eq(auditLog.action, query.action));
  if (query.from) filters.push(gte(auditLog.occurredAt, new Date(query.from)));
  if (query.to) filters.push(lte(auditLog.occurredAt, new Date(query.to)));
  const where = and(...filters);
  const [rows, [totals]] = await Promise.all([
    db
      .select({ entry: auditLog, userName: users.displayName })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorUserId))
      .where(where)
      .orderBy(desc(auditLog.occurredAt), desc(auditLog.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(auditLog).where(where),
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
