import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, jsonb, numeric, pgEnum, pgTable, pgView, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
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
    id: bigint('id', { mode: 'number' })
      .primaryKey()
      .default(sql`nextval('audit_log_id_seq')`),
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
 * Refused requests (403), one row per actor and minute however many there were: `denials` counts them and
 * `routes` counts them per route and error code (at most 20 a row); the first one's route, the permission the
 * route needs, its error code and request id are kept. So
 * a refusal is always in the trail (as `access_denied`, through audit_entries) and no caller can grow the trail
 * faster than a row a minute. Rows only grow (migration 0015): the count and routes go up, nothing else
 * changes, and none is removed; the application role may update those three columns only.
 */
export const accessDenials = pgTable(
  'access_denials',
  {
    id: bigint('id', { mode: 'number' })
      .primaryKey()
      .default(sql`nextval('audit_log_id_seq')`),
    municipalityId: uuid('municipality_id').references(() => municipalities.id),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    lastAt: timestamp('last_at', { withTimezone: true }).notNull().defaultNow(),
    actorType: actorType('actor_type').notNull(),
    actorUserId: uuid('actor_user_id'),
    actorTokenId: uuid('actor_token_id'),
    method: text('method').notNull(),
    route: text('route').notNull(),
    permission: text('permission'),
    code: text('code').notNull(),
    requestId: text('request_id'),
    denials: integer('denials').notNull().default(1),
    routes: jsonb('routes').notNull(),
  },
  (t) => [
    unique('access_denials_window_key').on(t.actorType, t.actorUserId, t.actorTokenId, t.windowStart).nullsNotDistinct(),
    index('access_denials_municipality_time_idx').on(t.municipalityId, t.occurredAt),
    check('access_denials_denials_positive', sql`${t.denials} >= 1`),
  ],
);

/**
 * The whole trail as the audit API reads it: audit_log, data_value_history, whose rows it shows as audit_log
 * wrote them (the value row before and after, as JSON), and access_denials, as `access_denied` entries whose
 * `after` holds the count. Defined in migrations 0014 and 0015.
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
