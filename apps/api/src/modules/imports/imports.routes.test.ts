import { Readable } from 'node:stream';
import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import Fastify, { type FastifyInstance, type InjectOptions } from 'fastify';
import { IMPORT_XLSX_TYPE } from '@planpuls/contracts';
import { municipalities, type Database } from '@planpuls/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { errorSchema } from '../../errors';
import { useErrorHandler } from '../../plugins/error-handler';
import { useJsonBodyParser } from '../../plugins/json-body';
import { useStrictValidation } from '../../plugins/validation';
import { useTestApp } from '../../testing/test-app';
import { capacityOf, generatedCsvLines, loadGeneratedFileCodes } from './imports.generated-file';
import { importsRoutes } from './imports.routes';
import { importsServiceFactory } from './imports.service';
import type { Services } from '../../services';

const CSV = 'text/csv';
const SWEDISH_HEADER = 'uppgift;enhet;yrkesgrupp;period;värde;kommentar';
/** A file as Swedish Excel saves "CSV UTF-8": BOM, semicolons, CRLF. */
const swedishCsv = (...rows: string[]) => `\uFEFF${[SWEDISH_HEADER, ...rows].join('\r\n')}\r\n`;

async function xlsxOf(rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Värden');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A multipart/form-data body as a browser sends it, through the platform's own FormData. */
async function formOf(fields: Array<[name: string, value: string | Blob, filename?: string]>) {
  const form = new FormData();
  for (const [name, value, filename] of fields) {
    if (typeof value === 'string') form.append(name, value);
    else form.append(name, value, filename);
  }
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return { payload: Buffer.from(await request.arrayBuffer()), headers: { 'content-type': request.headers.get('content-type')! } };
}

describe('POST /api/v1/imports', () => {
  const t = useTestApp('demo');
  const post = (payload: InjectOptions['payload'], contentType: string | undefined, query = '') =>
    t.app.inject({ method: 'POST', url: `/api/v1/imports${query}`, payload, headers: contentType ? { 'content-type': contentType } : {} });
  const stored = async () =>
    (
      await t.database.owner.execute<{ count: number; versions: number }>(
        sql`SELECT count(*)::int AS count, coalesce(sum(version), 0)::int AS versions FROM data_values`,
      )
    ).rows[0];
  const valuesAt = async (query: string) =>
    (await t.app.inject({ method: 'GET', url: `/api/v1/data-values?${query}` })).json().items as Array<{
      dataElement: string;
      group: string | null;
      value: number;
      note: string | null;
      version: number;
    }>;

  it('imports Swedish Excel CSV: BOM, semicolons, decimal comma, an empty group for an unsplit element', async () => {
    const file = swedishCsv(
      'average_headcount;FARSTA;SOC;2026-T1;41,5;Två nyanställda',
      'external_leavers;FARSTA;SOC;2026-T1;3;',
      'student_placements;FARSTA;;2026-T1;2;',
    );
    const response = await post(file, 'text/csv; charset=utf-8');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      dryRun: false,
      rows: 3,
      valid: 3,
      invalid: 0,
      toCreate: 3,
      toUpdate: 0,
      unchanged: 0,
      errors: [],
      errorsTotal: 0,
      errorsPage: 1,
      errorsPageSize: 100,
      errorsByCode: {},
    });
    const values = await valuesAt('unit=FARSTA&period=2026-T1');
    expect(values.map(({ dataElement, group, value, note, version }) => ({ dataElement, group, value, note, version }))).toEqual(
      expect.arrayContaining([
        { dataElement: 'average_headcount', group: 'SOC', value: 41.5, note: 'Två nyanställda', version: 1 },
        { dataElement: 'external_leavers', group: 'SOC', value: 3, note: null, version: 1 },
        { dataElement: 'student_placements', group: null, value: 2, note: null, version: 1 },
      ]),
    );
  });

  it('keeps notes with tabs, line breaks, backslashes and quotes intact', async () => {
    const note = 'Rad ett\tflik\r\nrad två \\N och \\ "citat"';
    const file = swedishCsv(`student_placements;NORRMALM;;2026-T1;1;"${note.replaceAll('"', '""')}"`);
    const response = await post(file, CSV);
    expect(response.statusCode, response.body).toBe(200);
    const [value] = await valuesAt('dataElement=student_placements&unit=NORRMALM&period=2026-T1');
    expect(value!.note).toBe(note);
  });

  it('imports plain comma CSV with decimal points and English headers in any case, sent as application/csv', async () => {
    const file = 'Data_Element,UNIT,Group,Period,Value\nsick_hours,BROMMA,BIST,2026-T1,120.25\nsystem_downtime_hours,BROMMA,,2026-T1,3.5\n';
    const response = await post(file, 'application/csv');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ rows: 2, valid: 2, toCreate: 2 });
    const [sick] = await valuesAt('dataElement=sick_hours&unit=BROMMA&group=BIST&period=2026-T1');
    expect(sick!.value).toBe(120.25);
  });

  it('imports the first worksheet of an XLSX file: numbers, text with a decimal comma, formulas', async () => {
    const file = await xlsxOf([
      ['Uppgift', 'Enhet', 'Yrkesgrupp', 'Period', 'Värde', 'Kommentar'],
      ['average_headcount', 'SKARHOLMEN', 'SOC', '2026-T1', 38.5, 'Från lönesystemet'],
      ['sick_hours', 'SKARHOLMEN', 'SOC', '2026-T1', '210,5', null],
      ['external_leavers', 'SKARHOLMEN', 'SOC', '2026-T1', { formula: '2+2', result: 4 }, null],
      ['survey_respondents', 'SKARHOLMEN', 'SOC', 2025, 31, null],
    ]);
    // 2024 is a closed year of the demo: a change to it needs a reason.
    const response = await post(file, IMPORT_XLSX_TYPE, '?reason=Efterregistrering');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ rows: 4, valid: 4, invalid: 0 });
    const values = await valuesAt('unit=SKARHOLMEN&group=SOC&period=2026-T1');
    expect(Object.fromEntries(values.map((value) => [value.dataElement, value.value]))).toEqual({
      average_headcount: 38.5,
      sick_hours: 210.5,
      external_leavers: 4,
    });
  });

  it('accepts the file from a multipart form, CSV or XLSX, by its name', async () => {
    const csv = await formOf([
      ['file', new Blob([swedishCsv('open_cases;SPANGA_TENSTA;SOC;2026-T1;55;')], { type: 'application/vnd.ms-excel' }), 'värden.csv'],
    ]);
    const fromCsv = await t.app.inject({ method: 'POST', url: '/api/v1/imports', ...csv });
    expect(fromCsv.statusCode, fromCsv.body).toBe(200);
    expect(fromCsv.json()).toMatchObject({ rows: 1, toCreate: 1 });

    const xlsx = await formOf([
      ['comment', 'ignored'],
      [
        'file',
        new Blob([
          await xlsxOf([
            ['data_element', 'unit', 'group', 'period', 'value'],
            ['open_cases', 'SPANGA_TENSTA', 'BIST', '2026-T1', 12],
          ]),
        ]),
        'values.xlsx',
      ],
    ]);
    const fromXlsx = await t.app.inject({ method: 'POST', url: '/api/v1/imports', ...xlsx });
    expect(fromXlsx.statusCode, fromXlsx.body).toBe(200);
    expect(fromXlsx.json()).toMatchObject({ rows: 1, toCreate: 1 });

    const wrongField = await formOf([['upload', new Blob(['x']), 'values.csv']]);
    const missing = await t.app.inject({ method: 'POST', url: '/api/v1/imports', ...wrongField });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.code).toBe('imports.file_missing');
    const pdf = await formOf([['file', new Blob(['%PDF-1.7']), 'värden.pdf']]);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/imports', ...pdf })).statusCode).toBe(415);
  });

  const mixedFile = swedishCsv(
    'external_leavers;KUNGSHOLMEN;SOC;2026-T2;4;', // row 1: fine
    'external_leavers;ATLANTIS;SOC;2026-T2;4;', // row 2: unknown unit
    'external_leavers;KUNGSHOLMEN;;2026-T2;1,5;', // row 3: group missing, not an integer
    'external_leavers;KUNGSHOLMEN;SOC;2026-Q2;1;', // row 4: a quarter for a tertial element
    'average_headcount;KUNGSHOLMEN;SOC;2026-T2;-3;', // row 5: below the minimum
    'external_leavers;KUNGSHOLMEN;SOC;2026-T2;5;', // row 6: same as row 1
    'sick_hours;KUNGSHOLMEN;SOC;2026-T9;tolv;', // row 7: bad period, not a number
  );

  it('in a dry run lists every problem by row and column and changes nothing', async () => {
    const before = await stored();
    const response = await post(mixedFile, CSV, '?dryRun=true');
    expect(response.statusCode, response.body).toBe(200);
    const summary = response.json();
    expect(summary).toMatchObject({ dryRun: true, rows: 7, valid: 1, invalid: 6, toCreate: 1, toUpdate: 0, unchanged: 0, errorsTotal: 8 });
    expect(
      summary.errors.map(({ row, column, code }: { row: number; column: string | null; code: string }) => ({ row, column, code })),
    ).toEqual([
      { row: 2, column: 'unit', code: 'imports.unknown_unit' },
      { row: 3, column: 'group', code: 'imports.group_required' },
      { row: 3, column: 'value', code: 'imports.not_integer' },
      { row: 4, column: 'period', code: 'imports.wrong_frequency' },
      { row: 5, column: 'value', code: 'imports.out_of_range' },
      { row: 6, column: null, code: 'imports.duplicate_row' },
      { row: 7, column: 'period', code: 'imports.invalid_period' },
      { row: 7, column: 'value', code: 'imports.invalid_number' },
    ]);
    expect(summary.errors.every((error: { message: string }) => error.message.length > 0)).toBe(true);
    expect(await stored()).toEqual(before);

    const firstTwo = await post(mixedFile, CSV, '?dryRun=true&errorsLimit=2');
    expect(firstTwo.json().errors).toHaveLength(2);
    expect(firstTwo.json().errorsTotal).toBe(8);
    expect((await post(mixedFile, CSV, '?dryRun=true&errorsLimit=1001')).statusCode).toBe(400);

    const secondPage = (await post(mixedFile, CSV, '?dryRun=true&errorsLimit=3&errorsPage=2')).json();
    expect(secondPage).toMatchObject({ errorsPage: 2, errorsPageSize: 3, errorsTotal: 8, invalid: 6 });
    expect(secondPage.errors.map(({ row, code }: { row: number; code: string }) => `${row}:${code}`)).toEqual([
      '4:imports.wrong_frequency',
      '5:imports.out_of_range',
      '6:imports.duplicate_row',
    ]);
    expect(secondPage.errorsByCode).toEqual({
      'imports.unknown_unit': 1,
      'imports.group_required': 1,
      'imports.not_integer': 1,
      'imports.wrong_frequency': 1,
      'imports.out_of_range': 1,
      'imports.duplicate_row': 1,
      'imports.invalid_period': 1,
      'imports.invalid_number': 1,
    });
    // In plain Swedish.
    expect(summary.errors[0].message).toBe('Det finns ingen enhet ”ATLANTIS” i kommunen.');
    expect(summary.errors[3].message).toBe('”external_leavers” lämnas per tertial; 2026-Q2 passar inte (till exempel 2025-T2).');
  });

  it('writes nothing when one row is bad, answering 400 with the dry run’s summary', async () => {
    const before = await stored();
    const file = swedishCsv(
      'external_leavers;NORRMALM;SOC;2026-T2;4;',
      'external_leavers;NORRMALM;BIST;2026-T2;2;',
      'external_leavers;NORRMALM;CHEF;2026-T2;-1;',
    );
    const response = await post(file, CSV);
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('imports.invalid_rows');
    expect(error.details).toHaveLength(1);
    expect(error.details[0]).toMatchObject({
      field: 'file',
      dryRun: false,
      rows: 3,
      valid: 2,
      invalid: 1,
      toCreate: 2,
      errorsTotal: 1,
      errors: [{ row: 3, column: 'value', code: 'imports.out_of_range' }],
    });
    expect(await stored()).toEqual(before);
    expect(await valuesAt('unit=NORRMALM&period=2026-T2')).toEqual([]);
  });

  describe('a valid file', () => {
    const rows = ['SOC', 'BIST', 'CHEF'].flatMap((group, i) => [
      `average_headcount;OSTERMALM;${group};2026-T3;${40 + i},5;`,
      `external_leavers;OSTERMALM;${group};2026-T3;${i};Notering ${group}`,
    ]);
    const file = swedishCsv(...rows, 'student_placements;OSTERMALM;;2026-T3;6;');

    it('writes all its rows in one go', async () => {
      const before = await stored();
      const response = await post(file, CSV, '?reason=Tertialrapport%20T3');
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({ rows: 7, valid: 7, toCreate: 7, toUpdate: 0, unchanged: 0 });
      const after = await stored();
      expect(after!.count).toBe(before!.count + 7);
      expect(after!.versions).toBe(before!.versions + 7);
      const audited = await t.database.owner.execute(
        sql`SELECT count(*)::int AS count FROM audit_entries WHERE entity_type = 'data_values' AND action = 'create' AND reason = 'Tertialrapport T3'`,
      );
      expect(audited.rows[0]).toEqual({ count: 7 });
    });

    it('imported again changes nothing: all unchanged, no version bumped, in a dry run and for real', async () => {
      const before = await stored();
      const dry = await post(file, CSV, '?dryRun=true');
      expect(dry.json()).toMatchObject({ dryRun: true, rows: 7, toCreate: 0, toUpdate: 0, unchanged: 7 });
      const again = await post(file, CSV);
      expect(again.statusCode).toBe(200);
      expect(again.json()).toMatchObject({ dryRun: false, rows: 7, toCreate: 0, toUpdate: 0, unchanged: 7 });
      expect(await stored()).toEqual(before);
    });

    it('changes only what differs, bumping those versions; without a note column notes are kept', async () => {
      const before = await stored();
      const changed = swedishCsv(
        ...rows.map((row) =>
          row.replace('external_leavers;OSTERMALM;SOC;2026-T3;0;Notering SOC', 'external_leavers;OSTERMALM;SOC;2026-T3;0;Rättad notering'),
        ),
        'student_placements;OSTERMALM;;2026-T3;7;',
      );
      const response = await post(changed, CSV);
      expect(response.json()).toMatchObject({ toCreate: 0, toUpdate: 2, unchanged: 5 });
      expect((await stored())!.versions).toBe(before!.versions + 2);

      const withoutNotes =
        'uppgift;enhet;yrkesgrupp;period;värde\nexternal_leavers;OSTERMALM;BIST;2026-T3;1\nexternal_leavers;OSTERMALM;CHEF;2026-T3;9\n';
      const kept = await post(withoutNotes, CSV);
      expect(kept.json()).toMatchObject({ toUpdate: 1, unchanged: 1 });
      const values = await valuesAt('dataElement=external_leavers&unit=OSTERMALM&period=2026-T3');
      expect(values.map(({ group, value, note, version }) => ({ group, value, note, version }))).toEqual(
        expect.arrayContaining([
          { group: 'SOC', value: 0, note: 'Rättad notering', version: 2 },
          { group: 'BIST', value: 1, note: 'Notering BIST', version: 1 },
          { group: 'CHEF', value: 9, note: 'Notering CHEF', version: 2 },
        ]),
      );
    });
  });

  it('answers 415 for any other media type, and for no body at all', async () => {
    for (const [payload, contentType] of [
      ['{"value": 1}', 'application/json'],
      ['value;1', 'text/plain'],
      ['<value>1</value>', 'application/xml'],
      ['value=1', 'application/x-www-form-urlencoded'],
      ['value;1', undefined],
    ] as const) {
      const response = await post(payload, contentType);
      expect(response.statusCode, `${contentType}: ${response.body}`).toBe(415);
      expect(response.json().error.code).toBe('request.unsupported_media_type');
      expect(response.json().error.message).toContain('text/csv');
    }
    const empty = await t.app.inject({ method: 'POST', url: '/api/v1/imports' });
    expect(empty.statusCode).toBe(415);
  });

  it('never answers 500 to a malformed upload, and writes nothing', async () => {
    const before = await stored();
    const bodies: Array<string | Buffer> = [
      '',
      '{',
      '"',
      '\r',
      '\u0000\u0001\u0002',
      ';;;;\n;;;;\n',
      'uppgift;enhet;period;värde\n"unclosed;FARSTA;2026-T1;1\n',
      `uppgift;enhet;period;värde\n${'x'.repeat(200_000)}\n`,
      'x'.repeat(100_000),
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0xff, 0xff]),
      Buffer.from([0xef, 0xbb, 0xbf, 0xc3, 0x28]),
    ];
    const contentTypes = [CSV, IMPORT_XLSX_TYPE, 'multipart/form-data', 'multipart/form-data; boundary=x', 'text/csv; charset=latin1'];
    for (const payload of bodies) {
      for (const contentType of contentTypes) {
        for (const query of ['', '?dryRun=true']) {
          const response = await post(payload, contentType, query);
          const label = `${contentType} ${String(payload).slice(0, 20)} ${query}`;
          expect(response.statusCode, `${label}: ${response.body}`).toBeGreaterThanOrEqual(400);
          expect(response.statusCode, `${label}: ${response.body}`).toBeLessThan(500);
          expect(response.json().error.code, label).toMatch(/^[a-z_]+\.[a-z_]+$/);
        }
      }
    }
    expect(await stored()).toEqual(before);
  });

  it('writes nothing when a file breaks after thousands of good rows have been staged, and keeps its connection usable', async () => {
    const codes = await loadGeneratedFileCodes(t.database.owner);
    const good = Buffer.from([...generatedCsvLines(codes, 5_000, 3)].join(''));
    const before = await stored();
    for (const [tail, code] of [
      [Buffer.from([0xc3, 0x28, 0x0d, 0x0a]), 'imports.invalid_encoding'],
      [Buffer.from('"never closed;FARSTA;SOC;2026-T1;1\r\n'), 'imports.unreadable_file'],
    ] as const) {
      for (const query of ['', '?dryRun=true']) {
        const response = await post(Buffer.concat([good, tail]), CSV, query);
        expect(response.statusCode, response.body).toBe(400);
        expect(response.json().error.code).toBe(code);
      }
    }
    expect(await stored()).toEqual(before);
    // Every connection of the pool still works: as many imports as it has connections, and then some.
    for (let i = 0; i < 12; i++) {
      const response = await post(swedishCsv('student_placements;FARSTA;;2026-T2;1;'), CSV, '?dryRun=true');
      expect(response.statusCode, response.body).toBe(200);
    }
  });

  it('answers 413 for a body declared larger than 20 MB, without reading it', async () => {
    const response = await post(Buffer.alloc(20 * 1024 * 1024 + 1, 0x61), CSV);
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('request.payload_too_large');
    expect(response.json().error.message).toContain('20 MB');
  });

  it('gives clear errors for an empty file, a header alone, missing columns and a broken workbook', async () => {
    const codeOf = async (payload: InjectOptions['payload'], contentType = CSV) => {
      const response = await post(payload, contentType);
      expect(response.statusCode, response.body).toBe(400);
      return response.json().error.code;
    };
    expect(await codeOf('')).toBe('imports.empty_file');
    expect(await codeOf('\uFEFF\r\n\r\n')).toBe('imports.empty_file');
    expect(await codeOf(swedishCsv())).toBe('imports.no_rows');
    expect(await codeOf('enhet;period;värde\nFARSTA;2026-T1;1\n')).toBe('imports.missing_columns');
    expect(await codeOf(Buffer.from('uppgift;enhet;period;värde\nx;FARSTA;2026-T1;1\n', 'latin1'))).toBe('imports.invalid_encoding');
    expect(await codeOf(Buffer.alloc(0), IMPORT_XLSX_TYPE)).toBe('imports.empty_file');
    expect(await codeOf(await xlsxOf([['uppgift', 'enhet', 'yrkesgrupp', 'period', 'värde']]), IMPORT_XLSX_TYPE)).toBe('imports.no_rows');
    expect(await codeOf('value;1\n', IMPORT_XLSX_TYPE)).toBe('imports.unreadable_file');
    const workbook = await xlsxOf([
      ['uppgift', 'enhet', 'period', 'värde'],
      ['student_placements', 'FARSTA', '2026-T1', 1],
    ]);
    expect(await codeOf(workbook.subarray(0, workbook.length - 200), IMPORT_XLSX_TYPE)).toBe('imports.unreadable_file');
  });

  // 100,000 rows take minutes on a busy two-core machine; `pnpm bench` imports 100,000 and times them.
  const ROWS = Number(process.env.IMPORT_TEST_ROWS ?? 20_000);

  it(`imports a generated file of ${ROWS} rows, streamed, and again without changing anything`, { timeout: 120_000 + ROWS }, async () => {
    const codes = await loadGeneratedFileCodes(t.database.owner);
    expect(capacityOf(codes)).toBeGreaterThanOrEqual(ROWS);
    const lines = () => generatedCsvLines(codes, ROWS);
    const send = (query = '') =>
      t.app.inject({ method: 'POST', url: `/api/v1/imports${query}`, payload: Readable.from(lines()), headers: { 'content-type': CSV } });

    const before = await stored();
    const dry = await send('?dryRun=true');
    expect(dry.statusCode, dry.body).toBe(200);
    const plan = dry.json();
    expect(plan).toMatchObject({ rows: ROWS, valid: ROWS, invalid: 0, errorsTotal: 0 });
    expect(plan.toCreate + plan.toUpdate + plan.unchanged).toBe(ROWS);
    expect(await stored()).toEqual(before);

    const history = async () =>
      (
        await t.database.owner.execute<{ action: string; count: number }>(
          sql`SELECT action, count(*)::int AS count FROM audit_entries WHERE entity_type = 'data_values' AND reason = 'Årsimport' GROUP BY action ORDER BY action`,
        )
      ).rows;
    const written = await send('?reason=%C3%85rsimport');
    expect(written.statusCode, written.body).toBe(200);
    expect(written.json()).toMatchObject({ rows: ROWS, toCreate: plan.toCreate, toUpdate: plan.toUpdate });
    const after = await stored();
    expect(after!.count).toBe(before!.count + plan.toCreate);
    // One history row per value written, none for the unchanged ones.
    const expected = [
      { action: 'create', count: plan.toCreate },
      { action: 'update', count: plan.toUpdate },
    ].filter((row) => row.count > 0);
    expect(await history()).toEqual(expected);

    const again = await send('?reason=%C3%85rsimport');
    expect(again.json()).toMatchObject({ rows: ROWS, toCreate: 0, toUpdate: 0, unchanged: ROWS });
    expect(await stored()).toEqual(after);
    expect(await history()).toEqual(expected);
  });
});

