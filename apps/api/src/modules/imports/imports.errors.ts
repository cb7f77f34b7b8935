import {
  ErrorCodes,
  IMPORT_CSV_TYPES,
  IMPORT_XLSX_TYPE,
  ImportFileErrorCodes as codes,
  type ImportRefusedDetail,
  type ImportSummary,
} from '@planpuls/contracts';
import { ApiError } from '../../errors';
import { quote } from './imports.messages';

const swedish = (value: number) => value.toLocaleString('sv-SE');
const megabytes = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${swedish(Math.round((bytes / (1024 * 1024)) * 10) / 10)} MB` : `${bytes} byte`;
const SPLIT = 'Dela upp den i flera filer.';

/**
 * Problems with the upload as a whole; problems of single rows are listed in the summary instead. In Swedish,
 * as the rows' problems are (imports.messages.ts): both are read by whoever filled in the file or wrote the
 * system that sends it; the web shows its own text by code. What a library says of a broken file is quoted as is.
 */
export const importErrors = {
  unsupportedType: (contentType: string | undefined) =>
    new ApiError(
      415,
      ErrorCodes.unsupportedMediaType,
      `Skicka filen som ${IMPORT_CSV_TYPES.join(', ')}, ${IMPORT_XLSX_TYPE} eller multipart/form-data med fältet "file"` +
        (contentType ? `, inte som ${contentType.slice(0, 100)}.` : '.'),
    ),
  unsupportedFile: (name: string) =>
    new ApiError(415, ErrorCodes.unsupportedMediaType, `${quote(name)} är varken en .csv- eller en .xlsx-fil.`, [
      { field: 'body.file', message: 'ska vara en .csv- eller .xlsx-fil' },
    ]),
  unreadableForm: () => new ApiError(400, ErrorCodes.malformedBody, 'Formuläret (multipart/form-data) gick inte att läsa.'),
  aborted: () => new ApiError(400, ErrorCodes.malformedBody, 'Uppladdningen avbröts.'),
  tooLarge: (limitBytes: number) =>
    new ApiError(413, ErrorCodes.payloadTooLarge, `Filen är större än de ${megabytes(limitBytes)} en inläsning får ha. ${SPLIT}`),
  tooManyRows: (maxRows: number) => new ApiError(413, codes.tooManyRows, `Filen har fler än ${swedish(maxRows)} rader. ${SPLIT}`),
  fileMissing: () =>
    new ApiError(400, codes.fileMissing, 'Formuläret har ingen fil i fältet "file".', [{ field: 'body.file', message: 'saknas' }]),
  emptyFile: () => new ApiError(400, codes.emptyFile, 'Filen är tom: den behöver en rubrikrad och en rad per värde.'),
  noRows: () => new ApiError(400, codes.noRows, 'Filen har en rubrikrad men inga rader med värden.'),
  missingColumns: (columns: Array<{ name: string; alias: string }>) =>
    new ApiError(
      400,
      codes.missingColumns,
      `Rubrikraden saknar ${columns.map(({ name, alias }) => (alias === name ? `"${name}"` : `"${name}" (eller "${alias}")`)).join(', ')}.`,
      columns.map((column) => ({ field: `header.${column.name}`, message: 'är en kolumn som krävs' })),
    ),
  duplicateColumn: (name: string) =>
    new ApiError(400, codes.duplicateColumn, `Rubrikraden har kolumnen "${name}" två gånger.`, [
      { field: `header.${name}`, message: 'finns två gånger' },
    ]),
  invalidEncoding: () =>
    new ApiError(400, codes.invalidEncoding, 'CSV-filen är inte UTF-8-text. Spara den i Excel som ”CSV UTF-8 (kommaavgränsad)”.'),
  unreadable: (format: 'csv' | 'xlsx', reason: string) =>
    new ApiError(
      400,
      codes.unreadableFile,
      format === 'xlsx'
        ? `Filen gick inte att läsa som en Excel-arbetsbok (.xlsx): ${reason}`
        : `Filen gick inte att läsa som CSV: ${reason}`,
    ),
  uncompressedTooLarge: (what: string) =>
    new ApiError(413, codes.uncompressedTooLarge, `Arbetsboken är för stor uppackad: ${what}. ${SPLIT}`),
  tooManyStrings: (count: number, characters: number) =>
    new ApiError(
      413,
      codes.tooManyStrings,
      `Arbetsboken innehåller mer text än en inläsning får ha: högst ${swedish(count)} olika texter med sammanlagt ${swedish(characters)} tecken. ${SPLIT}`,
    ),
  cellTooLong: (limit: number) =>
    new ApiError(400, codes.cellTooLong, `En cell har fler än ${swedish(limit)} tecken, mer än Excel tillåter.`),
  cellOutOfRange: (reference: string) =>
    new ApiError(400, codes.cellOutOfRange, `Cellreferensen ${reference.slice(0, 40)} ligger bortom XFD1048576, den sista cellen i Excel.`),
  tookTooLong: (seconds: number) =>
    new ApiError(
      413,
      codes.tookTooLong,
      `Att läsa och kontrollera filen tog längre tid än de ${seconds} sekunder en inläsning får ta. ${SPLIT}`,
    ),
  busy: (retryAfterSeconds: number) =>
    new ApiError(503, codes.busy, `Så många inläsningar som får pågå samtidigt pågår redan. Försök igen om ${retryAfterSeconds} sekunder.`),
  changedMeanwhile: () =>
    new ApiError(
      409,
      codes.changedMeanwhile,
      'Någon annan ändrade några av värdena medan filen lästes in; ingenting skrevs. Läs in filen igen.',
    ),
  invalidRows: (summary: ImportSummary) => {
    const message = `${swedish(summary.invalid)} av ${swedish(summary.rows)} rader har fel; ingenting skrevs.`;
    const detail: ImportRefusedDetail = { field: 'file', message, ...summary };
    return new ApiError(400, codes.invalidRows, message, [detail]);
  },
};
