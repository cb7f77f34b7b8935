import { sql } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app';

const FAR_DEADLINE = { opensOn: '2030-01-01', deadline: '2030-01-15' };

describe('reporting cycles and the report state machine', () => {
  const t = useTestApp('demo');
  let planId: string;
  const cookies: Record<string, string> = {};

  const as = (who: string | null, options: InjectOptions) =>
    t.app.inject({ ...options, headers: { ...(options.headers ?? {}), ...(who ? { cookie: cookies[who]! } : {}) } });
  const createCycle = (body: Record<string, unknown>) =>
    as(null, {
      method: 'POST',
      url: '/api/v1/reporting-cycles',
      payload: { planId, dataElements: ['external_leavers', 'average_headcount'], ...FAR_DEADLINE, ...body },
    });
  const act = (who: string | null, cycleId: string, unit: string, action: string, payload: Record<string, unknown> = {}) =>
    as(who, { method: 'POST', url: `/api/v1/reporting-cycles/${cycleId}/reports/${unit}/${action}`, payload });
  const report = (who: string | null, cycleId: string, unit: string) =>
    as(who, { method: 'GET', url: `/api/v1/reporting-cycles/${cycleId}/reports/${unit}` });
  const putValue = (who: string | null, path: string, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    as(who, { method: 'PUT', url: `/api/v1/data-values/${path}`, payload: body, headers });

  beforeAll(async () => {
    const plans = (await t.app.inject({ method: 'GET', url: '/api/v1/plans' })).json().items as Array<{ id: string; code: string }>;
    planId = plans.find((plan) => plan.code === 'HP-2024')!.id;
    for (const [who, email] of Object.entries({
      hr: 'hr.farsta@planpuls.test',
      hrSpanga: 'hr.spanga@planpuls.test',
      steering: 'styrgrupp@planpuls.test',
      localUnion: 'vision.farsta@planpuls.test',
      centralUnion: 'ssr.central@planpuls.test',
      viewer: 'lasare@planpuls.test',
    })) {
      cookies[who] = await t.loginAs(email);
    }
  });

  describe('cycles', () => {
    let cycleId: string;

    it('creates a cycle: the deadline on julafton moves past Christmas to Monday, every unit gets an open report', async () => {
      const response = await createCycle({ period: '2026-T3', opensOn: '2026-12-01', deadline: '2026-12-24', explainChangeAbove: 3 });
      expect(response.statusCode, response.body).toBe(201);
      const cycle = response.json();
      cycleId = cycle.id;
      expect(cycle).toMatchObject({
        planId,
        period: '2026-T3',
        deadline: '2026-12-24',
        dueOn: '2026-12-28',
        remindDaysBefore: 3,
        explainChangeAbove: 3,
      });
      expect(cycle.dataElements).toEqual(['average_headcount', 'external_leavers']);
      // 13 districts and the 2 central administrations (they employ social workers and report too).
      expect(cycle.reports).toEqual({ open: 15, submitted: 0, approved: 0, returned: 0 });
    });

    it('refuses a second cycle of the plan for the period, unknown elements and dates out of order', async () => {
      const twice = await createCycle({ period: '2026-T3' });
      expect(twice.statusCode).toBe(409);
      expect(twice.json().error.code).toBe('reporting_cycles.exists');
      const unknown = await createCycle({ period: '2026-T2', dataElements: ['no_such_element'] });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().error.code).toBe('reporting_cycles.unknown_elements');
      const backwards = await createCycle({ period: '2026-T2', opensOn: '2026-10-02', deadline: '2026-10-01' });
      expect(backwards.statusCode).toBe(400);
      expect(backwards.json().error.code).toBe('reporting_cycles.dates_out_of_order');
      const noPlan = await createCycle({ period: '2026-T2', planId: '6f1c2d1e-0000-4000-8000-000000000000' });
      expect(noPlan.statusCode).toBe(404);
    });

    it('lists cycles by plan and period, and changes the deadline (the deadline in force follows)', async () => {
      const list = await as('viewer', { method: 'GET', url: `/api/v1/reporting-cycles?planId=${planId}&period=2026-T3` });
      expect(list.statusCode).toBe(200);
      expect(list.json().items.map((c: { id: string }) => c.id)).toEqual([cycleId]);
      expect((await as(null, { method: 'GET', url: '/api/v1/reporting-cycles?period=2029-T1' })).json().items).toEqual([]);

      const patched = await as('steering', {
        method: 'PATCH',
        url: `/api/v1/reporting-cycles/${cycleId}`,
        payload: { deadline: '2026-12-31' },
      });
      expect(patched.statusCode, patched.body).toBe(200);
      expect(patched.json()).toMatchObject({ deadline: '2026-12-31', dueOn: '2027-01-04' });
      const backwards = await as('steering', {
        method: 'PATCH',
        url: `/api/v1/reporting-cycles/${cycleId}`,
        payload: { opensOn: '2027-02-01' },
      });
      expect(backwards.statusCode).toBe(400);
      const hr = await as('hr', { method: 'PATCH', url: `/api/v1/reporting-cycles/${cycleId}`, payload: { deadline: '2026-12-30' } });
      expect(hr.statusCode).toBe(403);
    });

    it('deletes a cycle nobody has submitted in, and refuses once a unit has submitted', async () => {
      const fresh = (await createCycle({ period: '2026-T2' })).json();
      const deleted = await as('steering', { method: 'DELETE', url: `/api/v1/reporting-cycles/${fresh.id}` });
      expect(deleted.statusCode, deleted.body).toBe(200);
      expect((await as(null, { method: 'GET', url: `/api/v1/reporting-cycles/${fresh.id}` })).statusCode).toBe(404);

      const submitted = await act('hr', cycleId, 'FARSTA', 'submit');
      expect(submitted.statusCode, submitted.body).toBe(200);
      const refused = await as(null, { method: 'DELETE', url: `/api/v1/reporting-cycles/${cycleId}` });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.code).toBe('reporting_cycles.has_submitted_reports');
    });
  });

  describe('the state machine', () => {
    let cycleId: string;
    beforeAll(async () => {
      cycleId = (await createCycle({ period: '2027-T3' })).json().id;
    });

    const expectRefused = async (response: Awaited<ReturnType<typeof act>>, state: string) => {
      expect(response.statusCode, response.body).toBe(409);
      expect(response.json().error).toMatchObject({ code: 'reports.illegal_transition', details: [{ field: 'state', message: state }] });
    };

    it('walks open → submitted → returned → submitted → approved, refusing every other arrow', async () => {
      await expectRefused(await act('steering', cycleId, 'FARSTA', 'approve'), 'open');
      await expectRefused(await act('steering', cycleId, 'FARSTA', 'return', { comment: 'Nej' }), 'open');

      const submitted = await act('hr', cycleId, 'FARSTA', 'submit');
      expect(submitted.statusCode, submitted.body).toBe(200);
      expect(submitted.json()).toMatchObject({ state: 'submitted', submittedBy: { name: expect.any(String) }, readyToSubmit: false });
      expect(submitted.json().submittedAt).not.toBeNull();
      await expectRefused(await act('hr', cycleId, 'FARSTA', 'submit'), 'submitted');

      const noComment = await act('steering', cycleId, 'FARSTA', 'return', {});
      expect(noComment.statusCode).toBe(400);
      const blank = await act('steering', cycleId, 'FARSTA', 'return', { comment: '   ' });
      expect(blank.statusCode).toBe(400);
      const returned = await act('steering', cycleId, 'FARSTA', 'return', { comment: 'Kontrollera personalomsättningen för SOC.' });
      expect(returned.statusCode, returned.body).toBe(200);
      expect(returned.json()).toMatchObject({
        state: 'returned',
        returnComment: 'Kontrollera personalomsättningen för SOC.',
        returnedBy: { name: expect.any(String) },
      });
      await expectRefused(await act('steering', cycleId, 'FARSTA', 'approve'), 'returned');
      await expectRefused(await act('steering', cycleId, 'FARSTA', 'return', { comment: 'Igen' }), 'returned');

      expect((await act('hr', cycleId, 'FARSTA', 'submit')).json().state).toBe('submitted');
      const approved = await act('steering', cycleId, 'FARSTA', 'approve');
      expect(approved.statusCode, approved.body).toBe(200);
      expect(approved.json()).toMatchObject({ state: 'approved', approvedBy: { name: expect.any(String) } });
      await expectRefused(await act('steering', cycleId, 'FARSTA', 'approve'), 'approved');
      await expectRefused(await act('steering', cycleId, 'FARSTA', 'return', { comment: 'Sent' }), 'approved');
      await expectRefused(await act('hr', cycleId, 'FARSTA', 'submit'), 'approved');

      const cycle = (await as(null, { method: 'GET', url: `/api/v1/reporting-cycles/${cycleId}` })).json();
      expect(cycle.reports).toMatchObject({ approved: 1, open: 14 });
    });

    it('tells the unit’s HR, in the inbox and by email, when its report is returned and when it is approved; no one else', async () => {
      // HR of Skärholmen, and an HR role that names no unit: it reaches none, so it hears of none.
      await t.database.owner.execute(sql`
        WITH tenant AS (SELECT id FROM municipalities WHERE code = 'STOCKHOLM'),
        added AS (
          INSERT INTO users (municipality_id, email, display_name)
          SELECT id, v.email, v.name FROM tenant, (VALUES ('hr.skarholmen@planpuls.test', 'HR Skärholmen'), ('hr.ingen@planpuls.test', 'HR utan enheter')) AS v(email, name)
          RETURNING id, municipality_id, email),
        roles AS (INSERT INTO user_roles (municipality_id, user_id, role) SELECT municipality_id, id, 'hr' FROM added RETURNING id, municipality_id, user_id)
        INSERT INTO user_role_units (municipality_id, user_role_id, unit_id)
        SELECT r.municipality_id, r.id, un.id FROM roles r JOIN added a ON a.id = r.user_id JOIN units un ON un.municipality_id = r.municipality_id AND un.code = 'SKARHOLMEN'
        WHERE a.email = 'hr.skarholmen@planpuls.test'`);
      const inboxOf = async (email: string) =>
        (
          await t.database.owner.execute<{ kind: string; title: string; body: string; link: string }>(sql`
            SELECT n.kind, n.title, n.body, n.link FROM notifications n JOIN users u ON u.id = n.user_id
            WHERE u.email = ${email} AND n.kind IN ('report_returned', 'report_approved') AND n.link = ${`/reporting/cycles/${cycleId}/units/SKARHOLMEN`}
            ORDER BY n.created_at`)
        ).rows;
      const outboxOf = async (email: string) =>
        (
          await t.database.owner.execute(
            sql`SELECT subject FROM email_outbox WHERE to_address = ${email} AND body LIKE ${`%/reporting/cycles/${cycleId}/units/SKARHOLMEN%`}`,
          )
        ).rows;

      expect((await act(null, cycleId, 'SKARHOLMEN', 'submit')).statusCode).toBe(200);
      const returned = await act('steering', cycleId, 'SKARHOLMEN', 'return', { comment: 'Sjuktimmarna saknas.' });
      expect(returned.statusCode, returned.body).toBe(200);
      expect((await act(null, cycleId, 'SKARHOLMEN', 'submit')).statusCode).toBe(200);
      expect((await act('steering', cycleId, 'SKARHOLMEN', 'approve')).statusCode).toBe(200);

      const hrOfUnit = ['hr.skarholmen@planpuls.test'];
      for (const email of hrOfUnit) {
        const inbox = await inboxOf(email);
        expect(inbox.map((n) => n.kind)).toEqual(['report_returned', 'report_approved']);
        expect(inbox[0]!.body).toContain('Sjuktimmarna saknas.');
        expect(inbox[0]!.link).toBe(`/reporting/cycles/${cycleId}/units/SKARHOLMEN`);
        expect(await outboxOf(email)).toHaveLength(2);
      }
      for (const email of ['hr.farsta@planpuls.test', 'hr.spanga@planpuls.test', 'hr.ingen@planpuls.test', 'styrgrupp@planpuls.test']) {
        expect(await inboxOf(email), email).toEqual([]);
      }
    });

    it('lets exactly one of two concurrent approvals win', async () => {
      const submitted = await act(null, cycleId, 'BROMMA', 'submit');
      expect(submitted.statusCode).toBe(200);
      const [a, b] = await Promise.all([act('steering', cycleId, 'BROMMA', 'approve'), act(null, cycleId, 'BROMMA', 'approve')]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
      const history = await t.database.owner.execute(
        sql`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = ${submitted.json().id} AND after ->> 'state' = 'approved' AND before ->> 'state' = 'submitted'`,
      );
      expect(history.rows[0]!.n).toBe(1);
    });

    it('keeps HR to its own units: Farsta HR cannot submit or read Spånga-Tensta; unions see their reference group’s units', async () => {
      const foreign = await act('hr', cycleId, 'SPANGA_TENSTA', 'submit');
      expect(foreign.statusCode).toBe(403);
      expect(foreign.json().error.code).toBe('reports.unit_forbidden');
      expect((await report('hr', cycleId, 'SPANGA_TENSTA')).statusCode).toBe(404);
      expect((await report('hrSpanga', cycleId, 'SPANGA_TENSTA')).json().state).toBe('open');

      const units = async (who: string) =>
        (await as(who, { method: 'GET', url: `/api/v1/reporting-cycles/${cycleId}/reports` }))
          .json()
          .items.map((r: { unit: string }) => r.unit);
      expect(await units('hr')).toEqual(['FARSTA']);
      expect(await units('localUnion')).toEqual(['FARSTA']);
      expect(await units('centralUnion')).toHaveLength(15);
      expect(await units('viewer')).toHaveLength(15);

      const unknown = await act(null, cycleId, 'NO_SUCH_UNIT', 'submit');
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json().error.code).toBe('reports.not_found');
      const noCycle = await act(null, '6f1c2d1e-0000-4000-8000-000000000000', 'FARSTA', 'submit');
      expect(noCycle.statusCode).toBe(404);
    });
  });

  describe('broken rules', () => {
    let cycleId: string;
    beforeAll(async () => {
      cycleId = (await createCycle({ period: '2027-T1' })).json().id;
    });

    it('refuses submission while a broken rule is unexplained, and accepts it explained', async () => {
      // Leavers without a headcount: required_positive is broken for the SOC group.
      expect((await putValue('hr', 'external_leavers/FARSTA/2027-T1?group=SOC', { value: 3 })).statusCode).toBe(201);
      const before = (await report('hr', cycleId, 'FARSTA')).json();
      expect(before.brokenRules).toEqual([
        expect.objectContaining({ ruleCode: 'required_positive', subject: 'average_headcount/SOC', group: 'SOC', explanation: null }),
      ]);
      expect(before.readyToSubmit).toBe(false);
      // Readers who do not act on the report see its state, not the values its rules quote.
      for (const reader of ['viewer', 'localUnion']) {
        const seen = (await report(reader, cycleId, 'FARSTA')).json();
        expect(seen, reader).toMatchObject({ state: 'open', brokenRules: [], neededExplanations: [] });
      }

      const refused = await act('hr', cycleId, 'FARSTA', 'submit');
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.code).toBe('reports.rules_broken');
      expect(refused.json().error.details).toEqual([
        expect.objectContaining({ ruleCode: 'required_positive', subject: 'average_headcount/SOC' }),
      ]);

      const wrongSubject = await act('hr', cycleId, 'FARSTA', 'submit', {
        explanations: [{ ruleCode: 'required_positive', subject: 'average_headcount/BIST', text: 'Fel grupp' }],
      });
      expect(wrongSubject.statusCode).toBe(409);

      const explained = await act('hr', cycleId, 'FARSTA', 'submit', {
        explanations: [
          { ruleCode: 'required_positive', subject: 'average_headcount/SOC', text: 'Gruppen avvecklades under tertialen; tre slutade.' },
        ],
      });
      expect(explained.statusCode, explained.body).toBe(200);
      expect(explained.json().brokenRules[0].explanation).toBe('Gruppen avvecklades under tertialen; tre slutade.');
      expect(explained.json().state).toBe('submitted');
    });
  });

  describe('figures that need an explanation', () => {
    let cycleId: string;
    beforeAll(async () => {
      // The demo's latest cycle: Rinkeby-Kista, which misses most targets, has not submitted yet.
      cycleId = (await as(null, { method: 'GET', url: `/api/v1/reporting-cycles?planId=${planId}&period=2025-T3` })).json().items[0].id;
    });

    it('lists the figures missing their target or moving much, and refuses submission until each is explained', async () => {
      const rinkeby = (await report(null, cycleId, 'RINKEBY_KISTA')).json();
      expect(rinkeby.neededExplanations.length).toBeGreaterThan(0);
      expect(rinkeby.neededExplanations.some((n: { reasons: string[] }) => n.reasons.includes('target_missed'))).toBe(true);
      for (const needed of rinkeby.neededExplanations) expect(needed).toMatchObject({ period: '2025-T3', explanation: null });
      const explanations = rinkeby.brokenRules.map((rule: { ruleCode: string; subject: string }) => ({ ...rule, text: 'Kontrollerat.' }));
      const clean = (e: { ruleCode: string; subject: string; text: string }) => ({
        ruleCode: e.ruleCode,
        subject: e.subject,
        text: e.text,
      });

      const refused = await act(null, cycleId, 'RINKEBY_KISTA', 'submit', { explanations: explanations.map(clean) });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.code).toBe('reports.explanations_missing');
      expect(refused.json().error.details).toHaveLength(rinkeby.neededExplanations.length);

      for (const needed of rinkeby.neededExplanations) {
        const query = needed.group ? `?group=${needed.group}` : '';
        const put = await as(null, {
          method: 'PUT',
          url: `/api/v1/explanations/${needed.indicator}/RINKEBY_KISTA/2025-T3${query}`,
          payload: { text: 'Hög andel konsulter och flera chefsbyten under året.' },
        });
        expect(put.statusCode, put.body).toBe(200);
        expect(put.json()).toMatchObject({ indicator: needed.indicator, unit: 'RINKEBY_KISTA', group: needed.group, period: '2025-T3' });
      }
      const ready = (await report(null, cycleId, 'RINKEBY_KISTA')).json();
      expect(ready.neededExplanations.every((n: { explanation: string | null }) => n.explanation !== null)).toBe(true);
      const submitted = await act(null, cycleId, 'RINKEBY_KISTA', 'submit', { explanations: explanations.map(clean) });
      expect(submitted.statusCode, submitted.body).toBe(200);

      // A viewer reads approved figures only, and so their explanations: none while the report is submitted.
      const whileSubmitted = await as('viewer', { method: 'GET', url: '/api/v1/explanations?unit=RINKEBY_KISTA&period=2025-T3' });
      expect(whileSubmitted.json().items).toEqual([]);
      expect((await act(null, cycleId, 'RINKEBY_KISTA', 'approve')).statusCode).toBe(200);
      const listed = await as('viewer', { method: 'GET', url: '/api/v1/explanations?unit=RINKEBY_KISTA&period=2025-T3' });
      // Except those of figures the viewer sees as "–" for small numbers: an explanation is about its figure's value.
      const shown: string[] = [];
      for (const needed of rinkeby.neededExplanations as Array<{ indicator: string; group: string | null }>) {
        const values = await as('viewer', {
          method: 'GET',
          url: `/api/v1/indicators/${needed.indicator}/values?period=2025-T3${needed.group ? `&group=${needed.group}` : ''}`,
        });
        const unit = (values.json().units as Array<{ unit: string; suppressed: boolean }>).find((u) => u.unit === 'RINKEBY_KISTA')!;
        if (!unit.suppressed) shown.push(`${needed.indicator}|${needed.group}`);
      }
      expect(
        (listed.json().items as Array<{ indicator: string; group: string | null }>).map((e) => `${e.indicator}|${e.group}`).sort(),
      ).toEqual(shown.sort());
    });

    it('asks for an explanation of any move above the cycle’s limit', async () => {
      const before = (await report(null, cycleId, 'BROMMA')).json().neededExplanations as Array<{ reasons: string[] }>;
      await as(null, { method: 'PATCH', url: `/api/v1/reporting-cycles/${cycleId}`, payload: { explainChangeAbove: 0 } });
      const after = (await report(null, cycleId, 'BROMMA')).json().neededExplanations as Array<{ reasons: string[]; change: number }>;
      const large = after.filter((n) => n.reasons.includes('large_change'));
      expect(large.length).toBeGreaterThan(before.filter((n) => n.reasons.includes('large_change')).length);
      for (const figure of large) expect(Math.abs(figure.change)).toBeGreaterThan(0);
    });

    it('lets HR explain only its own units’ figures, and never the unions', async () => {
      const foreign = await as('hr', {
        method: 'PUT',
        url: '/api/v1/explanations/turnover_total/SPANGA_TENSTA/2025-T3?group=SOC',
        payload: { text: 'x' },
      });
      expect(foreign.statusCode).toBe(403);
      const own = await as('hr', {
        method: 'PUT',
        url: '/api/v1/explanations/turnover_total/FARSTA/2025-T3?group=SOC',
        payload: { text: 'Egen' },
      });
      expect(own.statusCode, own.body).toBe(200);
      const union = await as('localUnion', {
        method: 'PUT',
        url: '/api/v1/explanations/turnover_total/FARSTA/2025-T3?group=SOC',
        payload: { text: 'x' },
      });
      expect(union.statusCode).toBe(403);
      const hrReads = await as('hr', { method: 'GET', url: '/api/v1/explanations?period=2025-T3' });
      expect(new Set(hrReads.json().items.map((e: { unit: string }) => e.unit))).toEqual(new Set(['FARSTA']));
    });
  });

  describe('write rules for values', () => {
    let cycleId: string;
    let lateCycleId: string;
    beforeAll(async () => {
      cycleId = (await createCycle({ period: '2028-T1' })).json().id;
      // A deadline long past: entries now are late.
      lateCycleId = (await createCycle({ period: '2028-T2', opensOn: '2025-01-01', deadline: '2025-01-15' })).json().id;
    });

    it('makes a submitted report read-only for HR; an administrator changes it only with a reason, and it is flagged', async () => {
      expect((await putValue('hr', 'average_headcount/FARSTA/2028-T1?group=SOC', { value: 40 })).statusCode).toBe(201);
      expect((await act('hr', cycleId, 'FARSTA', 'submit')).statusCode).toBe(200);

      const hr = await putValue(
        'hr',
        'average_headcount/FARSTA/2028-T1?group=SOC',
        { value: 41, reason: 'Rättelse' },
        { 'if-match': '"1"' },
      );
      expect(hr.statusCode).toBe(409);
      expect(hr.json().error.code).toBe('reports.submitted_read_only');
      const hrNew = await putValue('hr', 'average_headcount/FARSTA/2028-T1?group=BIST', { value: 12 });
      expect(hrNew.json().error.code).toBe('reports.submitted_read_only');

      const noReason = await putValue(null, 'average_headcount/FARSTA/2028-T1?group=SOC', { value: 41 }, { 'if-match': '"1"' });
      expect(noReason.statusCode).toBe(409);
      expect(noReason.json().error.code).toBe('data_values.reason_required');
      expect((await report(null, cycleId, 'FARSTA')).json().changedAfterApproval).toBe(false);

      const admin = await putValue(
        null,
        'average_headcount/FARSTA/2028-T1?group=SOC',
        { value: 41, reason: 'Felregistrerat i HR-systemet' },
        { 'if-match': '"1"' },
      );
      expect(admin.statusCode, admin.body).toBe(200);
      expect((await report(null, cycleId, 'FARSTA')).json()).toMatchObject({ state: 'submitted', changedAfterApproval: true });
    });

    it('lets HR change an approved report only with a reason, kept in the history, and flags it', async () => {
      expect((await act('steering', cycleId, 'FARSTA', 'approve')).statusCode).toBe(200);
      const noReason = await putValue('hr', 'average_headcount/FARSTA/2028-T1?group=SOC', { value: 42 }, { 'if-match': '"2"' });
      expect(noReason.statusCode).toBe(409);
      expect(noReason.json().error.code).toBe('data_values.reason_required');
      const header = await putValue(
        'hr',
        'average_headcount/FARSTA/2028-T1?group=SOC',
        { value: 42 },
        { 'if-match': '"2"', 'x-change-reason': encodeURIComponent('Sen rättelse från lönesystemet') },
      );
      expect(header.statusCode, header.body).toBe(200);
      const history = await t.database.owner.execute(
        sql`SELECT reason FROM audit_entries WHERE entity_type = 'data_values' AND after ->> 'value' = '42' ORDER BY occurred_at DESC LIMIT 1`,
      );
      expect(history.rows[0]!.reason).toBe('Sen rättelse från lönesystemet');
      expect((await report(null, cycleId, 'FARSTA')).json()).toMatchObject({ state: 'approved', changedAfterApproval: true });
    });

    it('lets HR edit a returned report freely before the deadline', async () => {
      const spanga = 'average_headcount/SPANGA_TENSTA/2028-T1?group=SOC';
      expect((await putValue('hrSpanga', spanga, { value: 30 })).statusCode).toBe(201);
      expect((await act('hrSpanga', cycleId, 'SPANGA_TENSTA', 'submit')).statusCode).toBe(200);
      expect((await act('steering', cycleId, 'SPANGA_TENSTA', 'return', { comment: 'Kolla SOC' })).statusCode).toBe(200);
      const edit = await putValue('hrSpanga', spanga, { value: 31 }, { 'if-match': '"1"' });
      expect(edit.statusCode, edit.body).toBe(200);
      expect((await report(null, cycleId, 'SPANGA_TENSTA')).json()).toMatchObject({
        state: 'returned',
        changedAfterApproval: false,
        lateEntry: false,
      });
    });

    it('requires a reason for a late entry and flags the report as late', async () => {
      const noReason = await putValue('hr', 'average_headcount/FARSTA/2028-T2?group=SOC', { value: 40 });
      expect(noReason.statusCode).toBe(409);
      expect(noReason.json().error.code).toBe('data_values.reason_required');
      const late = await putValue('hr', 'average_headcount/FARSTA/2028-T2?group=SOC', { value: 40, reason: 'Sjukdom på HR-enheten' });
      expect(late.statusCode, late.body).toBe(201);
      expect((await report('hr', lateCycleId, 'FARSTA')).json()).toMatchObject({
        state: 'open',
        lateEntry: true,
        changedAfterApproval: false,
        overdue: true,
      });
      // A value of a period with a cycle must be in its data set (it would belong to no report); without a cycle, any goes.
      expect((await putValue('hr', 'student_placements/FARSTA/2028-T2', { value: 2 })).json().error.code).toBe(
        'data_values.not_in_data_set',
      );
      expect((await putValue('hr', 'student_placements/FARSTA/2029-T2', { value: 2 })).statusCode).toBe(201);
    });

    it('requires a reason once the steering review is closed, even for an open report, and flags it', async () => {
      const closed = (await createCycle({ period: '2028-T3' })).json().id;
      await t.database.owner.execute(sql`UPDATE reporting_cycles SET review_closed_at = now() WHERE id = ${closed}`);
      const noReason = await putValue('hr', 'average_headcount/FARSTA/2028-T3?group=SOC', { value: 40 });
      expect(noReason.json().error.code).toBe('data_values.reason_required');
      expect(
        (await putValue('hr', 'average_headcount/FARSTA/2028-T3?group=SOC', { value: 40, reason: 'Efterrapportering' })).statusCode,
      ).toBe(201);
      expect((await report('hr', closed, 'FARSTA')).json()).toMatchObject({ state: 'open', changedAfterApproval: true, lateEntry: false });
    });

    it('enforces the rules in the database for every path, set-based, without a reason for an unchanged value', async () => {
      const update = (reason: string) =>
        t.database.app.transaction(async (tx) => {
          await tx.execute(sql`SELECT set_config('planpuls.actor_type', 'user', true), set_config('planpuls.reason', ${reason}, true)`);
          return tx.execute(sql`
            UPDATE data_values SET value = value + 1
            WHERE unit_id IN (SELECT id FROM units WHERE code IN ('FARSTA', 'BROMMA'))
              AND period_id = (SELECT id FROM periods WHERE code = '2028-T2')`);
        });
      await expect(update('')).rejects.toMatchObject({ cause: { code: 'PPR01' } });
      await update('Massrättelse');
      const unchanged = await t.database.app.transaction(async (tx) => {
        await tx.execute(sql`SELECT set_config('planpuls.actor_type', 'user', true)`);
        return tx.execute(sql`UPDATE data_values SET value = value WHERE period_id = (SELECT id FROM periods WHERE code = '2028-T2')`);
      });
      expect(unchanged.rowCount).toBeGreaterThan(0);
    });
  });
});