/** The imports routes alone, with a small size limit, as app.ts would mount them with a configured one. */
async function appWithLimit(db: Database, limitBytes: number): Promise<FastifyInstance> {
  const [stockholm] = await db.select({ id: municipalities.id }).from(municipalities).where(eq(municipalities.code, 'STOCKHOLM'));
  const app = Fastify({ logger: false });
  app.decorate('db', db);
  app.decorate('config', loadConfig({ PLANPULS_MODE: 'development' }));
  // The one service these routes use, as the composition root builds it.
  app.decorate('services', { imports: importsServiceFactory({ db }) } as Pick<Services, 'imports'> as Services);
  app.addSchema(errorSchema);
  useStrictValidation(app);
  useJsonBodyParser(app);
  useErrorHandler(app);
  await app.register(
    async (scoped) => {
      scoped.decorateRequest('municipalityId', '');
      scoped.addHook('preHandler', async (request) => {
        request.municipalityId = stockholm!.id;
      });
      await scoped.register(importsRoutes, { limitBytes });
    },
    { prefix: '/api/v1' },
  );
  await app.ready();
  return app;
}

describe('the size limit', () => {
  const t = useTestApp('demo');
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await appWithLimit(t.database.app, 1024);
  });
  afterAll(() => app?.close());

  const bigCsv = swedishCsv(...Array.from({ length: 100 }, (_, i) => `external_leavers;FARSTA;SOC;${2000 + i}-T1;1;`));

  it('is enforced while streaming a body without a declared length, writing nothing', async () => {
    expect(Buffer.byteLength(bigCsv)).toBeGreaterThan(1024);
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/imports',
      payload: Readable.from([Buffer.from(bigCsv)]),
      headers: { 'content-type': CSV },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error).toMatchObject({ code: 'request.payload_too_large', message: expect.stringContaining('1024 byte') });
    expect(response.headers.connection).toBe('close');
    const small = await app.inject({
      method: 'POST',
      url: '/api/v1/imports?dryRun=true',
      payload: swedishCsv('external_leavers;FARSTA;SOC;2000-T1;1;'),
      headers: { 'content-type': CSV },
    });
    expect(small.statusCode, small.body).toBe(200);
  });

  it('answers 413 over a real connection while the client is still sending, and serves the next request', async () => {
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const chunk = new TextEncoder().encode(bigCsv);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 10_000) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await fetch(`${base}/api/v1/imports`, {
      method: 'POST',
      headers: { 'content-type': CSV },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('request.payload_too_large');
    expect(sent).toBeLessThan(10_000); // it stopped reading long before the end
    const next = await fetch(`${base}/api/v1/imports?dryRun=true`, {
      method: 'POST',
      headers: { 'content-type': CSV },
      body: swedishCsv('external_leavers;FARSTA;SOC;2000-T1;1;'),
    });
    expect(next.status).toBe(200);
  });

  it('applies to a declared length, to workbooks and to files in a form', async () => {
    expect(
      (await app.inject({ method: 'POST', url: '/api/v1/imports', payload: bigCsv, headers: { 'content-type': CSV } })).statusCode,
    ).toBe(413);
    const workbook = await xlsxOf([
      ['uppgift', 'enhet', 'yrkesgrupp', 'period', 'värde'],
      ...Array.from({ length: 200 }, (_, i) => ['external_leavers', 'FARSTA', 'SOC', `${2000 + i}-T1`, i]),
    ]);
    const streamed = await app.inject({
      method: 'POST',
      url: '/api/v1/imports',
      payload: Readable.from([workbook]),
      headers: { 'content-type': IMPORT_XLSX_TYPE },
    });
    expect(streamed.statusCode).toBe(413);
    const form = await formOf([['file', new Blob([bigCsv]), 'värden.csv']]);
    const inForm = await app.inject({ method: 'POST', url: '/api/v1/imports', ...form });
    expect(inForm.statusCode).toBe(413);
    expect(inForm.json().error.code).toBe('request.payload_too_large');
  });
});

