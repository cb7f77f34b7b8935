import { sql } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { pgErrorCode } from '@planpuls/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app';

/**
 * An explanation of a unit's figure belongs to the unit's reports of its period, and is written under their
 * rules as values are (issue 12, finding 11): read-only for HR once submitted; once approved or closed, a
 * change needs a reason, is kept with it in the history and flags the report.
 */
describe('writing explanations of submitted, approved and closed reports', () => {
  const t = useTestApp('demo');
  const cookies: Record<string, string> = {};
  let closed: string;

  const as = (who: string | null, options: InjectOptions) =>
    t.app.inject({ ...options, headers: { ...(options.headers ?? {}), ...(who ? { cookie: cookies[who]! } : {}) } });
  const explain = (who: string | null, path: string, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    as(who, { method: 'PUT', url: `/api/v1/explanations/${path}`, payload: body, headers });
  const report = async (cycle: string, unit: string) =>
    (await as(null, { method: 'GET', url: `/api/v1/reporting-cycles/${cycle}/reports/${unit}` })).json();
  const createCycle = async (period: string) => {
    const plans = (await t.app.inject({ method: 'GET', url: '/api/v1/plans' })).json().items as Array<{ id: string; code: string }>;
    const created = await as(null, {
      method: 'POST',
      url: '/api/v1/reporting-cycles',
      payload: {
        planId: plans.find((plan) => plan.code === 'HP-2024')!.id,
        period,
        dataElements: ['average_headcount'],
        opensOn: '2030-01-01',
        deadline: '2030-01-15',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    return created.json().id as string;
  };
  const explanationsOf = async (query: string) =>
    (await as(null, { method: 'GET', url: `/api/v1/explanations?${query}` })).json().items as Array<{ text: string }>;

  beforeAll(async () => {
    for (const [who, email] of Object.entries({ hr: 'hr.farsta@planpuls.test', steering: 'styrgrupp@planpuls.test' }))
      cookies[who] = await t.loginAs(email);
    // Farsta explains a figure while its report is open, submits, is approved; then the review closes.
    closed = await createCycle('2034-T2');
    expect((await explain('hr', 'turnover_total/FARSTA/2034-T2?group=SOC', { text: 'Två chefsbyten under våren.' })).statusCode).toBe(200);
    expect(
      (await as('hr', { method: 'POST', url: `/api/v1/reporting-cycles/${closed}/reports/FARSTA/submit`, payload: {} })).statusCode,
    ).toBe(200);
    expect(
      (await as('steering', { method: 'POST', url: `/api/v1/reporting-cycles/${closed}/reports/FARSTA/approve`, payload: {} })).statusCode,
    ).toBe(200);
    await t.database.owner.execute(sql`UPDATE reporting_cycles SET review_closed_at = now() WHERE id = ${closed}`);
  });

  it('refuses a change after the review is closed without a reason, and leaves the explanation and the report as they were', async () => {
    const response = await explain('hr', 'turnover_total/FARSTA/2034-T2?group=SOC', { text: 'Inga problem alls.' });
    expect(response.statusCode, response.body).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'explanations.reason_required', details: [{ field: 'body.reason' }] });
    expect((await explanationsOf('indicator=turnover_total&unit=FARSTA&group=SOC&period=2034-T2')).map((e) => e.text)).toEqual([
      'Två chefsbyten under våren.',
    ]);
    expect((await report(closed, 'FARSTA')).changedAfterApproval).toBe(false);
  });

  it('takes the change with a reason, keeps the reason in the history and flags the report', async () => {
    const response = await explain('hr', 'turnover_total/FARSTA/2034-T2?group=SOC', {
      text: 'Två chefsbyten och en omorganisation.',
      reason: 'Kompletterat efter styrgruppens fråga',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().text).toBe('Två chefsbyten och en omorganisation.');
    expect((await report(closed, 'FARSTA')).changedAfterApproval).toBe(true);
    const history = await t.database.owner.execute<{ reason: string; before: { text: string } }>(sql`
      SELECT reason, before FROM audit_log WHERE entity_type = 'explanations' AND action = 'update' ORDER BY id DESC LIMIT 1`);
    expect(history.rows[0]).toMatchObject({
      reason: 'Kompletterat efter styrgruppens fråga',
      before: { text: 'Två chefsbyten under våren.' },
    });
    // The reason may come as the header, as for every write; the same text again is no change and needs none.
    const header = await explain(
      'hr',
      'turnover_total/FARSTA/2034-T2?group=SOC',
      { text: 'Omorganisation.' },
      { 'x-change-reason': encodeURIComponent('Förkortad') },
    );
    expect(header.statusCode, header.body).toBe(200);
    expect((await explain('hr', 'turnover_total/FARSTA/2034-T2?group=SOC', { text: 'Omorganisation.' })).statusCode).toBe(200);
  });

  it('needs a reason to explain a figure of a unit added after the cycle was opened, once its review is closed', async () => {
    // The unit has no report in the closed cycle: it gets one with its first explanation, and that report's rules.
    const unit = await as(null, {
      method: 'POST',
      url: '/api/v1/units',
      payload: { code: 'LATE_EXPLAINED', name: 'Sena förvaltningen', kind: 'district' },
    });
    expect(unit.statusCode, unit.body).toBe(201);
    const response = await explain(null, 'turnover_total/LATE_EXPLAINED/2034-T2?group=SOC', { text: 'Ny förvaltning.' });
    expect(response.statusCode, response.body).toBe(409);
    expect(response.json().error.code).toBe('explanations.reason_required');
    const withReason = await explain(null, 'turnover_total/LATE_EXPLAINED/2034-T2?group=SOC', {
      text: 'Ny förvaltning.',
      reason: 'Efterhandsförklaring',
    });
    expect(withReason.statusCode, withReason.body).toBe(200);
    expect((await report(closed, 'LATE_EXPLAINED')).changedAfterApproval).toBe(true);
  });

  it('makes the explanations of a submitted report read-only for HR, and needs a reason once it is approved', async () => {
    const cycle = await createCycle('2034-T1');
    expect((await explain('hr', 'turnover_total/FARSTA/2034-T1?group=SOC', { text: 'Utkast.' })).statusCode).toBe(200);
    expect(
      (await as('hr', { method: 'POST', url: `/api/v1/reporting-cycles/${cycle}/reports/FARSTA/submit`, payload: {} })).statusCode,
    ).toBe(200);

    const submitted = await explain('hr', 'turnover_total/FARSTA/2034-T1?group=SOC', {
      text: 'Ändrat efter inskick.',
      reason: 'Glömde en sak',
    });
    expect(submitted.statusCode).toBe(409);
    expect(submitted.json().error.code).toBe('reports.submitted_read_only');

    expect(
      (await as('steering', { method: 'POST', url: `/api/v1/reporting-cycles/${cycle}/reports/FARSTA/approve`, payload: {} })).statusCode,
    ).toBe(200);
    expect((await explain('hr', 'turnover_total/FARSTA/2034-T1?group=SOC', { text: 'Ändrat efter godkännande.' })).json().error.code).toBe(
      'explanations.reason_required',
    );
    expect((await report(cycle, 'FARSTA')).changedAfterApproval).toBe(false);
    expect(
      (await explain('hr', 'turnover_total/FARSTA/2034-T1?group=SOC', { text: 'Ändrat efter godkännande.', reason: 'Rättelse' }))
        .statusCode,
    ).toBe(200);
    expect((await report(cycle, 'FARSTA')).changedAfterApproval).toBe(true);
  });

  it('enforces the same in the database, for the application’s role and every path around the API', async () => {
    const change = (reason: string) =>
      t.database.app.transaction(async (tx) => {
        await tx.execute(sql`SELECT set_config('planpuls.actor_type', 'user', true), set_config('planpuls.reason', ${reason}, true)`);
        return tx.execute(
          sql`UPDATE explanations SET text = 'Skrivet om i databasen.' WHERE period_id = (SELECT id FROM periods WHERE code = '2034-T2')`,
        );
      });
    expect(await pgErrorCode(change(''))).toBe('PPR01');
    const remove = t.database.app.transaction(async (tx) => {
      await tx.execute(sql`SELECT set_config('planpuls.actor_type', 'user', true)`);
      return tx.execute(sql`DELETE FROM explanations WHERE period_id = (SELECT id FROM periods WHERE code = '2034-T2')`);
    });
    expect(await pgErrorCode(remove)).toBe('PPR01');
    expect((await explanationsOf('unit=FARSTA&period=2034-T2')).map((e) => e.text)).toEqual(['Omorganisation.']);
  });
});
