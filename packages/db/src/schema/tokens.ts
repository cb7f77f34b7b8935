import { sql } from 'drizzle-orm';
import { check, foreignKey, index, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns';
import { units } from './organisation';
import { municipalityId } from './tenancy';
import { users } from './users';

/** Tokens for systems (the HR system pushing values every night): shown once, stored as a SHA-256 hash. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: id(),
    municipalityId: municipalityId(),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    /** The first characters, so people can tell tokens apart without the secret. */
    prefix: text('prefix').notNull(),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    /** `revoked` by an administrator, or `unit_deleted`: one of its units went, so its scope is no longer what was granted (migration 0017). */
    revokedReason: text('revoked_reason', { enum: ['revoked', 'unit_deleted'] }),
  },
  (t) => [
    check('api_tokens_revoked_reason_known', sql`${t.revokedReason} IN ('revoked', 'unit_deleted')`),
    check('api_tokens_revoked_with_reason', sql`(${t.revokedAt} IS NULL) = (${t.revokedReason} IS NULL)`),
    unique('api_tokens_tenant_key').on(t.municipalityId, t.id),
    index('api_tokens_municipality_idx').on(t.municipalityId),
    foreignKey({ columns: [t.municipalityId, t.createdByUserId], foreignColumns: [users.municipalityId, users.id] }),
  ],
);

export const apiTokenUnits = pgTable(
  'api_token_units',
  {
    municipalityId: municipalityId(),
    tokenId: uuid('token_id').notNull(),
    unitId: uuid('unit_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tokenId, t.unitId] }),
    foreignKey({ columns: [t.municipalityId, t.tokenId], foreignColumns: [apiTokens.municipalityId, apiTokens.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.municipalityId, t.unitId], foreignColumns: [units.municipalityId, units.id] }).onDelete('cascade'),
  ],
);
