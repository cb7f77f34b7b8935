import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { IMPORT_XLSX_TYPE } from '@planpuls/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { loadConfig } from '../../config';
import { useTestApp } from '../../testing/test-app';
import { repeatedDeflate, rowXml, sheetXml, workbookOf } from '../../testing/zip-builder';

const header = rowXml(1, ['uppgift', 'enhet', 'yrkesgrupp', 'period', 'värde']);
const SST_HEAD = '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';

/** The hostile files of the class: each is refused as a whole with its code and a message in Swedish, nothing else. */
const hostile: Array<{ name: string; file: () => Buffer; status: number; code: string; says: string }> = [
  {
    name: 'the shared-strings bomb of the report (500,000 strings of 10,000 characters in a few MB)',
    file: () =>
      workbookOf({
        sheet: sheetXml(header),
        // 50 strings a piece, 10,000 pieces: 5 GB of XML in about 5 MB, as the report's file.
        sharedStrings: {
          name: '',
          data: '',
          deflated: repeatedDeflate(SST_HEAD, `<si><t>${'a'.repeat(10_000)}</t></si>`.repeat(50), 10_000, '</sst>'),
          declaredSize: 200 * 1024 * 1024,
        },
      }),
    status: 413,
    code: 'imports.too_many_strings',
    says: 'Dela upp den i flera filer.',
  },
  {
    name: 'a worksheet declared as 4 GB',
    file: () => workbookOf({ sheet: { name: '', data: sheetXml(header), declaredSize: 0xfffffff0 } }),
    status: 413,
    code: 'imports.uncompressed_too_large',
    says: 'Arbetsboken är för stor uppackad',
  },
  {
    name: 'a worksheet that unpacks to far more than it declares',
    file: () =>
      workbookOf({
        sheet: {
          name: '',
          data: '',
          deflated: repeatedDeflate('<worksheet><sheetData>', '<row/>'.repeat(10_000), 10_000, '</sheetData></worksheet>'),
          declaredSize: 4096,
        },
      }),
    status: 400,
    code: 'imports.unreadable_file',
    says: 'blir större uppackad än zip-katalogen anger',
  },
  {
    name: 'a billion-laughs document type',
    file: () =>
      workbookOf({
        sheet:
          '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet><sheetData/></worksheet>',
      }),
    status: 400,
    code: 'imports.unreadable_file',
    says: 'anger en dokumenttyp',
  },
  {
    name: 'a cell at XFE1, beyond Excel',
    file: () => workbookOf({ sheet: sheetXml(`${header}<row r="2"><c r="XFE2"><v>1</v></c></row>`) }),
    status: 400,
    code: 'imports.cell_out_of_range',
    says: 'ligger bortom XFD1048576',
  },
  {
    name: 'a cell of 100,000 characters',
    file: () =>
      workbookOf({ sheet: sheetXml(`${header}<row r="2"><c r="A2" t="inlineStr"><is><t>${'x'.repeat(100_000)}</t></is></c></row>`) }),
    status: 400,
    code: 'imports.cell_too_long',
    says: 'mer än Excel tillåter',
  },
  {
    name: 'a zip whose directory is cut off',
    file: () => workbookOf({ sheet: sheetXml(header) }).subarray(0, -10),
    status: 400,
    code: 'imports.unreadable_file',
    says: 'inget zip-arkiv, eller bara en del av ett',
  },
  {
    name: 'a text file sent as xlsx',
    file: () => Buffer.from('uppgift;enhet;period;värde\nx;FARSTA;2025;1\n'),
    status: 400,
    code: 'imports.unreadable_file',
    says: 'Filen gick inte att läsa som en Excel-arbetsbok (.xlsx): det är inget zip-arkiv',
  },
];

