import { Type, type Static } from 'typebox';
import { CodeSchema, IdSchema } from './common';

/** The upload's media types. A browser form sends multipart/form-data with the file in the field `file`. */
export const IMPORT_CSV_TYPES = ['text/csv', 'application/csv'] as const;
export const IMPORT_XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const IMPORT_MULTIPART_TYPE = 'multipart/form-data';

export const ImportQuerySchema = Type.Object(
  {
    dryRun: Type.Boolean({ default: false, description: 'Check every row and report what would change, without writing anything' }),
    errorsLimit: Type.Integer({
      minimum: 1,
      maximum: 1000,
      default: 100,
      description: 'The page size of the listed row errors, in file order',
    }),
    errorsPage: Type.Integer({
      minimum: 1,
      maximum: 100_000,
      default: 1,
      description: 'Which page of row errors to list. The server keeps no file: to see page 2, send the same file again with errorsPage=2',
    }),
    reason: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 1000,
        description: 'Why the values are imported or changed; kept in the history of each change',
      }),
    ),
  },
  { additionalProperties: false },
);
export type ImportQuery = Static<typeof ImportQuerySchema>;

const fileSchema = (mediaType: string, description: string) => ({ schema: Type.Unknown({ contentMediaType: mediaType, description }) });

/**
 * The request body per media type, for the OpenAPI document. The file is read as a stream by the route,
 * so these schemas describe the body without constraining it.
 */
export const ImportBodySchema = {
  content: {
    'text/csv': fileSchema(
      'text/csv',
      'UTF-8 (a BOM is fine) or UTF-16 with BOM; `;` with decimal comma (Swedish Excel) or `,` with decimal point, detected from the header line',
    ),
    'application/csv': fileSchema('application/csv', 'As text/csv'),
    [IMPORT_XLSX_TYPE]: fileSchema(
      IMPORT_XLSX_TYPE,
      'An Excel workbook; the first worksheet is read, its first non-empty row is the header',
    ),
    [IMPORT_MULTIPART_TYPE]: {
      schema: Type.Unknown({
        description: 'A form with one file field `file` holding a .csv or .xlsx file',
        properties: { file: { contentMediaType: 'application/octet-stream' } },
      }),
    },
  },
};

/** The columns of an import file; the header may name them in English or Swedish (`uppgift`, `enhet`, `yrkesgrupp`, `värde`, `kommentar`). */
export const ImportColumnSchema = Type.Union([
  Type.Literal('data_element'),
  Type.Literal('unit'),
  Type.Literal('group'),
  Type.Literal('period'),
  Type.Literal('value'),
  Type.Literal('note'),
]);
export type ImportColumn = Static<typeof ImportColumnSchema>;

/** Stable codes of the problems a row can have; clients translate them (`errors.<code>`). */
export const ImportRowErrorCodes = {
  required: 'imports.required',
  unknownDataElement: 'imports.unknown_data_element',
  unknownUnit: 'imports.unknown_unit',
  unitForbidden: 'imports.unit_forbidden',
  unknownGroup: 'imports.unknown_group',
  invalidPeriod: 'imports.invalid_period',
  periodOutOfRange: 'imports.period_out_of_range',
  wrongFrequency: 'imports.wrong_frequency',
  groupRequired: 'imports.group_required',
  groupNotAllowed: 'imports.group_not_allowed',
  invalidNumber: 'imports.invalid_number',
  notInteger: 'imports.not_integer',
  outOfRange: 'imports.out_of_range',
  noteTooLong: 'imports.note_too_long',
  noteInvalidCharacter: 'imports.note_invalid_character',
  duplicateRow: 'imports.duplicate_row',
  /** The period has reporting cycles and none of their data sets asks for the element. */
  notInDataSet: 'imports.not_in_data_set',
  tooManyFields: 'imports.too_many_fields',
} as const;
export type ImportRowErrorCode = (typeof ImportRowErrorCodes)[keyof typeof ImportRowErrorCodes];

/**
 * Stable codes of the problems a file as a whole can have (the answer's `error.code`); clients translate them. The
 * answer's `error.message` says it in Swedish, as a row's `message` does, for the person who filled in the file.
 */
