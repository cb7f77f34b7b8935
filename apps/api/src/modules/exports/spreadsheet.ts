import { PassThrough, Readable } from 'node:stream';
import type { CsvDialect, SpreadsheetFormat } from '@planpuls/contracts';
import ExcelJS from 'exceljs';

/** A cell to write: numbers stay numbers (in CSV with the dialect's decimal mark), text is text. */
export type OutputCell = string | number | null;

/**
 * Text a spreadsheet program would take for a formula (OWASP "CSV injection": `=`, `+`, `-`, `@`, tab, carriage
 * return first) gets a leading apostrophe, so it shows as the text it is. Numbers are never passed here: a
 * negative number is written as a number, not as text beginning with a minus.
 */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const SEPARATOR: Record<CsvDialect, string> = { swedish: ';', plain: ',' };

export function csvField(cell: OutputCell, dialect: CsvDialect): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return dialect === 'swedish' ? String(cell).replace('.', ',') : String(cell);
  const text = neutralise(cell);
  const needsQuotes = text !== cell || /[";,\r\n\t]/.test(text);
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A CSV file line by line: `swedish` is what Swedish Excel opens directly (UTF-8 with BOM, `;`, decimal comma,
 * CRLF); `plain` is `,` with decimal points, no BOM.
 */
export async function* csvChunks(
  header: readonly string[],
  rows: AsyncIterable<OutputCell[]>,
  dialect: CsvDialect,
): AsyncGenerator<string> {
  const line = (cells: readonly OutputCell[]) => `${cells.map((cell) => csvField(cell, dialect)).join(SEPARATOR[dialect])}\r\n`;
  yield (dialect === 'swedish' ? '\uFEFF' : '') + line(header);
  let chunk = '';
  let lines = 0;
  for await (const row of rows) {
    chunk += line(row);
    if (++lines % 1000 === 0) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/**
 * An Excel workbook of one worksheet, written as a stream while the rows come: a bold, frozen header row, then
 * the rows. Cells are typed: numbers are numeric cells, text is a text cell exactly as written (a note reading
 * `=1+1` is that text, never a formula), so nothing is prefixed as CSV must be.
 */
export function xlsxStream(
  sheetName: string,
  header: readonly string[],
  rows: AsyncIterable<OutputCell[]>,
  widths: readonly number[] = [],
): Readable {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  (async () => {
    const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = header.map((_, index) => ({ width: widths[index] ?? 16 }));
    const head = sheet.addRow([...header]);
    head.font = { bold: true };
    head.commit();
    for await (const row of rows) sheet.addRow(row).commit();
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  return output;
}

export const MEDIA_TYPES: Record<SpreadsheetFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The file as a stream in the asked format. */
export function spreadsheetStream(
  format: SpreadsheetFormat,
  dialect: CsvDialect,
  sheet: { name: string; header: readonly string[]; widths?: readonly number[]; rows: AsyncIterable<OutputCell[]> },
): Readable {
  return format === 'xlsx'
    ? xlsxStream(sheet.name, sheet.header, sheet.rows, sheet.widths)
    : Readable.from(csvChunks(sheet.header, sheet.rows, dialect));
}

/** `attachment; filename=…` with an ASCII name and the UTF-8 one beside it. */
export function attachment(filename: string): string {
  const ascii = filename
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\]/g, '');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/** The OpenAPI description of a file answer. */
export const fileResponse = (description: string) => ({
  description,
  content: {
    'text/csv': { schema: { type: 'string' } },
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', format: 'binary' } },
  },
});
