import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorCode, expectStatus } from '../../testing/fixtures';
import { useTestApp } from '../../testing/test-app';
import { clientAs, cycleFor, goalId, insertUser, userId } from '../reviews/review-fixtures';

type Client = ReturnType<typeof clientAs>;

const reservation = {
  stance: 'reservation',
  text: 'Målet räknar inte interna byten mellan förvaltningar som omsättning.',
  meeting: 'Central samverkan 2025-06-12',
  minutesReference: 'Protokoll 2025:7 § 4',
};

describe('union positions: record, sign, answer, restate, withdraw', () => {
  const t = useTestApp('demo');
  let union: Client; // ssr.central, CENTRAL group
  let union2: Client; // a second member of CENTRAL
  let local: Client; // vision.farsta, LOKAL_FARSTA
  let steering: Client;
  let admin: Client;
  let cycle: string;
  let goal: string;
  let otherGoal: string;
  let me: string;
  let colleague: string;
  let localUser: string;

  beforeAll(async () => {
    cycle = await cycleFor(t, 'HP-2024', '2025-T2');
    goal = await goalId(t, 'HP-2024', '2.1');
    otherGoal = await goalId(t, 'HP-2024', '1.1');
    colleague = await insertUser(t, 'kollega.central@planpuls.test', 'union', 'CENTRAL');
    await insertUser(t, 'utan.grupp@planpuls.test', 'union', null);
    me = await userId(t, 'ssr.central@planpuls.test');
    localUser = await userId(t, 'vision.farsta@planpuls.test');
    union = clientAs(t, await t.loginAs('ssr.central@planpuls.test'));
    union2 = clientAs(t, await t.loginAs('kollega.central@planpuls.test'));
    local = clientAs(t, await t.loginAs('vision.farsta@planpuls.test'));
    steering = clientAs(t, await t.loginAs('styrgrupp@planpuls.test'));
    admin = clientAs(t, await t.loginAs('admin@planpuls.test'));
  });

  let positionId: string;

  it('records a reservation for the caller’s own reference group, with signatories still to confirm', async () => {
    const created = expectStatus(
      await union.post(`/goals/${goal}/positions`, { cycleId: cycle, ...reservation, signatories: [me, colleague] }),
      201,
    );
    positionId = created.id;
    expect(created).toMatchObject({
      ...reservation,
      cycleId: cycle,
      period: '2025-T2',
      goalId: goal,
      goal: '2.1',
      referenceGroup: { code: 'CENTRAL', scope: 'all' },
      state: 'active',
      restatesId: null,
      recordedBy: { id: me },
      signed: false,
      answer: null,
      frozen: false,
      allowed: { edit: true, withdraw: true, restate: false, answer: false },
    });
    expect(created.signatories.map((s: { userId: string; confirmedAt: null }) => [s.userId, s.confirmedAt]).sort()).toEqual(
      [
        [colleague, null],
        [me, null],
      ].sort(),
    );
  });

  it('names who recorded and signed it to the group’s own members, the steering group and administrators only', async () => {
    // Which person sits for a union is sensitive (GDPR art. 9): others read the position as the reference group's.
    for (const client of [union2, steering, admin]) {
      const seen = expectStatus(await client.get(`/positions/${positionId}`), 200);
      expect(seen.recordedBy).toMatchObject({ id: me });
      expect(seen.signatories).toHaveLength(2);
    }
    for (const email of ['lasare@planpuls.test', 'hr.farsta@planpuls.test', 'vision.farsta@planpuls.test']) {
      const client = clientAs(t, await t.loginAs(email));
      const seen = expectStatus(await client.get(`/positions/${positionId}`), 200);
      expect(seen, email).toMatchObject({ referenceGroup: { code: 'CENTRAL' }, recordedBy: null, signatories: [], signed: false });
      const listed = expectStatus(await client.get(`/goals/${goal}/positions`), 200).items.find(
        (item: { id: string }) => item.id === positionId,
      );
      expect(listed, email).toMatchObject({ recordedBy: null, signatories: [] });
      expect(JSON.stringify(listed)).not.toContain(me);
    }
  });

  it('lets a local reference group take its own position on the same goal, and any group on any goal', async () => {
    const localPosition = expectStatus(
      await local.post(`/goals/${goal}/positions`, {
        cycleId: cycle,
        stance: 'supports',
        text: 'Vi stöder målet.',
        meeting: 'Lokal samverkan Farsta 2025-06-10',
      }),
      201,
    );
    expect(localPosition.referenceGroup.code).toBe('LOKAL_FARSTA');
    expect(localPosition.signed).toBe(false);
    expectStatus(
      await local.post(`/goals/${otherGoal}/positions`, {
        cycleId: cycle,
        stance: 'partly_supports',
        text: 'Delvis.',
        meeting: 'Lokal samverkan Farsta 2025-06-10',
      }),
      201,
    );
  });

  it('refuses a second active position of the same group on the goal in the cycle', async () => {
    expect(errorCode(await union.post(`/goals/${goal}/positions`, { cycleId: cycle, ...reservation }), 409)).toBe('positions.exists');
  });

  it('refuses signatories outside the reference group, naming them', async () => {
    const response = await union.post(`/goals/${otherGoal}/positions`, { cycleId: cycle, ...reservation, signatories: [me, localUser] });
    expect(errorCode(response, 400)).toBe('positions.invalid_signatories');
    expect(response.json().error.details).toEqual([{ field: 'body.signatories', message: expect.stringContaining(localUser) }]);
  });

  it('refuses a cycle of another plan, an unknown cycle or goal, and a union user without a reference group', async () => {
    const oldCycle = await cycleFor(t, 'HP-2016', '2023-T3');
    expect(errorCode(await union.post(`/goals/${otherGoal}/positions`, { cycleId: oldCycle, ...reservation }), 400)).toBe(
      'positions.goal_outside_cycle',
    );
    const unknown = '6f1c2d1e-0000-4000-8000-000000000000';
    expect(errorCode(await union.post(`/goals/${otherGoal}/positions`, { cycleId: unknown, ...reservation }), 404)).toBe(
      'reporting_cycles.not_found',
    );
    expect(errorCode(await union.post(`/goals/${unknown}/positions`, { cycleId: cycle, ...reservation }), 404)).toBe('goals.not_found');
    const groupless = clientAs(t, await t.loginAs('utan.grupp@planpuls.test'));
    expect(errorCode(await groupless.post(`/goals/${otherGoal}/positions`, { cycleId: cycle, ...reservation }), 403)).toBe(
      'positions.no_reference_group',
    );
  });

  it('refuses bad input', async () => {
    for (const body of [
      {},
      { cycleId: cycle, ...reservation, stance: 'against' },
      { cycleId: cycle, ...reservation, text: '   ' },
      { cycleId: cycle, ...reservation, meeting: '' },
      { cycleId: 'x', ...reservation },
      { cycleId: cycle, ...reservation, signatories: [me, me] },
    ]) {
      expect(errorCode(await union.post(`/goals/${otherGoal}/positions`, body), 400), JSON.stringify(body)).toBe('request.invalid');
    }
  });

  it('counts as signed only when every signatory has confirmed with their own login', async () => {
    const first = expectStatus(await union.post(`/positions/${positionId}/confirm`), 200);
    expect(first.signed).toBe(false);
    expect(first.signatories.find((s: { userId: string }) => s.userId === me).confirmedAt).toEqual(expect.any(String));
    expect(errorCode(await local.post(`/positions/${positionId}/confirm`), 403)).toBe('positions.not_a_signatory');
    const second = expectStatus(await union2.post(`/positions/${positionId}/confirm`), 200);
    expect(second.signed).toBe(true);
  });

  it('keeps confirmations when only the list of signatories changes, and resets them when the text changes', async () => {
    const fewer = expectStatus(await union.patch(`/positions/${positionId}`, { signatories: [me, colleague] }), 200);
    expect(fewer.signed).toBe(true);
    const changed = expectStatus(await union.patch(`/positions/${positionId}`, { text: `${reservation.text} Se bilaga.` }), 200);
    expect(changed.signed).toBe(false);
    expect(changed.signatories.every((s: { confirmedAt: string | null }) => s.confirmedAt === null)).toBe(true);
    expectStatus(await union.post(`/positions/${positionId}/confirm`), 200);
    expect(expectStatus(await union2.post(`/positions/${positionId}/confirm`), 200).signed).toBe(true);
  });

  it('keeps the history of edits in the audit trail', async () => {
    const rows = await t.database.owner.execute(
      sql`SELECT action, before FROM audit_log WHERE entity_type = 'positions' AND entity_id = ${positionId} ORDER BY id`,
    );
    expect(rows.rows.map((row) => row.action)).toEqual(['create', 'update', 'update']);
    expect(rows.rows.map((row) => (row.before as { text?: string } | null)?.text)).toContain(reservation.text);
  });

  it('lets only the own reference group change a position, and only the steering group answer it', async () => {
    expect(errorCode(await local.patch(`/positions/${positionId}`, { text: 'Kapat' }), 403)).toBe('positions.other_reference_group');
    expect(errorCode(await local.post(`/positions/${positionId}/withdraw`, {}), 403)).toBe('positions.other_reference_group');
    expect(errorCode(await admin.patch(`/positions/${positionId}`, { text: 'Kapat' }), 403)).toBe('auth.forbidden');
    expect(errorCode(await union.put(`/positions/${positionId}/answer`, { text: 'Svar' }), 403)).toBe('auth.forbidden');
  });

  it('refuses restating an unanswered position (edit it instead)', async () => {
    expect(errorCode(await union.post(`/positions/${positionId}/restate`, reservation), 409)).toBe('positions.not_answered');
  });

  let restatedId: string;

  it('after the steering group’s answer, refuses edits but lets the union restate: a new position supersedes the old', async () => {
    const answered = expectStatus(
      await steering.put(`/positions/${positionId}/answer`, { text: 'Styrgruppen följer upp total omsättning.' }),
      200,
    );
    expect(answered.answer).toMatchObject({ text: 'Styrgruppen följer upp total omsättning.', answeredBy: { name: 'Johan Bergström' } });
    expect(answered.allowed).toMatchObject({ edit: false, answer: true });
    expect(expectStatus(await union.get(`/positions/${positionId}`), 200).allowed).toMatchObject({
      edit: false,
      withdraw: true,
      restate: true,
    });
    expect(errorCode(await union.patch(`/positions/${positionId}`, { text: 'Tyst ändring' }), 409)).toBe('positions.answered');

    const restated = expectStatus(
      await union.post(`/positions/${positionId}/restate`, { ...reservation, text: 'Vi står fast vid reservationen.', signatories: [me] }),
      201,
    );
    restatedId = restated.id;
    expect(restated).toMatchObject({
      state: 'active',
      restatesId: positionId,
      answer: null,
      signed: false,
      text: 'Vi står fast vid reservationen.',
    });
    const old = expectStatus(await union.get(`/positions/${positionId}`), 200);
    expect(old).toMatchObject({
      state: 'superseded',
      text: `${reservation.text} Se bilaga.`,
      answer: { text: 'Styrgruppen följer upp total omsättning.' },
    });
    expect(errorCode(await union.post(`/positions/${positionId}/restate`, reservation), 409)).toBe('positions.not_active');
    expect(errorCode(await steering.put(`/positions/${positionId}/answer`, { text: 'Nytt svar' }), 409)).toBe('positions.not_active');
  });

  it('needs a new answer for a restated reservation before the review can close', async () => {
    expect(expectStatus(await steering.get(`/reporting-cycles/${cycle}/review`), 200).unansweredReservations).toEqual([restatedId]);
    expect(errorCode(await steering.post(`/reporting-cycles/${cycle}/review/close`, {}), 409)).toBe('reviews.unanswered_reservations');
  });

  it('shows the goal’s active positions, and with history the superseded ones too', async () => {
    const active = expectStatus(await union.get(`/goals/${goal}/positions?cycle=${cycle}`), 200).items;
    expect(active.map((p: { id: string }) => p.id)).toContain(restatedId);
    expect(active.map((p: { id: string }) => p.id)).not.toContain(positionId);
    const history = expectStatus(await union.get(`/goals/${goal}/positions?cycle=${cycle}&history=true`), 200).items;
    expect(history.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining([positionId, restatedId]));
    const viewer = clientAs(t, await t.loginAs('lasare@planpuls.test'));
    expect(expectStatus(await viewer.get(`/goals/${goal}/positions`), 200).items.length).toBe(active.length);
    expect(errorCode(await union.get(`/goals/${goal}/positions?cycle=6f1c2d1e-0000-4000-8000-000000000000`), 404)).toBe(
      'reporting_cycles.not_found',
    );
  });

  it('lets the union withdraw a position and then record a new one', async () => {
    const withdrawn = expectStatus(
      await union.post(`/positions/${restatedId}/withdraw`, { reason: 'Ersätts efter nytt samverkansmöte' }),
      200,
    );
    expect(withdrawn).toMatchObject({
      state: 'withdrawn',
      withdrawnAt: expect.any(String),
      allowed: { edit: false, withdraw: false, restate: false },
    });
    expect(errorCode(await union.patch(`/positions/${restatedId}`, { text: 'x' }), 409)).toBe('positions.not_active');
    expect(errorCode(await union.post(`/positions/${restatedId}/withdraw`, {}), 409)).toBe('positions.not_active');
    expectStatus(await union.post(`/goals/${goal}/positions`, { cycleId: cycle, ...reservation, stance: 'partly_supports' }), 201);
  });

  it('lets the union withdraw an answered position, keeping the answer on record', async () => {
    const [localPosition] = expectStatus(await local.get(`/goals/${otherGoal}/positions?cycle=${cycle}`), 200).items;
    expectStatus(await steering.put(`/positions/${localPosition.id}/answer`, { text: 'Tack, vi noterar.' }), 200);
    const withdrawn = expectStatus(await local.post(`/positions/${localPosition.id}/withdraw`, {}), 200);
    expect(withdrawn).toMatchObject({ state: 'withdrawn', answer: { text: 'Tack, vi noterar.' } });
  });

  it('answers 404 for an unknown position', async () => {
    const unknown = '6f1c2d1e-0000-4000-8000-000000000000';
    expect(errorCode(await union.get(`/positions/${unknown}`), 404)).toBe('positions.not_found');
    expect(errorCode(await union.patch(`/positions/${unknown}`, { text: 'x' }), 404)).toBe('positions.not_found');
    expect(errorCode(await union.post(`/positions/${unknown}/confirm`), 404)).toBe('positions.not_found');
    expect(errorCode(await steering.put(`/positions/${unknown}/answer`, { text: 'x' }), 404)).toBe('positions.not_found');
  });
});

