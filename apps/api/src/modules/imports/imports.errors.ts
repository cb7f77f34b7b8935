import { ErrorCodes, IMPORT_CSV_TYPES, IMPORT_XLSX_TYPE, ImportFileErrorCodes as codes, type ImportRefusedDetail, type ImportSummary } from '@planpuls/contracts';
import { ApiError } from '../../errors';

const megabytes = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB` : `${bytes} bytes`);

/** Problems with the upload as a whole; problems of single rows are listed in the summary instead. */
export const importErrors = {
  unsupportedType: (contentType: string | undefined) =>
    new ApiError(
      415,
      ErrorCodes.unsupportedMediaType,
      `Send the file as ${IMPORT_CSV_TYPES.join(', ')}, ${IMPORT_XLSX_TYPE} or multipart/form-data with the field "file"` +
        (contentType ? `, not ${contentType.slice(0, 100)}.` : '.'),
    ),
  unsupportedFile: (name: string) =>
    new ApiError(415, ErrorCodes.unsupportedMediaType, `"${name.slice(0, 100)}" is neither a .csv nor an .xlsx file.`, [
      { field: 'body.file', message: 'must be a .csv or .xlsx file' },
    ]),
  tooLarge: (limitBytes: number) =>
    new ApiError(413, ErrorCodes.payloadTooLarge, `The file is larger than the ${megabytes(limitBytes)} an import may have. Split it into several files.`),
  tooManyRows: (maxRows: number) =>
    new ApiError(413, codes.tooManyRows, `The file has more than ${maxRows} rows. Split it into several files.`),
  fileMissing: () =>
    new ApiError(400, codes.fileMissing, 'The form has no file in the field "file".', [{ field: 'body.file', message: 'is required' }]),
  emptyFile: () => new ApiError(400, codes.emptyFile, 'The file is empty: it needs a header row and one row per value.'),
  noRows: () => new ApiError(400, codes.noRows, 'The file has a header but no data rows.'),
  missingColumns: (columns: Array<{ name: string; alias: string }>) =>
    new ApiError(
      400,
      codes.missingColumns,
      `The header lacks ${columns.map(({ name, alias }) => (alias === name ? `"${name}"` : `"${name}" (or "${alias}")`)).join(', ')}.`,
      columns.map((column) => ({ field: `header.${column.name}`, message: 'is a required column' })),
    ),
  duplicateColumn: (name: string) =>
    new ApiError(400, codes.duplicateColumn, `The header names the column "${name}" twice.`, [{ field: `header.${name}`, message: 'appears twice' }]),
  invalidEncoding: () =>
    new ApiError(400, codes.invalidEncoding, 'The CSV file is not UTF-8 text. In Excel, save it as "CSV UTF-8 (kommaavgränsad)".'),
  unreadable: (format: 'csv' | 'xlsx', reason: string) =>
    new ApiError(
      400,
      codes.unreadableFile,
      format === 'xlsx' ? `The file could not be read as an Excel workbook (.xlsx): ${reason}` : `The file could not be read as CSV: ${reason}`,
    ),
  uncompressedTooLarge: (what: string) =>
    new ApiError(413, codes.uncompressedTooLarge, `The workbook is too large once unpacked: ${what}. Split it into several files.`),
  tooManyStrings: (count: number, characters: number) =>
    new ApiError(
      413,
      codes.tooManyStrings,
      `The workbook holds more text than an import may: at most ${count.toLocaleString('en')} different texts of ${characters.toLocaleString('en')} characters together. Split it into several files.`,
    ),
  cellTooLong: (limit: number) => new ApiError(400, codes.cellTooLong, `A cell holds more than ${limit.toLocaleString('en')} characters, more than Excel allows.`),
  cellOutOfRange: (reference: string) =>
    new ApiError(400, codes.cellOutOfRange, `The cell reference ${reference.slice(0, 40)} lies beyond XFD1048576, the last cell Excel has.`),
  tookTooLong: (seconds: number) =>
    new ApiError(413, codes.tookTooLong, `Reading and checking the file took longer than the ${seconds} seconds an import may take. Split it into several files.`),
  busy: (retryAfterSeconds: number) =>
    new ApiError(503, codes.busy, `As many imports as may run at once are running. Try again in ${retryAfterSeconds} seconds.`),
  changedMeanwhile: () =>
    new ApiError(409, codes.changedMeanwhile, 'Some of the values were entered by someone else while the file was imported; nothing was written. Import the file again.'),
  invalidRows: (summary: ImportSummary) => {
    const message = `${summary.invalid} of ${summary.rows} rows have errors; nothing was written.`;
    const detail: ImportRefusedDetail = { field: 'file', message, ...summary };
    return new ApiError(400, codes.invalidRows, message, [detail]);
  },
};
