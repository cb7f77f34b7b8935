import { Type, type Static } from 'typebox';
import { CodeSchema, IdSchema, PeriodCodeSchema } from './common';
import { CsvDialectSchema, SpreadsheetFormatSchema } from './imports';

/**
 * What to export: a plan's values (the data elements its goals' indicators are computed from), a reporting
 * cycle's (its data set in its period) or a unit's, narrowed by any of the others. At least one is required.
 */
export const DataValueExportQuerySchema = Type.Object(
  {
    plan: Type.Optional(CodeSchema),
    cycle: Type.Optional(IdSchema),
    unit: Type.Optional(CodeSchema),
    period: Type.Optional(PeriodCodeSchema),
    format: SpreadsheetFormatSchema,
    dialect: CsvDialectSchema,
  },
  { additionalProperties: false },
);
export type DataValueExportQuery = Static<typeof DataValueExportQuerySchema>;

/**
 * The columns of an export, in order. The first six are the import's own (an export can be edited and imported
 * again); `status` is the unit's reporting state and `dold` says a value is hidden as a small number.
 */
export const DATA_VALUE_EXPORT_COLUMNS = [
  'uppgift',
  'enhet',
  'yrkesgrupp',
  'period',
  'värde',
  'kommentar',
  'status',
  'dold',
  'version',
  'ändrad',
] as const;