describe('hostile workbooks', () => {
  const t = useTestApp('demo');
  const stored = async () =>
    (
      await t.database.owner.execute<{ count: number; versions: number }>(
        sql`SELECT count(*)::int AS count, coalesce(sum(version), 0)::int AS versions FROM data_values`,
      )
    ).rows[0];

  it.each(hostile)(
    '$name: $status $code, the server answers /health meanwhile and after, nothing stored changes',
    async ({ file, status, code, says }) => {
      // Signs the shared administrator in before two requests run at once.
      await t.app.inject({ method: 'GET', url: '/api/v1/health' });
      const before = await stored();
      const heapBefore = process.memoryUsage().heapUsed;
      let heapPeak = heapBefore;
      const upload = t.app.inject({
        method: 'POST',
        url: '/api/v1/imports',
        payload: file(),
        headers: { 'content-type': IMPORT_XLSX_TYPE },
      });
      const during = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
      const sampler = setInterval(() => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)), 5);
      const response = await upload.finally(() => clearInterval(sampler));
      heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);

      expect(response.statusCode, response.body).toBe(status);
      expect(response.json().error.code).toBe(code);
      expect(response.json().error.message).toContain(says);
      expect(during.statusCode).toBe(200);
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/health' })).statusCode).toBe(200);
      expect(await stored()).toEqual(before);
      // Generous: the bounds keep one file far below this; the report's file took 4.4 GB.
      expect(heapPeak - heapBefore).toBeLessThan(512 * 1024 * 1024);
    },
  );

  it('reads a file whose every row has a cell in column XFD at the cost of the cells present', async () => {
    const rows = Array.from(
      { length: 2_000 },
      (_, i) => `<row r="${i + 2}"><c r="A${i + 2}" t="inlineStr"><is><t>no_such_element</t></is></c><c r="XFD${i + 2}"><v>1</v></c></row>`,
    ).join('');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/imports',
      payload: workbookOf({ sheet: sheetXml(header + rows) }),
      headers: { 'content-type': IMPORT_XLSX_TYPE },
    });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'imports.invalid_rows', details: [{ rows: 2_000, invalid: 2_000 }] });
  });
});

describe('imports at once', () => {
  const t = useTestApp('demo', { imports: { concurrency: 1, timeoutSeconds: 120 } });

  it('beyond IMPORT_CONCURRENCY are answered 503 imports.busy with Retry-After, and the others still run', async () => {
    const rows = Array.from({ length: 3_000 }, (_, i) =>
      rowXml(i + 2, ['external_leavers', 'FARSTA', 'SOC', `${2000 + (i % 50)}-T${1 + (i % 3)}`, i % 7]),
    ).join('');
    const file = workbookOf({ sheet: sheetXml(header + rows) });
    await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    const send = () =>
      t.app.inject({ method: 'POST', url: '/api/v1/imports?dryRun=true', payload: file, headers: { 'content-type': IMPORT_XLSX_TYPE } });
    const responses = await Promise.all([send(), send(), send()]);
    const busy = responses.filter((response) => response.statusCode === 503);
    expect(busy.length).toBeGreaterThan(0);
    for (const response of busy) {
      expect(response.json().error.code).toBe('imports.busy');
      expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    }
    expect(responses.filter((response) => response.statusCode !== 503).map((response) => response.statusCode)).toContain(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/health' })).statusCode).toBe(200);
  });
});

describe('slow uploads', () => {
  const t = useTestApp('demo');
  let app: FastifyInstance;
  let port: number;
  let cookie: string;
  let csrf: string;
  beforeAll(async () => {
    // The same app, listening on a real port, with a short request timeout.
    const config = {
      ...loadConfig({ PLANPULS_MODE: 'development' }),
      rateLimit: { requestsPerMinute: 1e6, loginsPerMinute: 1e6 },
      requestTimeoutSeconds: 2,
    };
    app = await buildApp({ config, db: t.database.app, logger: false });
    await app.listen({ host: '127.0.0.1', port: 0 });
    port = (app.server.address() as AddressInfo).port;
    cookie = await t.loginAs('hr.farsta@planpuls.test');
    csrf = (await app.inject({ method: 'GET', url: '/api/v1/auth/csrf', headers: { cookie } })).json().token;
  });
  afterAll(() => app?.close());

  /** An upload that sends its headers and 100 bytes of a 10 MB body, then stalls; resolves when the server ends it. */
  function stalledUpload(): Promise<string> {
    return new Promise((resolve) => {
      const socket: Socket = connect(port, '127.0.0.1', () => {
        socket.write(
          `POST /api/v1/imports HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: ${IMPORT_XLSX_TYPE}\r\nContent-Length: 10000000\r\n` +
            `Cookie: ${cookie}\r\nX-CSRF-Token: ${csrf}\r\n\r\n${'P'.repeat(100)}`,
        );
      });
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk.toString()));
      socket.on('close', () => resolve(answer));
      socket.on('error', () => {});
    });
  }

  it('hold no database connection: /health and a read answer 200 while more uploads stall than the pool has connections, and the server ends them', async () => {
    const stalled = Array.from({ length: 8 }, () => stalledUpload());
    // Let the uploads reach the handler before asking.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const health = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
    expect(health.status).toBe(200);
    const read = await fetch(`http://127.0.0.1:${port}/api/v1/units`, { headers: { cookie } });
    expect(read.status).toBe(200);
    const answers = await Promise.all(stalled);
    for (const answer of answers) expect(answer).toMatch(/^HTTP\/1\.1 (408|400)/);
  });
});
