import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgEnum, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, decimal, id, svText, updatedAt } from './columns';
import { periodKind } from './periods';
import { municipalityId } from './tenancy';

export const valueType = pgEnum('value_type', ['integer', 'decimal']);
export const timeAggregation = pgEnum('time_aggregation', ['sum', 'average', 'last']);
export const disaggregation = pgEnum('disaggregation', ['professional_group', 'none']);

/** A raw fact HR reports (uppgift / grunddata); indicators are computed from these. */
export const dataElements = pgTable(
  'data_elements',
  {
    id: id(),
    municipalityId: municipalityId(),
    code: text('code').notNull(),
    name: svText('name').notNull(),
    definition: text('definition').notNull(),
    valueType: valueType('value_type').notNull(),
    timeAggregation: timeAggregation('time_aggregation').notNull(),
    frequency: periodKind('frequency').notNull(),
    disaggregation: disaggregation('disaggregation').notNull(),
    /** Counts of people (leavers, headcount, respondents) are suppressed below the small-number threshold. */
    countsPeople: boolean('counts_people').notNull().default(false),
    min: decimal('min'),
    max: decimal('max'),
    createdAt: createdAt(),
  },
  (t) => [
    unique('data_elements_code_key').on(t.municipalityId, t.code),
    unique('data_elements_tenant_key').on(t.municipalityId, t.id),
    check('data_elements_min_le_max', sql`${t.min} IS NULL OR ${t.max} IS NULL OR ${t.min} <= ${t.max}`),
  ],
);

/**
 * One entered value: element × unit × group (null when the element is not split) × period.
 *
 * Its references (municipality, element, unit, group, period) are kept by statement-level triggers
 * (migration 0014), not declared foreign keys: PostgreSQL checks a foreign key once per written row, and an
 * import writes 100,000 rows in one statement. The triggers check each distinct key once per statement,
 * lock it as a foreign key would, cascade deletes of elements, units and groups, and refuse to delete a
 * period in use. A value's identity never changes; a different identity is a different value.
 */
export const dataValues = pgTable(
  'data_values',
  {
    id: id(),
    municipalityId: uuid('municipality_id').notNull(),
    dataElementId: uuid('data_element_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    professionalGroupId: uuid('professional_group_id'),
    periodId: uuid('period_id').notNull(),
    value: decimal('value').notNull(),
    note: text('note'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // Period first: the values a report or an import writes for one period sit together in the index.
    unique('data_values_identity_key').on(t.periodId, t.dataElementId, t.unitId, t.professionalGroupId).nullsNotDistinct(),
    index('data_values_unit_period_idx').on(t.municipalityId, t.unitId, t.periodId),
    index('data_values_period_idx').on(t.municipalityId, t.periodId),
    check('data_values_version_positive', sql`${t.version} >= 1`),
  ],
);
