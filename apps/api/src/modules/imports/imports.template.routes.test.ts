import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app';
import { periodsAskedFor } from './imports.template';

const HEADER = 'uppgift;benämning;enhet;yrkesgrupp;period;värde;kommentar';

describe('periodsAskedFor', () => {
  it('asks for the element’s periods ending within the cycle’s period', () => {
    expect(periodsAskedFor('tertial', '2026-T2')).toEqual(['2026-T2']);
    expect(periodsAskedFor('month', '2026-T2')).toEqual(['2026-05', '2026-06', '2026-07', '2026-08']);
    expect(periodsAskedFor('year', '2026-T3')).toEqual(['2026']);
    expect(periodsAskedFor('year', '2026-T2')).toEqual([]);
  });
});

describe('GET /api/v1/reporting-cycles/{cycleId}/template', () => {
  const t = useTestApp('demo');

  /** A cycle of HP-2024 for the third tertial of a year, asking for a tertial element split by group, one not split, and a yearly one. */
  async function cycle(year: number): Promise<string> {
    const rows = await t.database.owner.execute<{ id: string }>(sql`
      WITH cycle AS (
        INSERT INTO reporting_cycles (municipality_id, plan_id, period_id, opens_on, deadline, due_on)
        SELECT p.municipality_id, p.id, per.id, ${`${year}-09-01`}::date, ${`${year}-09-20`}::date, ${`${year}-09-20`}::date
        FROM plans p, periods per WHERE p.code = 'HP-2024' AND per.code = ${`${year}-T3`}
        ORDER BY p.version DESC LIMIT 1
        RETURNING id, municipality_id
      ), elements AS (
        INSERT INTO reporting_cycle_elements (municipality_id, cycle_id, data_element_id)
        SELECT cycle.municipality_id, cycle.id, e.id FROM cycle JOIN data_elements e ON e.municipality_id = cycle.municipality_id
        WHERE e.code IN ('external_leavers', 'student_placements', 'staff_3y_experience')
      )
      SELECT id FROM cycle`);
    return rows.rows[0]!.id;
  }

  it('lists exactly the expected rows, stored values filled in, in Swedish Excel CSV; filled in and uploaded, it imports', async () => {
    const id = await cycle(2030);
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/data-values/external_leavers/FARSTA/2030-T3?group=SOC',
      payload: { value: 4, note: 'Två till Bromma' },
    });
    expect(put.statusCode, put.body).toBe(201);
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/reporting-cycles/${id}/template?unit=FARSTA` });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toContain('planpuls-mall-HP-2024-2030-T3-FARSTA.csv');
    expect(response.body.startsWith('\uFEFF')).toBe(true);
    const lines = response.body.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(HEADER);
    const names = await t.database.owner.execute<{ code: string; name: string }>(sql`SELECT code, name FROM data_elements`);
    const name = Object.fromEntries(names.rows.map((row) => [row.code, row.name]));
    expect(lines.slice(1)).toEqual([
      `external_leavers;${name.external_leavers};FARSTA;BIST;2030-T3;;`,
      `external_leavers;${name.external_leavers};FARSTA;CHEF;2030-T3;;`,
      `external_leavers;${name.external_leavers};FARSTA;SOC;2030-T3;4;Två till Bromma`,
      `staff_3y_experience;${name.staff_3y_experience};FARSTA;BIST;2030;;`,
      `staff_3y_experience;${name.staff_3y_experience};FARSTA;CHEF;2030;;`,
      `staff_3y_experience;${name.staff_3y_experience};FARSTA;SOC;2030;;`,
      `student_placements;${name.student_placements};FARSTA;;2030-T3;;`,
    ]);

    const filled = `\uFEFF${[lines[0], ...lines.slice(1).map((line) => line.replace(/;;$/, ';2;'))].join('\r\n')}\r\n`;
    const imported = await t.app.inject({
      method: 'POST',
      url: '/api/v1/imports',
      payload: filled,
      headers: { 'content-type': 'text/csv' },
    });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toMatchObject({ rows: 7, toCreate: 6, toUpdate: 0, unchanged: 1 });
  });

  it('gives the same rows as XLSX, values as numbers, and as plain CSV', async () => {
    const id = await cycle(2031);
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/data-values/external_leavers/BROMMA/2031-T3?group=SOC',
      payload: { value: 3 },
    });
    expect(put.statusCode, put.body).toBe(201);
    const xlsx = await t.app.inject({ method: 'GET', url: `/api/v1/reporting-cycles/${id}/template?unit=BROMMA&format=xlsx` });
    expect(xlsx.statusCode, xlsx.body).toBe(200);
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(8);
    expect(sheet.getRow(1).values).toEqual([undefined, ...HEADER.split(';')]);
    const soc = sheet.getRow(4);
    expect([soc.getCell(1).value, soc.getCell(4).value, soc.getCell(6).value]).toEqual(['external_leavers', 'SOC', 3]);
    const last = sheet.getRow(8);
    expect([last.getCell(1).value, last.getCell(3).value, last.getCell(5).value, last.getCell(6).value]).toEqual([
      'student_placements',
      'BROMMA',
      '2031-T3',
      null,
    ]);

    const plain = await t.app.inject({ method: 'GET', url: `/api/v1/reporting-cycles/${id}/template?unit=BROMMA&dialect=plain` });
    const lines = plain.body.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(HEADER.replaceAll(';', ','));
    expect(lines.at(-1)).toMatch(/^student_placements,.*,BROMMA,,2031-T3,,$/);
  });

  it('is for the units the caller may write: 403 for another unit, 404 for unknown cycles and units', async () => {
    const id = await cycle(2032);
    const hr = await t.loginAs('hr.farsta@planpuls.test');
    const own = await t.app.inject({ method: 'GET', url: `/api/v1/reporting-cycles/${id}/template?unit=FARSTA`, headers: { cookie: hr } });
    expect(own.statusCode).toBe(200);
    const other = await t.app.inject({
      method: 'GET',
      url: `/api/v1/reporting-cycles/${id}/template?unit=BROMMA`,
      headers: { cookie: hr },
    });
    expect(other.statusCode).toBe(403);
    expect(other.json().error.code).toBe('data_values.unit_forbidden');
    const viewer = await t.app.inject({
      method: 'GET',
      url: `/api/v1/reporting-cycles/${id}/template?unit=FARSTA`,
      headers: { cookie: await t.loginAs('lasare@planpuls.test') },
    });
    expect(viewer.statusCode).toBe(403);
    const unknownCycle = await t.app.inject({
      method: 'GET',
      url: '/api/v1/reporting-cycles/6f1c2d1e-0000-4000-8000-000000000000/template?unit=FARSTA',
    });
    expect(unknownCycle.statusCode).toBe(404);
    expect(unknownCycle.json().error.code).toBe('reporting_cycles.not_found');
    const unknownUnit = await t.app.inject({ method: 'GET', url: `/api/v1/reporting-cycles/${id}/template?unit=ATLANTIS` });
    expect(unknownUnit.statusCode).toBe(404);
    expect(unknownUnit.json().error.code).toBe('units.not_found');
  });
});
