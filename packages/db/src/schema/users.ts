import { boolean, foreignKey, pgEnum, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
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
    createdAt: createdAt(),
  },
  (t) => [
    unique('users_email_key').on(t.municipalityId, t.email),
    unique('users_tenant_key').on(t.municipalityId, t.id),
    foreignKey({ columns: [t.municipalityId, t.unionId], foreignColumns: [unions.municipalityId, unions.id] }),
    foreignKey({ columns: [t.municipalityId, t.referenceGroupId], foreignColumns: [referenceGroups.municipalityId, referenceGroups.id] }),
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