describe('positions of another municipality', () => {
  const t = useTestApp('demo');
  let foreignPosition: string;
  beforeAll(async () => {
    const result = await t.database.owner.execute(sql`
      WITH m AS (INSERT INTO municipalities (code, name) VALUES ('TESTKOMMUN', 'Testkommun') RETURNING id),
      p AS (INSERT INTO plans (municipality_id, code, name, status, adopted_on) SELECT id, 'HP', 'Andras', 'adopted', '2024-01-01' FROM m RETURNING id, municipality_id),
      f AS (INSERT INTO focus_areas (municipality_id, plan_id, code, name) SELECT municipality_id, id, '1', 'Fokus' FROM p RETURNING id, plan_id, municipality_id),
      g AS (INSERT INTO goals (municipality_id, plan_id, focus_area_id, code, name) SELECT municipality_id, plan_id, id, '2.1', 'Mål' FROM f RETURNING id, plan_id, municipality_id),
      c AS (INSERT INTO reporting_cycles (municipality_id, plan_id, period_id, opens_on, deadline, due_on)
            SELECT p.municipality_id, p.id, pe.id, '2025-09-01', '2025-09-20', '2025-09-22' FROM p, periods pe WHERE pe.code = '2025-T2' RETURNING id),
      r AS (INSERT INTO reference_groups (municipality_id, code, name, scope) SELECT id, 'CENTRAL', 'Central', 'all' FROM m RETURNING id, municipality_id),
      u AS (INSERT INTO users (municipality_id, email, display_name, reference_group_id) SELECT municipality_id, 'facket@test.test', 'Facket', id FROM r RETURNING id, municipality_id, reference_group_id)
      INSERT INTO positions (municipality_id, cycle_id, goal_id, reference_group_id, stance, text, meeting, recorded_by)
      SELECT u.municipality_id, c.id, g.id, u.reference_group_id, 'reservation', 'Andras', 'Möte', u.id FROM u, c, g RETURNING id`);
    foreignPosition = String(result.rows[0]!.id);
  });

  it('are not found, read or changed', async () => {
    const union = clientAs(t, await t.loginAs('ssr.central@planpuls.test'));
    const steering = clientAs(t, await t.loginAs('styrgrupp@planpuls.test'));
    expect(errorCode(await union.get(`/positions/${foreignPosition}`), 404)).toBe('positions.not_found');
    expect(errorCode(await union.patch(`/positions/${foreignPosition}`, { text: 'x' }), 404)).toBe('positions.not_found');
    expect(errorCode(await union.post(`/positions/${foreignPosition}/confirm`), 404)).toBe('positions.not_found');
    expect(errorCode(await union.post(`/positions/${foreignPosition}/withdraw`, {}), 404)).toBe('positions.not_found');
    expect(errorCode(await steering.put(`/positions/${foreignPosition}/answer`, { text: 'x' }), 404)).toBe('positions.not_found');
    const [row] = (await t.database.owner.execute(sql`SELECT text, state FROM positions WHERE id = ${foreignPosition}`)).rows;
    expect(row).toEqual({ text: 'Andras', state: 'active' });
    expect(
      (await t.database.owner.execute(sql`SELECT count(*)::int AS n FROM position_answers WHERE position_id = ${foreignPosition}`)).rows[0]!
        .n,
    ).toBe(0);
  });
});
