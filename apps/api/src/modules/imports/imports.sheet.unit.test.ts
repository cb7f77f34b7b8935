import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../errors';
import { detectDelimiter, openCsv, openSpooledCsv, openXlsx, type Sheet, type SheetRow } from './imports.sheet';

const bytes = (text: string) => Buffer.from(text, 'utf8');
/** A source delivering the bytes in chunks of the given size, to split lines and characters anywhere. */
const source = (buffer: Buffer, chunkSize = 64 * 1024) =>
  Readable.from(
    Array.from({ length: Math.ceil(buffer.length / chunkSize) }, (_, i) => buffer.subarray(i * chunkSize, (i + 1) * chunkSize)),
  );

async function rowsOf(sheet: Sheet): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  for await (const batch of sheet.batches) rows.push(...batch);
  return rows;
}

async function codeOf(work: () => Promise<unknown>): Promise<string> {
  try {
    await work();
  } catch (error) {
    if (error instanceof ApiError) return error.code;
    throw error;
  }
  throw new Error('expected an ApiError');
}

describe('detectDelimiter', () => {
  it('takes the most frequent separator of the header line, ignoring quoted text', () => {
    expect(detectDelimiter('uppgift;enhet;yrkesgrupp;period;värde;kommentar')).toBe(';');
    expect(detectDelimiter('data_element,unit,group,period,value,note')).toBe(',');
    expect(detectDelimiter('data_element\tunit\tgroup\tperiod\tvalue')).toBe('\t');
    expect(detectDelimiter('"a,b,c";unit;period;value')).toBe(';');
    expect(detectDelimiter('value')).toBe(',');
  });
});

describe('openCsv', () => {
  it('reads Swedish Excel CSV: BOM, semicolons, CRLF, decimal comma, quoted fields, blank lines counted', async () => {
    const file =
      '\uFEFFuppgift;enhet;yrkesgrupp;period;värde;kommentar\r\naverage_headcount;FARSTA;SOC;2025-T1;41,5;"Två; nyanställda"\r\n\r\nstudent_placements;FARSTA;;2025-T1;2;\r\n';
    const sheet = await openCsv(source(bytes(file)));
    expect(sheet).toMatchObject({ format: 'csv', decimalComma: true, extraFieldsAllowed: 'when_blank' });
    expect(await rowsOf(sheet)).toEqual([
      { number: 1, cells: ['uppgift', 'enhet', 'yrkesgrupp', 'period', 'värde', 'kommentar'] },
      { number: 2, cells: ['average_headcount', 'FARSTA', 'SOC', '2025-T1', '41,5', 'Två; nyanställda'] },
      { number: 3, cells: [''] },
      { number: 4, cells: ['student_placements', 'FARSTA', '', '2025-T1', '2', ''] },
    ]);
  });

  it('reads comma CSV with decimal points and refuses extra fields there', async () => {
    const sheet = await openCsv(source(bytes('data_element,unit,group,period,value\nsick_hours,FARSTA,SOC,2025-T1,12.5\n')));
    expect(sheet).toMatchObject({ decimalComma: false, extraFieldsAllowed: 'never' });
    expect((await rowsOf(sheet))[1]!.cells).toEqual(['sick_hours', 'FARSTA', 'SOC', '2025-T1', '12.5']);
  });

  it('gives the same rows however the bytes are split, even inside å and ä', async () => {
    const file = bytes('\uFEFFuppgift;enhet;period;värde;kommentar\nsick_hours;FARSTA;2025-T1;1,5;Långtidssjukskrivning på gång\n');
    const whole = await rowsOf(await openCsv(source(file)));
    const byteByByte = await rowsOf(await openCsv(source(file, 1)));
    expect(byteByByte).toEqual(whole);
    expect(whole[1]!.cells[4]).toBe('Långtidssjukskrivning på gång');
  });

  it('reads UTF-16 with BOM, as Excel saves "Unicode text"', async () => {
    const file = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('värde\tenhet\r\n1,5\tFARSTA\r\n', 'utf16le')]);
    const rows = await rowsOf(await openCsv(source(file, 1)));
    expect(rows.map((row) => row.cells)).toEqual([
      ['värde', 'enhet'],
      ['1,5', 'FARSTA'],
    ]);
  });

  it('refuses text that is not UTF-8 (an ANSI file from an old Excel) instead of garbling it', async () => {
    const latin1 = Buffer.from('uppgift;enhet;period;värde\nsick_hours;FARSTA;2025-T1;1\n', 'latin1');
    expect(await codeOf(async () => rowsOf(await openCsv(source(latin1))))).toBe('imports.invalid_encoding');
    const lateLatin1 = Buffer.concat([bytes('uppgift;enhet;period;värde\n'), bytes('x;'.repeat(50_000)), Buffer.from('ö', 'latin1')]);
    expect(await codeOf(async () => rowsOf(await openCsv(source(lateLatin1, 1000))))).toBe('imports.invalid_encoding');
  });

  it('refuses a workbook sent as CSV and a quote that never closes, with what went wrong', async () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
    expect(await codeOf(async () => rowsOf(await openCsv(source(zip))))).toBe('imports.unreadable_file');
    expect(await codeOf(async () => rowsOf(await openCsv(source(zip, 1))))).toBe('imports.unreadable_file');
    const unclosed = bytes('unit;value\nFARSTA;"12\nBROMMA;13\n');
    await expect(rowsOf(await openCsv(source(unclosed)))).rejects.toThrow(/gick inte att läsa som CSV: Quote Not Closed/);
  });

  it('yields nothing for an empty file or a lone BOM', async () => {
    expect(await rowsOf(await openCsv(source(Buffer.alloc(0))))).toEqual([]);
    expect((await rowsOf(await openCsv(source(bytes('\uFEFF'))))).every((row) => row.cells.every((cell) => cell === ''))).toBe(true);
  });

  it('passes on an error of the source, such as the size limit', async () => {
    const failing = new Readable({
      read() {
        this.push(bytes('unit;value\nFARSTA;1\n'));
        this.destroy(new ApiError(413, 'request.payload_too_large', 'too large'));
      },
    });
    expect(await codeOf(async () => rowsOf(await openCsv(failing)))).toBe('request.payload_too_large');
  });
});

