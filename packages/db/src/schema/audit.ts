import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, numeric, pgEnum, pgTable, pgView, text, timestamp, uuid } from 'drizzle-orm/pg-core';
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

/**
 * The history of data values: one row per created, changed or deleted value, with typed columns instead of
 * audit_log's JSON, written set-based by the statement triggers of data_values (migration 0014), append-only
 * like audit_log. Its ids come from audit_log's sequence, so the two read as one trail (`audit_entries`).
 * It has no foreign keys: the history of a value outlives the value.
 */
export const dataValueHistory = pgTable(
  'data_value_history',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().default(sql`nextval('audit_log_id_seq')`),
    municipalityId: uuid('municipality_id').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    actorType: actorType('actor_type').notNull(),
    actorUserId: uuid('actor_user_id'),
    actorTokenId: uuid('actor_token_id'),
    action: auditAction('action').notNull(),
    dataValueId: uuid('data_value_id').notNull(),
    dataElementId: uuid('data_element_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    professionalGroupId: uuid('professional_group_id'),
    periodId: uuid('period_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    valueBefore: numeric('value_before'),
    noteBefore: text('note_before'),
    versionBefore: integer('version_before'),
    updatedAtBefore: timestamp('updated_at_before', { withTimezone: true }),
    valueAfter: numeric('value_after'),
    noteAfter: text('note_after'),
    versionAfter: integer('version_after'),
    updatedAtAfter: timestamp('updated_at_after', { withTimezone: true }),
    reason: text('reason'),
    requestId: text('request_id'),
  },
  (t) => [
    // Only ever looked up by equality (the history of one value); a hash index costs less to add to.
    index('data_value_history_value_idx').using('hash', t.dataValueId),
    index('data_value_history_municipality_time_idx').on(t.municipalityId, t.occurredAt),
  ],
);

/**
 * The whole trail as the audit API reads it: audit_log and data_value_history, whose rows it shows as
 * audit_log wrote them (the value row before and after, as JSON). Defined in migration 0014.
 */
export const auditEntries = pgView('audit_entries', {
  id: bigint('id', { mode: 'number' }).notNull(),
  municipalityId: uuid('municipality_id'),
  occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
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
}).existing();