export const ImportFileErrorCodes = {
  fileMissing: 'imports.file_missing',
  emptyFile: 'imports.empty_file',
  noRows: 'imports.no_rows',
  missingColumns: 'imports.missing_columns',
  duplicateColumn: 'imports.duplicate_column',
  invalidEncoding: 'imports.invalid_encoding',
  unreadableFile: 'imports.unreadable_file',
  tooManyRows: 'imports.too_many_rows',
  invalidRows: 'imports.invalid_rows',
  changedMeanwhile: 'imports.changed_meanwhile',
  /** 413: a workbook that unpacks to more than the limit, or whose archive has too many entries (a zip bomb). */
  uncompressedTooLarge: 'imports.uncompressed_too_large',
  /** 413: more shared strings, or more characters in them, than a workbook may have. */
  tooManyStrings: 'imports.too_many_strings',
  /** 400: a cell longer than Excel allows (32,767 characters). */
  cellTooLong: 'imports.cell_too_long',
  /** 400: a cell beyond XFD1048576, the last one Excel has. */
  cellOutOfRange: 'imports.cell_out_of_range',
  /** 413: reading and checking the file took longer than an import may. */
  tookTooLong: 'imports.took_too_long',
  /** 503 with Retry-After: as many imports as may run at once are running. */
  busy: 'imports.busy',
} as const;
export type ImportFileErrorCode = (typeof ImportFileErrorCodes)[keyof typeof ImportFileErrorCodes];

export const ImportRowErrorSchema = Type.Object(
  {
    row: Type.Integer({
      minimum: 1,
      description: 'The spreadsheet row number − 1: with the header on the first line, the 1-based data row',
    }),
    column: Type.Union([ImportColumnSchema, Type.Null()], {
      description: 'null when the problem is the row as a whole (a duplicate, extra fields)',
    }),
    code: Type.Enum(ImportRowErrorCodes),
    message: Type.String({ description: 'What is wrong and how to put it right, in Swedish' }),
  },
  { additionalProperties: false },
);
export type ImportRowError = Static<typeof ImportRowErrorSchema>;

export const ImportSummarySchema = Type.Object(
  {
    dryRun: Type.Boolean(),
    rows: Type.Integer({ description: 'Data rows in the file (blank rows are not counted)' }),
    valid: Type.Integer(),
    invalid: Type.Integer({ description: 'Rows with at least one error' }),
    toCreate: Type.Integer({ description: 'Valid rows that add a value (after a real import: added)' }),
    toUpdate: Type.Integer({
      description: 'Valid rows that change a stored value or note; its version goes up by one (after a real import: changed)',
    }),
    unchanged: Type.Integer({ description: 'Valid rows equal to the stored value and note; left untouched' }),
    errors: Type.Array(ImportRowErrorSchema, { description: 'One page of errors (errorsPage, errorsLimit per page), in file order' }),
    errorsTotal: Type.Integer({ description: 'All errors in the file' }),
    errorsPage: Type.Integer({ minimum: 1 }),
    errorsPageSize: Type.Integer({ minimum: 1 }),
    errorsByCode: Type.Record(Type.String(), Type.Integer({ minimum: 1 }), {
      description: 'How many errors of each code the whole file has, e.g. {"imports.unknown_unit": 312}',
    }),
  },
  { additionalProperties: false },
);
export type ImportSummary = Static<typeof ImportSummarySchema>;

/**
 * `error.details[0]` of a refused import (400 `imports.invalid_rows`): the same summary a dry run gives, so a
 * client shows the problems without uploading the file again.
 */
export type ImportRefusedDetail = ImportSummary & { field: 'file'; message: string };

/** The formats of a template or an export. */
export const SpreadsheetFormatSchema = Type.Union([Type.Literal('csv'), Type.Literal('xlsx')], { default: 'csv' });
export type SpreadsheetFormat = Static<typeof SpreadsheetFormatSchema>;
/** `swedish`: `;`, decimal comma, UTF-8 with BOM (what Swedish Excel opens directly); `plain`: `,` and decimal point. */
export const CsvDialectSchema = Type.Union([Type.Literal('swedish'), Type.Literal('plain')], { default: 'swedish' });
export type CsvDialect = Static<typeof CsvDialectSchema>;

export const ImportTemplateParamsSchema = Type.Object({ cycleId: IdSchema }, { additionalProperties: false });
export const ImportTemplateQuerySchema = Type.Object(
  {
    unit: CodeSchema,
    format: SpreadsheetFormatSchema,
    dialect: CsvDialectSchema,
  },
  { additionalProperties: false },
);
export type ImportTemplateQuery = Static<typeof ImportTemplateQuerySchema>;

/**
 * The columns of a template, in order. The import reads them by name and ignores `benämning` (the element's
 * name, to help whoever fills it in). Stored values and notes are filled in, so a template downloaded,
 * completed and uploaded again changes only what was edited.
 */
export const IMPORT_TEMPLATE_COLUMNS = ['uppgift', 'benämning', 'enhet', 'yrkesgrupp', 'period', 'värde', 'kommentar'] as const;