async function workbook(build: (book: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  build(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('openXlsx', () => {
  it('reads the first worksheet with numbers as numbers, text as text and formulas as their results', async () => {
    const file = await workbook((book) => {
      const sheet = book.addWorksheet('Värden');
      sheet.addRow(['Uppgift', 'Enhet', 'Yrkesgrupp', 'Period', 'Värde', 'Kommentar']);
      sheet.addRow(['average_headcount', 'FARSTA', 'SOC', '2025-T1', 41.5, { richText: [{ text: 'Två ' }, { text: 'nya' }] }]);
      sheet.addRow([]);
      sheet.addRow(['external_leavers', 'FARSTA', 'SOC', '2025-T1', { formula: '1+2', result: 3 }, null]);
      book.addWorksheet('Anteckningar').addRow(['ignored', 'sheet']);
    });
    const sheet = await openXlsx(source(file));
    expect(sheet).toMatchObject({ format: 'xlsx', decimalComma: true, extraFieldsAllowed: 'always' });
    const rows = await rowsOf(sheet);
    expect(rows).toEqual([
      { number: 1, cells: ['Uppgift', 'Enhet', 'Yrkesgrupp', 'Period', 'Värde', 'Kommentar'] },
      { number: 2, cells: ['average_headcount', 'FARSTA', 'SOC', '2025-T1', 41.5, 'Två nya'] },
      { number: 4, cells: ['external_leavers', 'FARSTA', 'SOC', '2025-T1', 3] },
    ]);
  });

  it('refuses what is not a workbook, or only part of one, and yields nothing for an empty file', async () => {
    expect(await codeOf(async () => rowsOf(await openXlsx(source(bytes('value;1\n')))))).toBe('imports.unreadable_file');
    const file = await workbook((book) => book.addWorksheet('A').addRow(['unit', 'value']));
    expect(await codeOf(async () => rowsOf(await openXlsx(source(file.subarray(0, Math.floor(file.length / 2))))))).toBe(
      'imports.unreadable_file',
    );
    expect(await rowsOf(await openXlsx(source(Buffer.alloc(0))))).toEqual([]);
  });

  it('reads every kind of cell Excel writes: booleans, errors, dates, rich text, formulas with their results', async () => {
    const file = await workbook((book) => {
      const sheet = book.addWorksheet('A');
      sheet.addRow([true, false, { error: '#DIV/0!' }, { formula: 'A1', result: 7 }, { formula: 'B1', result: 'x' }, { formula: 'C1' }]);
      sheet.addRow([{ richText: [{ text: 'a' }, { text: 'b' }] }, { text: 'länk', hyperlink: 'https://example.org' }, 'å & <ä>']);
    });
    expect(await rowsOf(await openXlsx(source(file)))).toEqual([
      { number: 1, cells: ['TRUE', 'FALSE', '#DIV/0!', 7, 'x'] },
      { number: 2, cells: ['ab', 'länk', 'å & <ä>'] },
    ]);
  });
});

describe('an upload spooled to a temporary file', () => {
  /** The temporary files left, with TMPDIR pointed at a fresh directory while `work` runs. */
  async function leftovers(work: () => Promise<void>): Promise<string[]> {
    const directory = await mkdtemp(join(tmpdir(), 'planpuls-spool-test-'));
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = directory;
    try {
      await work();
      return await readdir(directory);
    } finally {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
      await rm(directory, { recursive: true, force: true });
    }
  }
  const csv = () => bytes('uppgift;enhet;yrkesgrupp;period;värde\r\nsick_hours;FARSTA;SOC;2025-T3;12,5\r\n');

  it('is received in full before the head is read, and gives the same rows', async () => {
    let spooledFiles: string[] = [];
    const left = await leftovers(async () => {
      const sheet = await openSpooledCsv(source(csv(), 7));
      spooledFiles = await readdir(process.env.TMPDIR!);
      expect(await rowsOf(sheet)).toEqual([
        { number: 1, cells: ['uppgift', 'enhet', 'yrkesgrupp', 'period', 'värde'] },
        { number: 2, cells: ['sick_hours', 'FARSTA', 'SOC', '2025-T3', '12,5'] },
      ]);
      await sheet.close();
    });
    expect(spooledFiles).toHaveLength(1);
    expect(left).toEqual([]);
  });

  it('is removed when the sheet is closed without its rows being read', async () => {
    const left = await leftovers(async () => {
      const csvSheet = await openSpooledCsv(source(csv()));
      await csvSheet.close();
      const xlsxSheet = await openXlsx(source(bytes('not read')));
      await xlsxSheet.close();
    });
    expect(left).toEqual([]);
  });

  it('is removed when reading stops at an error', async () => {
    const left = await leftovers(async () => {
      const sheet = await openSpooledCsv(source(bytes('a;b\r\n"never closed\r\n')));
      expect(await codeOf(() => rowsOf(sheet))).toBe('imports.unreadable_file');
      await sheet.close();
    });
    expect(left).toEqual([]);
  });
});
