import { sql } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { pgErrorCode } from '@planpuls/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app';

/**
 * A value belongs to a unit report when a cycle of its period asks for its element. Where a period has cycles,
 * a value none of them asks for would belong to no report, obey no write rule and still pass for approved
 * (issue 12, finding 13): it is refused on every path — PUT, import, API token, the database itself.
 */
describe('values outside the data sets of their period', () => {
  const t = useTestApp('demo');
  const cookies: Record<string, string> = {};
  let cycleId: string;

  const as = (who: string | null, options: InjectOptions) =>
    t.app.inject({ ...options, headers: { ...(options.headers ?? {}), ...(who ? { cookie: cookies[who]! } : {}) } });
  const put = (who: string | null, path: string, body: Record<string, unknown>) =>
    as(who, { method: 'PUT', url: `/api/v1/data-values/${path}`, payload: body });
  const createCycle = async (period: string, dataElements: string[]) => {
    const plans = (await t.app.inject({ method: 'GET', url: '/api/v1/plans' })).json().items as Array<{ id: string; code: string }>;
    const response = await as(null, {
      method: 'POST',
      url: '/api/v1/reporting-cycles',
      payload: {
        planId: plans.find((plan) => plan.code === 'HP-2024')!.id,
        period,
        dataElements,
        opensOn: '2030-01-01',
        deadline: '2030-01-15',
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  };
  const approve = async (cycle: string, unit: string) => {
    expect(
      (await as('hr', { method: 'POST', url: `/api/v1/reporting-cycles/${cycle}/reports/${unit}/submit`, payload: {} })).statusCode,
    ).toBe(200);
    expect(
      (await as('steering', { method: 'POST', url: `/api/v1/reporting-cycles/${cycle}/reports/${unit}/approve`, payload: {} })).statusCode,
    ).toBe(200);
  };
  const csv = (rows: string) => {
    const form = new FormData();
    form.append('file', new Blob([`data_element,unit,group,period,value\n${rows}\n`], { type: 'text/csv' }), 'values.csv');
    return new Request('http://localhost/', { method: 'POST', body: form });
  };
  const postImport = async (who: string, rows: string, query = '') => {
    const request = csv(rows);
    return as(who, {
      method: 'POST',
      url: `/api/v1/imports${query}`,
      payload: Buffer.from(await request.arrayBuffer()),
      headers: { 'content-type': request.headers.get('content-type')! },
    });
  };

  beforeAll(async () => {
    for (const [who, email] of Object.entries({ hr: 'hr.farsta@planpuls.test', steering: 'styrgrupp@planpuls.test' }))
      cookies[who] = await t.loginAs(email);
    // A cycle asking for headcount only; Farsta's report in it is approved.
    cycleId = await createCycle('2033-T1', ['average_headcount']);
    expect((await put('hr', 'average_headcount/FARSTA/2033-T1?group=SOC', { value: 40 })).statusCode).toBe(201);
    await approve(cycleId, 'FARSTA');
  });

  it('refuses a value of an approved period that its cycle does not ask for, instead of writing it unflagged as approved', async () => {
    const response = await put('hr', 'student_placements/FARSTA/2033-T1', { value: 2 });
    expect(response.statusCode, response.body).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'data_values.not_in_data_set', details: [{ field: 'params.dataElementCode' }] });
    // With a reason it is no more part of a report than without one.
    expect((await put('hr', 'student_placements/FARSTA/2033-T1', { value: 2, reason: 'Efterregistrering' })).json().error.code).toBe(
      'data_values.not_in_data_set',
    );
    const stored = await as(null, { method: 'GET', url: '/api/v1/data-values?dataElement=student_placements&unit=FARSTA&period=2033-T1' });
    expect(stored.json().total).toBe(0);
    const report = (await as(null, { method: 'GET', url: `/api/v1/reporting-cycles/${cycleId}/reports/FARSTA` })).json();
    expect(report).toMatchObject({ state: 'approved', changedAfterApproval: false });
  });

  it('refuses it for an API token too', async () => {
    const created = await as(null, { method: 'POST', url: '/api/v1/api-tokens', payload: { name: 'HR-systemet', units: ['FARSTA'] } });
    expect(created.statusCode, created.body).toBe(201);
    const response = await t.anonymous.inject({
      method: 'PUT',
      url: '/api/v1/data-values/student_placements/FARSTA/2033-T1',
      payload: { value: 2 },
      headers: { authorization: `Bearer ${created.json().token}` },
    });
    expect(response.statusCode, response.body).toBe(409);
    expect(response.json().error.code).toBe('data_values.not_in_data_set');
  });

  it('lists such a row as an error of the import, in a dry run and for real, and writes nothing', async () => {
    const rows = 'average_headcount,FARSTA,BIST,2033-T1,12\nstudent_placements,FARSTA,,2033-T1,2';
    const dry = await postImport('hr', rows, '?dryRun=true&reason=Inl%C3%A4sning');
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({ valid: 1, invalid: 1, errorsByCode: { 'imports.not_in_data_set': 1 } });
    expect(dry.json().errors).toEqual([expect.objectContaining({ row: 2, column: 'data_element', code: 'imports.not_in_data_set' })]);
    const real = await postImport('hr', rows, '?reason=Inl%C3%A4sning');
    expect(real.statusCode, real.body).toBe(400);
    expect(real.json().error.code).toBe('imports.invalid_rows');
    expect((await as(null, { method: 'GET', url: '/api/v1/data-values?unit=FARSTA&period=2033-T1' })).json().total).toBe(1);
  });

  it('refuses it in the database, for the application’s role and every path around the API', async () => {
    const insert = t.database.app.transaction(async (tx) => {
      await tx.execute(sql`SELECT set_config('planpuls.actor_type', 'system', true), set_config('planpuls.reason', 'Skript', true)`);
      return tx.execute(sql`
        INSERT INTO data_values (municipality_id, data_element_id, unit_id, period_id, value)
        SELECT e.municipality_id, e.id, u.id, p.id, 2 FROM data_elements e
        JOIN units u ON u.municipality_id = e.municipality_id AND u.code = 'FARSTA' JOIN periods p ON p.code = '2033-T1'
        WHERE e.code = 'student_placements'`);
    });
    expect(await pgErrorCode(insert)).toBe('PPR04');
  });

  it('still takes values of periods without a cycle, and never shows one outside the data set as approved', async () => {
    // Entered before the cycle of 2033-T2 existed, which then asks for headcount only and is approved.
    expect((await put('hr', 'student_placements/FARSTA/2033-T2', { value: 3 })).statusCode).toBe(201);
    const cycle = await createCycle('2033-T2', ['average_headcount']);
    expect((await put('hr', 'average_headcount/FARSTA/2033-T2?group=SOC', { value: 41 })).statusCode).toBe(201);
    await approve(cycle, 'FARSTA');

    const values = (await as(null, { method: 'GET', url: '/api/v1/data-values?unit=FARSTA&period=2033-T2' })).json().items as Array<{
      dataElement: string;
      state: string;
    }>;
    expect(Object.fromEntries(values.map((value) => [value.dataElement, value.state]))).toEqual({
      average_headcount: 'approved',
      student_placements: 'open',
    });
    // Nor can it be changed now: it belongs to no report.
    const change = await as('hr', {
      method: 'PUT',
      url: '/api/v1/data-values/student_placements/FARSTA/2033-T2',
      payload: { value: 4 },
      headers: { 'if-match': '"1"' },
    });
    expect(change.json().error.code).toBe('data_values.not_in_data_set');
  });
});
