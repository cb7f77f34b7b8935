import { bigint, index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { municipalities } from './tenancy';

export const auditAction = pgEnum('audit_action', ['create', 'update', 'delete', 'login_failed', 'access_denied']);
export const actorType = pgEnum('actor_type', ['user', 'token', 'system', 'anonymous']);

/**
 * Append-only history: who, when (UTC), what, before, after and why. Row changes are written by triggers
 * in the same transaction as the change; a trigger refuses UPDATE and DELETE, and the application role
 * may only read and insert.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    municipalityId: uuid('municipality_id').references(() => municipalities.id),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    actorType: actorType('actor_type').notNull(),
    actorUserId: uuid('actor_user_id'),
    actorTokenId: uuid('actor_token_id'),
    action: auditAction('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    reason: text('reason'),
    requestId: text('request_id'),
  },
  (t) => [
    index('audit_log_entity_idx').on(t.entityType, t.entityId, t.occurredAt),
    index('audit_log_municipality_time_idx').on(t.municipalityId, t.occurredAt),
  ],
);
