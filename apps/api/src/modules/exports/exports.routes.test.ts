import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app';

const HEADER = 'uppgift;enhet;yrkesgrupp;period;värde;kommentar;status;dold;version;ändrad';
const linesOf = (body: string) =>
  body
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean);

describe('GET /api/v1/exports/data-values', () => {
  const t = useTestApp('demo');
  const get = (query: string, cookie?: string) =>
    t.app.inject({ method: 'GET', url: `/api/v1/exports/data-values?${query}`, headers: cookie ? { cookie } : {} });

  it('exports a unit’s values as Swedish Excel CSV with formula-looking text neutralised and numbers kept numeric', async () => {
    const notes = ['=HYPERLINK("http://evil.example","klicka")', '+46 8 123', '-2+3', '@SUM(A1)', 'Vanlig; med semikolon'];
    for (const [i, note] of notes.entries()) {
      const put = await t.app.inject({
        method: 'PUT',
        url: `/api/v1/data-values/sick_hours/FARSTA/2035-T${(i % 3) + 1}?group=${['SOC', 'BIST', 'CHEF', 'BIST', 'CHEF'][i]}`,
        payload: { value: 10.5 + i, note },
      });
      expect(put.statusCode, put.body).toBe(201);
    }
    const response = await get('unit=FARSTA&period=2035-T1');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toContain('planpuls-varden-FARSTA-2035-T1.csv');
    expect(response.body.startsWith('\uFEFF')).toBe(true);
    const lines = linesOf(response.body);
    expect(lines[0]).toBe(HEADER);
    expect(lines.slice(1).map((line) => line.split(';').slice(0, 6).join(';'))).toEqual([
      `sick_hours;FARSTA;BIST;2035-T1;13,5;"'@SUM(A1)"`,
      `sick_hours;FARSTA;SOC;2035-T1;10,5;"'=HYPERLINK(""http://evil.example"",""klicka"")"`,
    ]);
    const all = linesOf((await get('unit=FARSTA')).body).join('\n');
    for (const neutralised of [
      `"'=HYPERLINK(""http://evil.example"",""klicka"")"`,
      `"'+46 8 123"`,
      `"'-2+3"`,
      `"'@SUM(A1)"`,
      '"Vanlig; med semikolon"',
    ]) {
      expect(all).toContain(neutralised);
    }
    expect(all).toMatch(/;-?\d+,5;/);
  });

  it('as XLSX: numbers are numeric cells, text is a text cell as written, never a formula', async () => {
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/data-values/sick_hours/BROMMA/2036-T1?group=SOC',
      payload: { value: 12.25, note: '=1+1' },
    });
    expect(put.statusCode, put.body).toBe(201);
    const response = await get('unit=BROMMA&period=2036-T1&format=xlsx');
    expect(response.statusCode, response.body).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...HEADER.split(';')]);
    const row = sheet.getRow(2);
    expect(row.getCell(5).value).toBe(12.25);
    expect(row.getCell(5).type).toBe(ExcelJS.ValueType.Number);
    expect(row.getCell(6).value).toBe('=1+1');
    expect(row.getCell(6).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(6).formula).toBeUndefined();
  });

  it('gives plain CSV with dialect=plain', async () => {
    await t.app.inject({ method: 'PUT', url: '/api/v1/data-values/sick_hours/SKARHOLMEN/2037-T1?group=SOC', payload: { value: 7.5 } });
    const response = await get('unit=SKARHOLMEN&period=2037-T1&dialect=plain');
    const lines = response.body.split('\r\n').filter(Boolean);
    expect(response.body.startsWith('\uFEFF')).toBe(false);
    expect(lines[0]).toBe(HEADER.replaceAll(';', ','));
    expect(lines[1]).toMatch(/^sick_hours,SKARHOLMEN,SOC,2037-T1,7.5,,öppen,,1,/);
  });

  it('shows each caller exactly what GET /data-values shows them: same values, same hidden small numbers', async () => {
    for (const email of ['admin@planpuls.test', 'ssr.central@planpuls.test', 'hr.farsta@planpuls.test', 'styrgrupp@planpuls.test']) {
      const cookie = await t.loginAs(email);
      const listed: string[] = [];
      for (let page = 1; ; page++) {
        const response = await t.app.inject({
          method: 'GET',
          url: `/api/v1/data-values?unit=SPANGA_TENSTA&period=2025-T2&page=${page}&pageSize=1000`,
          headers: { cookie },
        });
        const { items, total } = response.json();
        for (const item of items)
          listed.push(
            [
              item.dataElement,
              item.unit,
              item.group ?? '',
              item.period,
              item.value === null ? '' : String(item.value).replace('.', ','),
              item.suppressed ? 'ja' : '',
            ].join(';'),
          );
        if (page * 1000 >= total) break;
      }
      const exported = await get('unit=SPANGA_TENSTA&period=2025-T2', cookie);
      expect(exported.statusCode, `${email}: ${exported.body}`).toBe(200);
      const rows = linesOf(exported.body)
        .slice(1)
        .map((line) => {
          const cells = line.split(';');
          return [cells[0], cells[1], cells[2], cells[3], cells[4], cells[7]].join(';');
        });
      expect(rows, email).toEqual(listed);
      if (email === 'ssr.central@planpuls.test') expect(rows.length).toBeGreaterThan(0);
    }
    // Somebody sees hidden small numbers: the suppression is in the file, not only in the API.
    const union = linesOf((await get('unit=SPANGA_TENSTA', await t.loginAs('ssr.central@planpuls.test'))).body);
    expect(union.some((line) => line.split(';')[7] === 'ja' && line.split(';')[4] === '')).toBe(true);
  });

  it('narrows to a plan’s elements and to a cycle’s data set and period', async () => {
    const plan = linesOf((await get('plan=HP-2024&period=2025-T2')).body).slice(1);
    expect(plan.length).toBeGreaterThan(0);
    const planElements = await t.database.owner.execute<{ code: string }>(sql`
      SELECT DISTINCT e.code FROM goals g JOIN plans p ON p.id = g.plan_id AND p.code = 'HP-2024'
      JOIN indicators i ON i.id = g.indicator_id JOIN indicator_formulas f ON f.indicator_id = i.id AND f.version = i.current_formula_version
      JOIN data_elements e ON e.id = f.denominator_element_id OR e.id IN (SELECT data_element_id FROM indicator_formula_numerators WHERE formula_id = f.id)`);
    const allowed = new Set(planElements.rows.map((row) => row.code));
    expect(new Set(plan.map((line) => line.split(';')[0]))).toEqual(
      new Set([...allowed].filter((code) => plan.some((line) => line.startsWith(`${code};`)))),
    );
    expect(plan.every((line) => allowed.has(line.split(';')[0]!) && line.split(';')[3] === '2025-T2')).toBe(true);

    const [cycle] = (
      await t.database.owner.execute<{ id: string }>(sql`
        WITH cycle AS (
          INSERT INTO reporting_cycles (municipality_id, plan_id, period_id, opens_on, deadline, due_on)
          SELECT p.municipality_id, p.id, per.id, '2038-01-10', '2038-01-20', '2038-01-20'
          FROM plans p, periods per WHERE p.code = 'HP-2024' AND per.code = '2038-T1' ORDER BY p.version DESC LIMIT 1
          RETURNING id, municipality_id
        ), elements AS (
          INSERT INTO reporting_cycle_elements (municipality_id, cycle_id, data_element_id)
          SELECT cycle.municipality_id, cycle.id, e.id FROM cycle JOIN data_elements e ON e.municipality_id = cycle.municipality_id WHERE e.code = 'student_placements'
        )
        SELECT id FROM cycle`)
    ).rows;
    await t.app.inject({ method: 'PUT', url: '/api/v1/data-values/student_placements/FARSTA/2038-T1', payload: { value: 3 } });
    await t.app.inject({ method: 'PUT', url: '/api/v1/data-values/sick_hours/FARSTA/2038-T1?group=SOC', payload: { value: 3 } });
    const inCycle = linesOf((await get(`cycle=${cycle!.id}`)).body).slice(1);
    expect(inCycle.map((line) => line.split(';').slice(0, 5).join(';'))).toEqual(['student_placements;FARSTA;;2038-T1;3']);
  });

  it('needs a plan, a cycle or a unit, and answers 404 for unknown ones; viewers may not export', async () => {
    const none = await get('period=2025-T2');
    expect(none.statusCode).toBe(400);
    expect(none.json().error.code).toBe('exports.filter_required');
    expect((await get('plan=NO-PLAN')).json().error.code).toBe('plans.not_found');
    expect((await get('unit=ATLANTIS')).json().error.code).toBe('units.not_found');
    expect((await get('cycle=6f1c2d1e-0000-4000-8000-000000000000')).json().error.code).toBe('reporting_cycles.not_found');
    expect((await get('unit=FARSTA', await t.loginAs('lasare@planpuls.test'))).statusCode).toBe(403);
    expect((await t.anonymous.inject({ method: 'GET', url: '/api/v1/exports/data-values?unit=FARSTA' })).statusCode).toBe(401);
  });
});
