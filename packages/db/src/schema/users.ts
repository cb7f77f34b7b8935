import { boolean, foreignKey, index, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, svText } from './columns';
import { referenceGroups, unions, units } from './organisation';
import { municipalityId } from './tenancy';

/** People. Passwords and sessions arrive with the accounts issue; the union link is sensitive personal data. */
export const users = pgTable(
  'users',
  {
    id: id(),
    municipalityId: municipalityId(),
    email: text('email').notNull(),
    displayName: svText('display_name').notNull(),
    passwordHash: text('password_hash'),
    unionId: uuid('union_id'),
    referenceGroupId: uuid('reference_group_id'),
    disabled: boolean('disabled').notNull().default(false),
    /** Bound at the first single sign-on; never re-matched by email afterwards. */
    oidcIssuer: text('oidc_issuer'),
    oidcSubject: text('oidc_subject'),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    unique('users_email_key').on(t.municipalityId, t.email),
    unique('users_oidc_identity_key').on(t.oidcIssuer, t.oidcSubject),
    unique('users_tenant_key').on(t.municipalityId, t.id),
    foreignKey({ columns: [t.municipalityId, t.unionId], foreignColumns: [unions.municipalityId, unions.id] }),
    foreignKey({ columns: [t.municipalityId, t.referenceGroupId], foreignColumns: [referenceGroups.municipalityId, referenceGroups.id] }),
  ],
);

/** Server-side sessions of people, so they can be revoked. The id is stored hashed: a copy of this table
 * does not let anyone take over a session. */
export const sessions = pgTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    municipalityId: municipalityId(),
    userId: uuid('user_id').notNull(),
    data: jsonb('data').notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('sessions_user_idx').on(t.userId),
    foreignKey({ columns: [t.municipalityId, t.userId], foreignColumns: [users.municipalityId, users.id] }).onDelete('cascade'),
  ],
);

export const role = pgEnum('role', ['admin', 'steering', 'hr', 'union', 'viewer']);

/** A role held by a user, possibly until a date (a deputy over the summer), possibly limited to units. */
export const userRoles = pgTable(
  'user_roles',
  {
    id: id(),
    municipalityId: municipalityId(),
    userId: uuid('user_id').notNull(),
    role: role('role').notNull(),
    validUntil: timestamp('valid_until', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    unique('user_roles_tenant_key').on(t.municipalityId, t.id),
    foreignKey({ columns: [t.municipalityId, t.userId], foreignColumns: [users.municipalityId, users.id] }).onDelete('cascade'),
  ],
);

export const userRoleUnits = pgTable(
  'user_role_units',
  {
    municipalityId: municipalityId(),
    userRoleId: uuid('user_role_id').notNull(),
    unitId: uuid('unit_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userRoleId, t.unitId] }),
    foreignKey({ columns: [t.municipalityId, t.userRoleId], foreignColumns: [userRoles.municipalityId, userRoles.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.municipalityId, t.unitId], foreignColumns: [units.municipalityId, units.id] }).onDelete('cascade'),
  ],
);
