import { sql, type SQL } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { pgErrorCode } from '@planpuls/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app';

/**
 * What a submitted, approved or closed report stands on cannot be moved from under it (issue 12, finding 7 and
 * its class): not through the API, and not as the application's database role, which every request runs as.
 */
describe('a frozen reporting cycle', () => {
  const t = useTestApp('demo');
  const cookies: Record<string, string> = {};
  let planId: string;
  let closedT2: string;

  const as = (who: string | null, options: InjectOptions) =>
    t.app.inject({ ...options, headers: { ...(options.headers ?? {}), ...(who ? { cookie: cookies[who]! } : {}) } });
  const cycleOf = async (period: string) =>
    (await as(null, { method: 'GET', url: `/api/v1/reporting-cycles?planId=${planId}&period=${period}` })).json().items[0] as {
      id: string;
      dataElements: string[];
    };
  const createCycle = async (period: string, dataElements = ['external_leavers', 'average_headcount']) => {
    const response = await as(null, {
      method: 'POST',
      url: '/api/v1/reporting-cycles',
      payload: { planId, period, dataElements, opensOn: '2030-01-01', deadline: '2030-01-15' },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  };
  const act = (who: string | null, cycleId: string, unit: string, action: string, payload: Record<string, unknown> = {}) =>
    as(who, { method: 'POST', url: `/api/v1/reporting-cycles/${cycleId}/reports/${unit}/${action}`, payload });
  const report = async (cycleId: string, unit: string) =>
    (await as(null, { method: 'GET', url: `/api/v1/reporting-cycles/${cycleId}/reports/${unit}` })).json();
  /** A statement as the application's role, with a user acting and an optional reason, as a request would run it. */
  const asApp = (statement: SQL, reason = '') =>
    t.database.app.transaction(async (tx) => {
      await tx.execute(sql`SELECT set_config('planpuls.actor_type', 'user', true), set_config('planpuls.reason', ${reason}, true)`);
      return tx.execute(statement);
    });
  const viewerFigure = async () =>
    (await as('viewer', { method: 'GET', url: '/api/v1/indicators/turnover_external/values?period=2025-T2&group=SOC' })).json();

  beforeAll(async () => {
    const plans = (await t.app.inject({ method: 'GET', url: '/api/v1/plans' })).json().items as Array<{ id: string; code: string }>;
    planId = plans.find((plan) => plan.code === 'HP-2024')!.id;
    for (const [who, email] of Object.entries({
      hr: 'hr.farsta@planpuls.test',
      steering: 'styrgrupp@planpuls.test',
      viewer: 'lasare@planpuls.test',
    })) {
      cookies[who] = await t.loginAs(email);
    }
    // The demo's 2025-T2: every unit approved; the steering group closes its review.
    closedT2 = (await cycleOf('2025-T2')).id;
    await t.database.owner.execute(sql`UPDATE reporting_cycles SET review_closed_at = now() WHERE id = ${closedT2}`);
  });

  it('refuses to change the data set of a closed cycle, so its values keep needing a reason and the viewer’s figure stands', async () => {
    const before = await viewerFigure();
    const dataSet = (await cycleOf('2025-T2')).dataElements;
    expect(dataSet).toContain('external_leavers');

    const patched = await as(null, {
      method: 'PATCH',
      url: `/api/v1/reporting-cycles/${closedT2}`,
      payload: { dataElements: ['average_headcount'] },
    });
    expect(patched.statusCode, patched.body).toBe(409);
    expect(patched.json().error.code).toBe('reporting_cycles.data_set_frozen');
    expect((await cycleOf('2025-T2')).dataElements).toEqual(dataSet);

    const current = (
      await as('hr', { method: 'GET', url: '/api/v1/data-values?dataElement=external_leavers&unit=FARSTA&group=SOC&period=2025-T2' })
    ).json().items[0];
    const change = await as('hr', {
      method: 'PUT',
      url: '/api/v1/data-values/external_leavers/FARSTA/2025-T2?group=SOC',
      payload: { value: 0 },
      headers: { 'if-match': `"${current.version}"` },
    });
    expect(change.statusCode, change.body).toBe(409);
    expect(change.json().error.code).toBe('data_values.reason_required');
    expect((await report(closedT2, 'FARSTA')).changedAfterApproval).toBe(false);
    expect(await viewerFigure()).toEqual(before);
  });

  it('still takes the same data set again (a form that sends every field changes nothing)', async () => {
    const dataSet = (await cycleOf('2025-T2')).dataElements;
    const same = await as(null, {
      method: 'PATCH',
      url: `/api/v1/reporting-cycles/${closedT2}`,
      payload: { dataElements: [...dataSet].reverse(), remindDaysBefore: 4 },
    });
    expect(same.statusCode, same.body).toBe(200);
    expect(same.json().dataElements).toEqual(dataSet);
  });

  it('freezes the data set as soon as one unit has submitted, and keeps it frozen after a return', async () => {
    const cycleId = await createCycle('2031-T1');
    const open = await as(null, {
      method: 'PATCH',
      url: `/api/v1/reporting-cycles/${cycleId}`,
      payload: { dataElements: ['external_leavers', 'average_headcount', 'student_placements'] },
    });
    expect(open.statusCode, open.body).toBe(200);

    expect((await act('hr', cycleId, 'FARSTA', 'submit')).statusCode).toBe(200);
    const submitted = await as(null, {
      method: 'PATCH',
      url: `/api/v1/reporting-cycles/${cycleId}`,
      payload: { dataElements: ['average_headcount'] },
    });
    expect(submitted.statusCode).toBe(409);
    expect(submitted.json().error.code).toBe('reporting_cycles.data_set_frozen');

    expect((await act('steering', cycleId, 'FARSTA', 'return', { comment: 'Kontrollera' })).statusCode).toBe(200);
    const returned = await as(null, {
      method: 'PATCH',
      url: `/api/v1/reporting-cycles/${cycleId}`,
      payload: { dataElements: ['average_headcount'] },
    });
    expect(returned.statusCode).toBe(409);
    // Deleting and recreating it with another data set would do the same: refused too.
    const deleted = await as(null, { method: 'DELETE', url: `/api/v1/reporting-cycles/${cycleId}` });
    expect(deleted.statusCode).toBe(409);
    expect(deleted.json().error.code).toBe('reporting_cycles.has_submitted_reports');
  });

  it('cannot be deleted once its review is closed, even with every report open', async () => {
    const cycleId = await createCycle('2031-T2');
    await t.database.owner.execute(sql`UPDATE reporting_cycles SET review_closed_at = now() WHERE id = ${cycleId}`);
    const deleted = await as(null, { method: 'DELETE', url: `/api/v1/reporting-cycles/${cycleId}` });
    expect(deleted.statusCode).toBe(409);
    expect(deleted.json().error.code).toBe('reporting_cycles.has_submitted_reports');
  });

  it('takes no invisible text as the reason for changing a closed cycle’s value, by PUT or import', async () => {
    const url = '/api/v1/data-values/external_leavers/FARSTA/2025-T2?group=SOC';
    const current = (
      await as('hr', { method: 'GET', url: '/api/v1/data-values?dataElement=external_leavers&unit=FARSTA&group=SOC&period=2025-T2' })
    ).json().items[0];
    const csv = `data_element,unit,group,period,value\nexternal_leavers,FARSTA,SOC,2025-T2,${current.value + 5}\n`;
    // A zero-width space, a word joiner, a no-break space, a tab, a Hangul filler: a reason no reader can see.
    for (const reason of ['\u200b', '\u2060\u2060', '\u00a0', '\t', '\u3164']) {
      const put = await as('hr', {
        method: 'PUT',
        url,
        payload: { value: current.value + 5, reason },
        headers: { 'if-match': `"${current.version}"` },
      });
      expect(put.statusCode, JSON.stringify(reason)).toBe(409);
      expect(put.json().error.code).toBe('data_values.reason_required');
      const imported = await as('hr', {
        method: 'POST',
        url: `/api/v1/imports?reason=${encodeURIComponent(reason)}`,
        payload: csv,
        headers: { 'content-type': 'text/csv' },
      });
      expect(imported.statusCode, `${JSON.stringify(reason)} ${imported.body}`).toBe(409);
      expect(imported.json().error.code).toBe('data_values.reason_required');
    }
    const after = (
      await as('hr', { method: 'GET', url: '/api/v1/data-values?dataElement=external_leavers&unit=FARSTA&group=SOC&period=2025-T2' })
    ).json().items[0];
    expect(after).toMatchObject({ value: current.value, version: current.version });
  });

  it('takes no value without a reason for a unit added after the cycle was opened, once its review is closed', async () => {
    // A unit created later, valid since before 2025-T2, has no report in the closed cycle: its values would
    // follow no write rule, and the steering group's closed city figure would move without a reason or a flag.
    const unit = await as(null, {
      method: 'POST',
      url: '/api/v1/units',
      payload: { code: 'LATE_UNIT', name: 'Sena förvaltningen', kind: 'district', validFrom: '2020-01-01' },
    });
    expect(unit.statusCode, unit.body).toBe(201);
    const put = await as(null, {
      method: 'PUT',
      url: '/api/v1/data-values/external_leavers/LATE_UNIT/2025-T2?group=SOC',
      payload: { value: 40 },
    });
    expect(put.statusCode, put.body).toBe(409);
    expect(put.json().error.code).toBe('data_values.reason_required');
    const withReason = await as(null, {
      method: 'PUT',
      url: '/api/v1/data-values/external_leavers/LATE_UNIT/2025-T2?group=SOC',
      payload: { value: 40, reason: 'Ny förvaltning, efterregistrering' },
    });
    expect(withReason.statusCode, withReason.body).toBe(201);
    expect((await report(closedT2, 'LATE_UNIT')).changedAfterApproval).toBe(true);
  });

  it('takes no value without a reason for a unit whose validity is widened into a closed cycle’s period', async () => {
    const unit = await as(null, {
      method: 'POST',
      url: '/api/v1/units',
      payload: { code: 'WIDENED_UNIT', name: 'Utvidgade förvaltningen', kind: 'district', validFrom: '2040-01-01' },
    });
    expect(unit.statusCode, unit.body).toBe(201);
    const widened = await as(null, { method: 'PATCH', url: `/api/v1/units/${unit.json().id}`, payload: { validFrom: '2020-01-01' } });
    expect(widened.statusCode, widened.body).toBe(200);
    const put = await as(null, {
      method: 'PUT',
      url: '/api/v1/data-values/external_leavers/WIDENED_UNIT/2025-T2?group=SOC',
      payload: { value: 40 },
    });
    expect(put.statusCode, put.body).toBe(409);
    expect(put.json().error.code).toBe('data_values.reason_required');
  });

  it('takes no value without a reason for a unit outside its validity in a closed cycle’s period', async () => {
    const unit = await as(null, {
      method: 'POST',
      url: '/api/v1/units',
      payload: { code: 'ENDED_UNIT', name: 'Avvecklade förvaltningen', kind: 'district', validTo: '2020-12-31' },
    });
    expect(unit.statusCode, unit.body).toBe(201);
    const put = await as(null, {
      method: 'PUT',
      url: '/api/v1/data-values/external_leavers/ENDED_UNIT/2025-T2?group=SOC',
      payload: { value: 40 },
    });
    expect(put.statusCode, put.body).toBe(409);
    expect(put.json().error.code).toBe('data_values.reason_required');
    // Nor as the application's role, around the API.
    const insert = sql`INSERT INTO data_values (municipality_id, data_element_id, unit_id, professional_group_id, period_id, value)
      SELECT u.municipality_id, d.id, u.id, g.id, p.id, 40 FROM units u, data_elements d, professional_groups g, periods p
      WHERE u.code = 'ENDED_UNIT' AND d.code = 'external_leavers' AND g.code = 'SOC' AND p.code = '2025-T2'
        AND d.municipality_id = u.municipality_id AND g.municipality_id = u.municipality_id`;
    expect(await pgErrorCode(asApp(insert))).toBe('PPR01');
  });

  describe('as the application’s database role, around the API', () => {
    it('cannot edit the data set', async () => {
      const remove = sql`DELETE FROM reporting_cycle_elements WHERE cycle_id = ${closedT2}
        AND data_element_id = (SELECT id FROM data_elements WHERE code = 'external_leavers')`;
      expect(await pgErrorCode(asApp(remove, 'Städning'))).toBe('PPR03');
      const add = sql`INSERT INTO reporting_cycle_elements (municipality_id, cycle_id, data_element_id)
        SELECT c.municipality_id, c.id, e.id FROM reporting_cycles c JOIN data_elements e ON e.municipality_id = c.municipality_id
        WHERE c.id = ${closedT2} AND e.code NOT IN (SELECT d.code FROM reporting_cycle_elements m JOIN data_elements d ON d.id = m.data_element_id WHERE m.cycle_id = ${closedT2})
        LIMIT 1`;
      expect(await pgErrorCode(asApp(add))).toBe('PPR03');
    });

    it('cannot move the cycle to another period or plan, reopen its review, or delete it', async () => {
      const otherPeriod = sql`UPDATE reporting_cycles SET period_id = (SELECT id FROM periods WHERE code = '2040-T2') WHERE id = ${closedT2}`;
      expect(await pgErrorCode(asApp(otherPeriod))).toBe('PPR03');
      const otherPlan = sql`UPDATE reporting_cycles SET plan_id = (SELECT id FROM plans WHERE code = 'HP-2016' LIMIT 1) WHERE id = ${closedT2}`;
      expect(await pgErrorCode(asApp(otherPlan))).toBe('PPR03');
      expect(await pgErrorCode(asApp(sql`UPDATE reporting_cycles SET review_closed_at = NULL WHERE id = ${closedT2}`))).toBe('PPR03');
      expect(await pgErrorCode(asApp(sql`DELETE FROM reporting_cycles WHERE id = ${closedT2}`))).toBe('PPR06');
      // The deadline may still move (it decides nothing once the review is closed).
      await asApp(sql`UPDATE reporting_cycles SET remind_days_before = 5 WHERE id = ${closedT2}`);
    });

    it('cannot reopen an approved report, lower its flags, or delete it', async () => {
      const farsta = sql`(SELECT id FROM units WHERE code = 'FARSTA')`;
      const reopen = sql`UPDATE unit_reports SET state = 'open' WHERE cycle_id = ${closedT2} AND unit_id = ${farsta}`;
      expect(await pgErrorCode(asApp(reopen))).toBe('PPR05');
      const returned = sql`UPDATE unit_reports SET state = 'returned', return_comment = 'x' WHERE cycle_id = ${closedT2} AND unit_id = ${farsta}`;
      expect(await pgErrorCode(asApp(returned))).toBe('PPR05');
      expect(await pgErrorCode(asApp(sql`DELETE FROM unit_reports WHERE cycle_id = ${closedT2} AND unit_id = ${farsta}`))).toBe('PPR06');

      await asApp(
        sql`UPDATE data_values SET value = value + 1 WHERE unit_id = ${farsta} AND period_id = (SELECT id FROM periods WHERE code = '2025-T2')
          AND data_element_id = (SELECT id FROM data_elements WHERE code = 'sick_hours')`,
        'Rättelse från lönesystemet',
      );
      expect((await report(closedT2, 'FARSTA')).changedAfterApproval).toBe(true);
      const lower = sql`UPDATE unit_reports SET changed_after_approval = false WHERE cycle_id = ${closedT2} AND unit_id = ${farsta}`;
      expect(await pgErrorCode(asApp(lower))).toBe('PPR05');
      expect((await report(closedT2, 'FARSTA')).changedAfterApproval).toBe(true);
    });

    it('cannot delete a data element or a unit a frozen cycle stands on, even with a reason', async () => {
      const element = await as(null, {
        method: 'POST',
        url: '/api/v1/data-elements',
        payload: {
          code: 'overtime_hours',
          name: 'Övertid',
          definition: 'Övertidstimmar',
          valueType: 'decimal',
          timeAggregation: 'sum',
          frequency: 'tertial',
          disaggregation: 'none',
        },
      });
      expect(element.statusCode, element.body).toBe(201);
      const unit = await as(null, {
        method: 'POST',
        url: '/api/v1/units',
        payload: { code: 'TEST_UNIT', name: 'Testförvaltningen', kind: 'district' },
      });
      expect(unit.statusCode, unit.body).toBe(201);
      const cycleId = await createCycle('2032-T1', ['overtime_hours']);
      expect(
        (await as(null, { method: 'PUT', url: '/api/v1/data-values/overtime_hours/TEST_UNIT/2032-T1', payload: { value: 12 } })).statusCode,
      ).toBe(201);
      expect((await act(null, cycleId, 'TEST_UNIT', 'submit')).statusCode).toBe(200);
      expect((await act('steering', cycleId, 'TEST_UNIT', 'approve')).statusCode).toBe(200);

      expect(await pgErrorCode(asApp(sql`DELETE FROM data_elements WHERE code = 'overtime_hours'`, 'Städning'))).toBe('PPR03');
      expect(await pgErrorCode(asApp(sql`DELETE FROM units WHERE code = 'TEST_UNIT'`, 'Städning'))).toBe('PPR06');
      expect((await cycleOf('2032-T1')).dataElements).toEqual(['overtime_hours']);
      expect((await report(cycleId, 'TEST_UNIT')).state).toBe('approved');
    });

    it('does not delete a value of a closed report without a reason, and flags the report when there is one', async () => {
      const removeValue = sql`DELETE FROM data_values WHERE unit_id = (SELECT id FROM units WHERE code = 'BROMMA')
        AND period_id = (SELECT id FROM periods WHERE code = '2025-T2') AND data_element_id = (SELECT id FROM data_elements WHERE code = 'sick_hours')`;
      expect(await pgErrorCode(asApp(removeValue))).toBe('PPR01');
      expect((await report(closedT2, 'BROMMA')).changedAfterApproval).toBe(false);
      await asApp(removeValue, 'Dubbelregistrerat');
      expect((await report(closedT2, 'BROMMA')).changedAfterApproval).toBe(true);
    });

    it('cannot rewrite the rule explanations kept with a submitted report', async () => {
      const cycleId = await createCycle('2031-T3');
      expect(
        (await as('hr', { method: 'PUT', url: '/api/v1/data-values/external_leavers/FARSTA/2031-T3?group=SOC', payload: { value: 3 } }))
          .statusCode,
      ).toBe(201);
      const submitted = await act('hr', cycleId, 'FARSTA', 'submit', {
        explanations: [{ ruleCode: 'required_positive', subject: 'average_headcount/SOC', text: 'Gruppen avvecklades.' }],
      });
      expect(submitted.statusCode, submitted.body).toBe(200);
      const rewrite = sql`UPDATE rule_explanations SET text = 'Något annat' WHERE unit_report_id = ${submitted.json().id}`;
      expect(await pgErrorCode(asApp(rewrite, 'Omformulering'))).toBe('PPR02');
      expect(await pgErrorCode(asApp(sql`DELETE FROM rule_explanations WHERE unit_report_id = ${submitted.json().id}`))).toBe('PPR02');
    });
  });
});
