import { sql } from 'drizzle-orm';
import { check, date, foreignKey, pgEnum, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, svText } from './columns';
import { municipalityId } from './tenancy';

export const unitKind = pgEnum('unit_kind', ['central', 'district']);

/** Administrations that report (förvaltningar). Validity and predecessor let a series survive a merger. */
export const units = pgTable(
  'units',
  {
    id: id(),
    municipalityId: municipalityId(),
    code: text('code').notNull(),
    name: svText('name').notNull(),
    kind: unitKind('kind').notNull(),
    parentId: uuid('parent_id'),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
    predecessorId: uuid('predecessor_id'),
    createdAt: createdAt(),
  },
  (t) => [
    unique('units_code_key').on(t.municipalityId, t.code),
    unique('units_tenant_key').on(t.municipalityId, t.id),
    foreignKey({ columns: [t.municipalityId, t.parentId], foreignColumns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.predecessorId], foreignColumns: [t.municipalityId, t.id] }),
    check('units_not_own_parent', sql`${t.parentId} IS NULL OR ${t.parentId} <> ${t.id}`),
    check('units_valid_dates_ordered', sql`${t.validFrom} IS NULL OR ${t.validTo} IS NULL OR ${t.validFrom} <= ${t.validTo}`),
  ],
);

export const professionalGroups = pgTable(
  'professional_groups',
  {
    id: id(),
    municipalityId: municipalityId(),
    code: text('code').notNull(),
    name: svText('name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    unique('professional_groups_code_key').on(t.municipalityId, t.code),
    unique('professional_groups_tenant_key').on(t.municipalityId, t.id),
  ],
);

/** Trade unions. Membership of a person is sensitive personal data (GDPR art. 9); the union itself is not. */
export const unions = pgTable(
  'unions',
  {
    id: id(),
    municipalityId: municipalityId(),
    code: text('code').notNull(),
    name: svText('name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique('unions_code_key').on(t.municipalityId, t.code), unique('unions_tenant_key').on(t.municipalityId, t.id)],
);

export const referenceGroupScope = pgEnum('reference_group_scope', ['all', 'units']);

/** Union reference groups: central (scope all) or local to some units. */
export const referenceGroups = pgTable(
  'reference_groups',
  {
    id: id(),
    municipalityId: municipalityId(),
    code: text('code').notNull(),
    name: svText('name').notNull(),
    scope: referenceGroupScope('scope').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    unique('reference_groups_code_key').on(t.municipalityId, t.code),
    unique('reference_groups_tenant_key').on(t.municipalityId, t.id),
  ],
);

export const referenceGroupUnits = pgTable(
  'reference_group_units',
  {
    municipalityId: municipalityId(),
    referenceGroupId: uuid('reference_group_id').notNull(),
    unitId: uuid('unit_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.referenceGroupId, t.unitId] }),
    foreignKey({
      columns: [t.municipalityId, t.referenceGroupId],
      foreignColumns: [referenceGroups.municipalityId, referenceGroups.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.municipalityId, t.unitId], foreignColumns: [units.municipalityId, units.id] }).onDelete('cascade'),
  ],
);

export const referenceGroupUnions = pgTable(
  'reference_group_unions',
  {
    municipalityId: municipalityId(),
    referenceGroupId: uuid('reference_group_id').notNull(),
    unionId: uuid('union_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.referenceGroupId, t.unionId] }),
    foreignKey({
      columns: [t.municipalityId, t.referenceGroupId],
      foreignColumns: [referenceGroups.municipalityId, referenceGroups.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.municipalityId, t.unionId], foreignColumns: [unions.municipalityId, unions.id] }).onDelete('cascade'),
  ],
);