describe('who may import', () => {
  const t = useTestApp('demo');
  const file = swedishCsv('student_placements;FARSTA;;2026-T2;3;', 'student_placements;SPANGA_TENSTA;;2026-T2;5;');
  const postAs = (cookie: string | undefined, payload: string, query = '') =>
    (cookie === undefined ? t.anonymous : t.app).inject({
      method: 'POST',
      url: `/api/v1/imports${query}`,
      payload,
      headers: { 'content-type': CSV, ...(cookie ? { cookie } : {}) },
    });
  const count = async () => (await t.database.owner.execute(sql`SELECT count(*)::int AS count FROM data_values`)).rows[0];

  it('refuses nobody logged in with 401, and union and viewer users with 403, dry runs included', async () => {
    const before = await count();
    for (const query of ['', '?dryRun=true']) {
      const anonymous = await postAs(undefined, file, query);
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.json().error.code).toBe('auth.not_logged_in');
      for (const email of ['ssr.central@planpuls.test', 'lasare@planpuls.test']) {
        const response = await postAs(await t.loginAs(email), file, query);
        expect(response.statusCode, email).toBe(403);
        expect(response.json().error.code).toBe('auth.forbidden');
      }
    }
    expect(await count()).toEqual(before);
  });

  it('lets HR import its own units only: a row for another unit refuses the file', async () => {
    const hr = await t.loginAs('hr.farsta@planpuls.test');
    const dry = await postAs(hr, file, '?dryRun=true');
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({ valid: 1, invalid: 1, errors: [{ row: 2, column: 'unit', code: 'imports.unit_forbidden' }] });
    const refused = await postAs(hr, file);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details[0].errors[0].code).toBe('imports.unit_forbidden');
    const own = await postAs(hr, swedishCsv('student_placements;FARSTA;;2026-T2;3;'));
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({ toCreate: 1 });
  });
});
