import { sql } from 'drizzle-orm';
import { check, foreignKey, integer, pgEnum, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, decimal, id, svText } from './columns';
import { dataElements } from './data';
import { municipalityId } from './tenancy';

export const indicatorKind = pgEnum('indicator_kind', ['share', 'ratio', 'count']);
export const indicatorWindow = pgEnum('indicator_window', ['none', 'rolling_12_months']);

/** What is followed (indikator / nyckeltal). Its formula lives in versions: figures say which computed them. */
export const indicators = pgTable(
  'indicators',
  {
    id: id(),
    municipalityId: municipalityId(),
    code: text('code').notNull(),
    name: svText('name').notNull(),
    kind: indicatorKind('kind').notNull(),
    unitOfMeasure: text('unit_of_measure').notNull(),
    decimals: integer('decimals').notNull(),
    source: text('source').notNull(),
    currentFormulaVersion: integer('current_formula_version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    unique('indicators_code_key').on(t.municipalityId, t.code),
    unique('indicators_tenant_key').on(t.municipalityId, t.id),
    check('indicators_decimals_range', sql`${t.decimals} BETWEEN 0 AND 6`),
  ],
);

/** numerator (Σ of elements) / denominator element × factor, over a time window. Never edited: a change is a new version. */
export const indicatorFormulas = pgTable(
  'indicator_formulas',
  {
    id: id(),
    municipalityId: municipalityId(),
    indicatorId: uuid('indicator_id').notNull(),
    version: integer('version').notNull(),
    denominatorElementId: uuid('denominator_element_id'),
    factor: decimal('factor').notNull(),
    window: indicatorWindow('window').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    unique('indicator_formulas_version_key').on(t.indicatorId, t.version),
    unique('indicator_formulas_tenant_key').on(t.municipalityId, t.id),
    check('indicator_formulas_version_positive', sql`${t.version} >= 1`),
    foreignKey({ columns: [t.municipalityId, t.indicatorId], foreignColumns: [indicators.municipalityId, indicators.id] }).onDelete(
      'cascade',
    ),
    foreignKey({ columns: [t.municipalityId, t.denominatorElementId], foreignColumns: [dataElements.municipalityId, dataElements.id] }),
  ],
);

export const indicatorFormulaNumerators = pgTable(
  'indicator_formula_numerators',
  {
    municipalityId: municipalityId(),
    formulaId: uuid('formula_id').notNull(),
    dataElementId: uuid('data_element_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.formulaId, t.dataElementId] }),
    foreignKey({
      columns: [t.municipalityId, t.formulaId],
      foreignColumns: [indicatorFormulas.municipalityId, indicatorFormulas.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.municipalityId, t.dataElementId], foreignColumns: [dataElements.municipalityId, dataElements.id] }),
  ],
);
