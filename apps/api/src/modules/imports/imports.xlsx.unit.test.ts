import { readdirSync, readlinkSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../errors';
import { repeatedDeflate, rowXml, sheetXml, workbookOf, zipOf } from '../../testing/zip-builder';
import type { SheetRow } from './imports.sheet';
import { readXlsxRows, XLSX_LIMITS, type XlsxLimits } from './imports.xlsx';

let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'planpuls-xlsx-test-'));
});
afterAll(() => rm(directory, { recursive: true, force: true }));

let files = 0;
async function rowsOf(file: Buffer, limits: Partial<XlsxLimits> = {}): Promise<SheetRow[]> {
  const path = join(directory, `${++files}.xlsx`);
  await writeFile(path, file);
  const rows: SheetRow[] = [];
  for await (const batch of readXlsxRows(path, file.length, { limits: { ...XLSX_LIMITS, ...limits } })) rows.push(...batch);
  return rows;
}

async function refusal(file: Buffer, limits: Partial<XlsxLimits> = {}): Promise<{ status: number; code: string; message: string }> {
  try {
    await rowsOf(file, limits);
  } catch (error) {
    if (error instanceof ApiError) return { status: error.statusCode, code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected the workbook to be refused');
}

const header = rowXml(1, ['uppgift', 'enhet', 'period', 'värde']);
const sharedStrings = (items: string) =>
  `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${items}</sst>`;

describe('reading a workbook', () => {
  it('reads shared, inline, numeric, boolean, error, date and formula cells of the first worksheet', async () => {
    const file = workbookOf({
      sheet: sheetXml(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1"><v>41.5</v></c><c r="D1" t="b"><v>1</v></c></row>' +
          '<row r="3"><c r="A3" t="e"><v>#N/A</v></c><c r="B3" t="d"><v>2025-04-30T00:00:00Z</v></c><c r="C3" t="str"><f>A1</f><v>x</v></c><c r="D3"><f>1+2</f><v>3</v></c><c r="E3"><f>B1</f></c></row>',
      ),
      sharedStrings: sharedStrings('<si><t>FARSTA</t></si><si><r><t>Två </t></r><r><t>nya</t></r><rPh><t>ignored</t></rPh></si>'),
    });
    expect(await rowsOf(file)).toEqual([
      { number: 1, cells: ['FARSTA', 'Två nya', 41.5, 'TRUE'] },
      { number: 3, cells: ['#N/A', '2025-04-30', 'x', 3] },
    ]);
  });

  it('keeps a row with a cell in column XFD sparse: one slot, not 16,384', async () => {
    const rows = await rowsOf(
      workbookOf({ sheet: sheetXml('<row r="2"><c r="A2"><v>1</v></c><c r="XFD2" t="inlineStr"><is><t>x</t></is></c></row>') }),
    );
    expect(rows).toHaveLength(1);
    const cells = rows[0]!.cells;
    expect(cells.length).toBe(16_384);
    expect(Object.keys(cells)).toEqual(['0', '16383']);
    expect(cells[16_383]).toBe('x');
  });

  it('refuses cells beyond XFD1048576, the last one Excel has', async () => {
    expect(await refusal(workbookOf({ sheet: sheetXml('<row r="1"><c r="XFE1"><v>1</v></c></row>') }))).toMatchObject({
      status: 400,
      code: 'imports.cell_out_of_range',
    });
    expect(await refusal(workbookOf({ sheet: sheetXml('<row r="1048577"><c r="A1048577"><v>1</v></c></row>') }))).toMatchObject({
      status: 400,
      code: 'imports.cell_out_of_range',
    });
    expect(await refusal(workbookOf({ sheet: sheetXml('<row r="99999999999999999999"><c r="A1"><v>1</v></c></row>') }))).toMatchObject({
      code: 'imports.cell_out_of_range',
    });
  });

  it('refuses a zip bomb by the size its directory declares, before unpacking anything', async () => {
    const sheet = { name: '', data: sheetXml(header), declaredSize: 0xfffffff0 };
    expect(await refusal(workbookOf({ sheet }))).toMatchObject({ status: 413, code: 'imports.uncompressed_too_large' });
  });

  it('stops unpacking a part that unpacks to more than its directory says', async () => {
    const bomb = repeatedDeflate(
      sheetXml('').replace('</sheetData></worksheet>', ''),
      '<row/>'.repeat(10_000),
      10_000,
      '</sheetData></worksheet>',
    );
    // 600 MB of XML in well under a megabyte, declared as a kilobyte.
    expect(bomb.size).toBeGreaterThan(500_000_000);
    expect(bomb.bytes.length).toBeLessThan(2_000_000);
    const refused = await refusal(workbookOf({ sheet: { name: '', data: '', deflated: bomb, declaredSize: 1024 } }));
    expect(refused).toMatchObject({ status: 400, code: 'imports.unreadable_file' });
    expect(refused.message).toContain('större uppackad än zip-katalogen anger');
  });

  it('stops at the limit of unpacked bytes for all parts together', async () => {
    const rows = Array.from({ length: 200 }, (_, i) => rowXml(i + 2, ['x', 'FARSTA', '2025', i])).join('');
    expect(await refusal(workbookOf({ sheet: sheetXml(header + rows) }), { maxUncompressedBytes: 4096 })).toMatchObject({
      status: 413,
      code: 'imports.uncompressed_too_large',
    });
  });

  it('refuses more shared strings, or more text in them, than a workbook may hold: the 500,000 × 10,000 characters of the report stop at the limit', async () => {
    const long = 'a'.repeat(10_000);
    const bomb = repeatedDeflate(
      '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
      `<si><t>${long}</t></si>`,
      500_000,
      '</sst>',
    );
    expect(bomb.size).toBeGreaterThan(5_000_000_000);
    const heapBefore = process.memoryUsage().heapUsed;
    // The directory cannot declare 5 GB; it declares what fits under the limit.
    const refused = await refusal(
      workbookOf({ sheet: sheetXml(header), sharedStrings: { name: '', data: '', deflated: bomb, declaredSize: 200 * 1024 * 1024 } }),
    );
    expect(refused).toMatchObject({ status: 413, code: 'imports.too_many_strings' });
    // Generous: what the strings up to the limit take, far from the 4.4 GB that ended the server.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(400 * 1024 * 1024);

    expect(
      await refusal(workbookOf({ sheet: sheetXml(header), sharedStrings: sharedStrings('<si><t>a</t></si>'.repeat(11)) }), {
        maxSharedStrings: 10,
      }),
    ).toMatchObject({
      status: 413,
      code: 'imports.too_many_strings',
    });
    expect(
      await refusal(workbookOf({ sheet: sheetXml(header), sharedStrings: sharedStrings('<sst uniqueCount="2000000"/>') })),
    ).toMatchObject({ code: 'imports.too_many_strings' });
  });

  it('refuses a cell longer than Excel allows, shared or inline, however the text is split', async () => {
    const huge = 'b'.repeat(40_000);
    expect(await refusal(workbookOf({ sheet: sheetXml(header), sharedStrings: sharedStrings(`<si><t>${huge}</t></si>`) }))).toMatchObject({
      status: 400,
      code: 'imports.cell_too_long',
    });
    expect(
      await refusal(workbookOf({ sheet: sheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>${huge}</t></is></c></row>`) })),
    ).toMatchObject({ code: 'imports.cell_too_long' });
    // Text outside any cell is gathered by the parser too, so it is bounded as well.
    expect(await refusal(workbookOf({ sheet: sheetXml(`<row r="1">${'c'.repeat(2_000_000)}</row>`) }))).toMatchObject({
      code: 'imports.cell_too_long',
    });
  });

  it('expands no entities beyond the five of XML: a document type (billion laughs, external entities) is refused', async () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>' +
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol2;</t></si></sst>';
    expect(await refusal(workbookOf({ sheet: sheetXml(header), sharedStrings: laughs }))).toMatchObject({
      status: 400,
      code: 'imports.unreadable_file',
    });
    const external =
      '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&x;</t></is></c></row></sheetData></worksheet>';
    expect(await refusal(workbookOf({ sheet: external }))).toMatchObject({ code: 'imports.unreadable_file' });
    expect(
      await refusal(workbookOf({ sheet: sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>&undefined;</t></is></c></row>') })),
    ).toMatchObject({ code: 'imports.unreadable_file' });
  });

  it('refuses elements nested deeper than a workbook needs', async () => {
    const deep = `${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}`;
    const refused = await refusal(workbookOf({ sheet: sheetXml(`<row r="1">${deep}</row>`) }));
    expect(refused).toMatchObject({ status: 400, code: 'imports.unreadable_file' });
    expect(refused.message).toContain('nivåer inuti varandra');
  });

  it('refuses what is not a workbook: another zip, a damaged directory, entries outside the file, encryption, unknown compression', async () => {
    expect((await refusal(zipOf([{ name: 'word/document.xml', data: '<w/>' }]))).message).toContain('ingen Excel-arbetsbok');
    const file = workbookOf({ sheet: sheetXml(header) });
    const damaged = Buffer.from(file);
    damaged.writeUInt32LE(0xdeadbeef, damaged.length - 22 - (damaged.length - damaged.readUInt32LE(damaged.length - 6) - 22));
    expect(await refusal(damaged)).toMatchObject({ status: 400, code: 'imports.unreadable_file' });
    const outside = Buffer.from(file);
    outside.writeUInt32LE(0x7fffffff, outside.length - 6);
    expect(await refusal(outside)).toMatchObject({ code: 'imports.unreadable_file' });
    expect(await refusal(Buffer.from('PK\u0003\u0004 but nothing more'))).toMatchObject({ code: 'imports.unreadable_file' });
    expect(await refusal(Buffer.from('uppgift;enhet\n'))).toMatchObject({ code: 'imports.unreadable_file' });
    expect((await refusal(workbookOf({ sheet: { name: '', data: sheetXml(header), encrypted: true } }))).message).toContain('krypterad');
    // 14 is LZMA, which Excel never writes.
    expect((await refusal(workbookOf({ sheet: { name: '', data: sheetXml(header), method: 14 } }))).message).toContain(
      'packad på ett sätt som Excel inte använder',
    );
    expect(await refusal(zipOf([{ name: '../../etc/passwd', data: 'x' }]))).toMatchObject({ code: 'imports.unreadable_file' });
    const manyEntries = zipOf(Array.from({ length: 20 }, (_, i) => ({ name: `x${i}`, data: '' })));
    expect(await refusal(manyEntries, { maxEntries: 10 })).toMatchObject({ status: 413, code: 'imports.uncompressed_too_large' });
  });

  it('lets go of the file whether the workbook is read or refused', async () => {
    // The workbooks this test wrote: descriptors of anything else (the test runner's own) come and go.
    const open = () =>
      readdirSync('/proc/self/fd').filter((fd) => {
        try {
          return readlinkSync(`/proc/self/fd/${fd}`).startsWith(directory);
        } catch {
          return false;
        }
      }).length;
    // yauzl closes a file a few turns of the event loop after it is let go, later on a loaded machine: the tests
    // before this one must have let go of theirs before it counts.
    await expect.poll(open, { timeout: 5_000 }).toBe(0);
    const good = workbookOf({ sheet: sheetXml(header) });
    const lying = workbookOf({
      sheet: {
        name: '',
        data: '',
        deflated: repeatedDeflate('<worksheet><sheetData>', '<row/>', 100_000, '</sheetData></worksheet>'),
        declaredSize: 100,
      },
    });
    const deep = workbookOf({ sheet: sheetXml(`<row r="1">${'<x>'.repeat(1_000)}</row>`) });
    for (let round = 0; round < 20; round++) {
      await rowsOf(good);
      await refusal(lying);
      await refusal(deep);
      await refusal(zipOf([{ name: 'other.xml', data: '' }]));
    }
    await expect.poll(open, { timeout: 5_000 }).toBe(0);
  });

  it('reads only the first worksheet, however many there are', async () => {
    const extra = Array.from({ length: 50 }, (_, i) => ({ name: `xl/worksheets/sheet${i + 2}.xml`, data: sheetXml(rowXml(1, ['other'])) }));
    expect(await rowsOf(workbookOf({ sheet: sheetXml(header), extra }))).toEqual([
      { number: 1, cells: ['uppgift', 'enhet', 'period', 'värde'] },
    ]);
  });
});
