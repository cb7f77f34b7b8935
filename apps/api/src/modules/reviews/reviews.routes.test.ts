import { pgErrorCode } from '@planpuls/db/testing';
import { worstStatus } from '@planpuls/domain';
import { sql, type SQL } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorCode, expectStatus } from '../../testing/fixtures';
import { useTestApp } from '../../testing/test-app';
import { clientAs, cycleFor, goalId } from './review-fixtures';

type Client = ReturnType<typeof clientAs>;
interface BoardGoal {
  goalId: string;
  code: string;
  computedStatus: string | null;
  targets: Array<{ targetId: string; level: string; computedStatus: string | null; assessment: unknown }>;
  positions: Array<{ id: string }>;
  activities: Array<{ code: string; overdue: boolean }>;
}

const reservation = { stance: 'reservation', text: 'Arbetsbelastningen mäts inte.', meeting: 'Central samverkan 2025-06-12' };

describe('the steering-group review of a cycle', () => {
  const t = useTestApp('demo');
  let union: Client;
  let steering: Client;
  let viewer: Client;
  let cycle: string;
  let goal: string;
  let board: { goals: BoardGoal[] };
  let reservationId: string;

  beforeAll(async () => {
    cycle = await cycleFor(t, 'HP-2024', '2025-T2');
    goal = await goalId(t, 'HP-2024', '2.1');
    union = clientAs(t, await t.loginAs('ssr.central@planpuls.test'));
    steering = clientAs(t, await t.loginAs('styrgrupp@planpuls.test'));
    viewer = clientAs(t, await t.loginAs('lasare@planpuls.test'));
    await t.database.owner.execute(sql`
      INSERT INTO activities (municipality_id, plan_id, goal_id, code, name, due_date, status)
      SELECT g.municipality_id, g.plan_id, g.id, v.code, v.name, v.due::date, v.status::activity_status
      FROM goals g, (VALUES ('R1', 'Försenad', '2020-01-31', 'ongoing'), ('R2', 'Klar', '2020-01-31', 'done'), ('R3', 'Framtida', '2999-12-31', 'ongoing')) AS v(code, name, due, status)
      WHERE g.id = ${goal}`);
    reservationId = expectStatus(await union.post(`/goals/${goal}/positions`, { cycleId: cycle, ...reservation }), 201).id;
  });

  it('shows per goal and target the status computed from the progress of the cycle’s period', async () => {
    board = expectStatus(await steering.get(`/reporting-cycles/${cycle}/review`), 200);
    expect(board).toMatchObject({ cycleId: cycle, period: '2025-T2', closed: false, closedAt: null, closedBy: null });
    const progress = expectStatus(await steering.get('/plans/HP-2024/progress?period=2025-T2'), 200);
    const judged = board.goals.flatMap((g) => g.targets).filter((target) => target.computedStatus !== null);
    expect(judged.length).toBeGreaterThan(0);
    for (const boardGoal of board.goals) {
      const progressGoal = progress.goals.find((g: { goalId: string }) => g.goalId === boardGoal.goalId);
      for (const target of boardGoal.targets) {
        const figures = progressGoal.targets.find((p: { targetId: string }) => p.targetId === target.targetId);
        const expected =
          target.level === 'city'
            ? figures.municipality.status
            : worstStatus(figures.units.map((u: { status: string | null }) => u.status));
        expect(target.computedStatus, `${boardGoal.code} ${target.targetId}`).toBe(expected);
      }
      expect(boardGoal.computedStatus).toBe(worstStatus(boardGoal.targets.map((target) => target.computedStatus as never)));
    }
  });

  it('lists the goal’s positions and its activities, overdue when past due and neither done nor cancelled', async () => {
    const row = board.goals.find((g) => g.goalId === goal)!;
    expect(row.positions.map((p) => p.id)).toEqual([reservationId]);
    const overdue = Object.fromEntries(row.activities.map((a) => [a.code, a.overdue]));
    expect(overdue).toMatchObject({ R1: true, R2: false, R3: false });
    expect(expectStatus(await viewer.get(`/reporting-cycles/${cycle}/review`), 200).goals.length).toBe(board.goals.length);
  });

  it('records an assessment; a status other than the computed one only with a reason', async () => {
    const row =
      board.goals.find((g) => g.goalId === goal && g.computedStatus !== null) ?? board.goals.find((g) => g.computedStatus !== null)!;
    const computed = row.computedStatus!;
    const other = computed === 'met' ? 'at_risk' : 'met';
    const refused = await steering.put(`/reporting-cycles/${cycle}/review/goals/${row.goalId}`, {
      assessedStatus: other,
      assessment: 'Bedömning',
    });
    expect(errorCode(refused, 400)).toBe('reviews.override_reason_required');
    expect(refused.json().error.details[0].field).toBe('body.overrideReason');
    // A reason no reader can see is none: refused by the API (the database refuses it too, migration 0018).
    for (const overrideReason of ['\u200b', '\u00a0\u2060', '\u00ad', '\u0301']) {
      const invisible = await steering.put(`/reporting-cycles/${cycle}/review/goals/${row.goalId}`, {
        assessedStatus: other,
        overrideReason,
      });
      expect(invisible.statusCode, invisible.body).toBe(400);
      expect(invisible.json().error.details.map((detail: { field: string }) => detail.field)).toContain('body.overrideReason');
    }
    const same = expectStatus(
      await steering.put(`/reporting-cycles/${cycle}/review/goals/${row.goalId}`, {
        assessedStatus: computed,
        assessment: 'Enligt beräkning',
        decisions: 'Fortsätt',
      }),
      200,
    );
    expect(same.assessment).toMatchObject({
      computedStatus: computed,
      assessedStatus: computed,
      overrideReason: null,
      assessment: 'Enligt beräkning',
      decisions: 'Fortsätt',
      assessedBy: { name: 'Johan Bergström' },
    });
    const overridden = expectStatus(
      await steering.put(`/reporting-cycles/${cycle}/review/goals/${row.goalId}`, {
        assessedStatus: other,
        overrideReason: 'Nya siffror efter periodens slut',
        decisions: 'Extra insats',
      }),
      200,
    );
    expect(overridden.assessment).toMatchObject({
      computedStatus: computed,
      assessedStatus: other,
      overrideReason: 'Nya siffror efter periodens slut',
    });
    const [stored] = (
      await t.database.owner.execute(
        sql`SELECT count(*)::int AS n FROM goal_assessments WHERE cycle_id = ${cycle} AND goal_id = ${row.goalId} AND target_id IS NULL`,
      )
    ).rows;
    expect(stored!.n).toBe(1);
  });

  it('assesses a target of the goal, and refuses a target of another goal', async () => {
    const row = board.goals.find((g) => g.targets.some((target) => target.computedStatus !== null))!;
    const target = row.targets.find((x) => x.computedStatus !== null)!;
    const assessed = expectStatus(
      await steering.put(`/reporting-cycles/${cycle}/review/goals/${row.goalId}/targets/${target.targetId}`, {
        assessedStatus: target.computedStatus,
      }),
      200,
    );
    expect(assessed.targets.find((x: { targetId: string }) => x.targetId === target.targetId).assessment).toMatchObject({
      assessedStatus: target.computedStatus,
    });
    const elsewhere = board.goals.find((g) => g.goalId !== row.goalId && g.targets.length > 0)!;
    expect(
      errorCode(
        await steering.put(`/reporting-cycles/${cycle}/review/goals/${row.goalId}/targets/${elsewhere.targets[0]!.targetId}`, {
          assessedStatus: 'met',
        }),
        404,
      ),
    ).toBe('targets.not_found');
    expect(errorCode(await steering.put(`/reporting-cycles/${cycle}/review/goals/${row.goalId}`, { assessedStatus: 'great' }), 400)).toBe(
      'request.invalid',
    );
  });

  it('lets only administrators and the steering group assess and close', async () => {
    expect(
      errorCode(await union.put(`/reporting-cycles/${cycle}/review/goals/${goal}`, { assessedStatus: 'met', overrideReason: 'x' }), 403),
    ).toBe('auth.forbidden');
    expect(errorCode(await union.post(`/reporting-cycles/${cycle}/review/close`, {}), 403)).toBe('auth.forbidden');
  });

  it('refuses to close while a reservation has no answer, listing it; a withdrawn one does not count', async () => {
    const withdrawn = expectStatus(
      await union.post(`/goals/${await goalId(t, 'HP-2024', '1.1')}/positions`, { cycleId: cycle, ...reservation }),
      201,
    );
    expectStatus(await union.post(`/positions/${withdrawn.id}/withdraw`, {}), 200);
    const refused = await steering.post(`/reporting-cycles/${cycle}/review/close`, {});
    expect(errorCode(refused, 409)).toBe('reviews.unanswered_reservations');
    expect(refused.json().error.details).toEqual([
      expect.objectContaining({ field: `positions.${reservationId}`, positionId: reservationId, goal: '2.1', referenceGroup: 'CENTRAL' }),
    ]);
    expect(expectStatus(await steering.get(`/reporting-cycles/${cycle}/review`), 200).unansweredReservations).toEqual([reservationId]);
    const [open] = (await t.database.owner.execute(sql`SELECT review_closed_at FROM reporting_cycles WHERE id = ${cycle}`)).rows;
    expect(open!.review_closed_at).toBeNull();
  });

  it('closes once every reservation is answered, recording who and when, and then locks the cycle', async () => {
    expectStatus(await steering.put(`/positions/${reservationId}/answer`, { text: 'Mätningen införs 2026.' }), 200);
    const before = Date.now();
    const closed = expectStatus(
      await steering.post(`/reporting-cycles/${cycle}/review/close`, { reason: 'Styrgruppsmöte 2025-09-20' }),
      200,
    );
    expect(closed).toMatchObject({ cycleId: cycle, closedBy: { name: 'Johan Bergström' } });
    expect(Date.parse(closed.closedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(expectStatus(await viewer.get(`/reporting-cycles/${cycle}/review`), 200)).toMatchObject({
      closed: true,
      closedAt: closed.closedAt,
      closedBy: closed.closedBy,
    });

    expect(errorCode(await steering.post(`/reporting-cycles/${cycle}/review/close`, {}), 409)).toBe('reviews.closed');
    expect(
      errorCode(await steering.put(`/reporting-cycles/${cycle}/review/goals/${goal}`, { assessedStatus: 'met', overrideReason: 'x' }), 409),
    ).toBe('reviews.closed');
  });

  it('freezes the cycle’s positions: no edit, withdrawal, restatement, confirmation, answer or new position', async () => {
    const frozen = expectStatus(await union.get(`/positions/${reservationId}`), 200);
    expect(frozen).toMatchObject({ frozen: true, allowed: { edit: false, withdraw: false, restate: false, answer: false } });
    const refusals = [
      await union.patch(`/positions/${reservationId}`, { text: 'Ändrad' }),
      await union.post(`/positions/${reservationId}/withdraw`, {}),
      await union.post(`/positions/${reservationId}/restate`, reservation),
      await union.post(`/positions/${reservationId}/confirm`),
      await steering.put(`/positions/${reservationId}/answer`, { text: 'Ändrat svar' }),
      await union.post(`/goals/${await goalId(t, 'HP-2024', '1.2')}/positions`, { cycleId: cycle, ...reservation }),
    ];
    expect(refusals.map((response) => `${response.statusCode} ${response.json().error.code}`)).toEqual(
      Array(6).fill('409 positions.frozen'),
    );
    expect(expectStatus(await union.get(`/positions/${reservationId}`), 200)).toEqual(frozen);
  });

  it('holds a closed review in PostgreSQL too: the application’s role changes no position, signature, answer or assessment of it', async () => {
    const asApp = (statement: SQL) =>
      t.database.app.transaction(async (tx) => {
        await tx.execute(sql`SELECT set_config('planpuls.actor_type', 'user', true), set_config('planpuls.reason', 'Städning', true)`);
        return tx.execute(statement);
      });
    const held = await t.database.owner.execute<{ assessments: number; answers: number }>(sql`SELECT
      (SELECT count(*)::int FROM goal_assessments WHERE cycle_id = ${cycle}) AS assessments,
      (SELECT count(*)::int FROM position_answers WHERE position_id = ${reservationId}) AS answers`);
    expect(held.rows[0]).toMatchObject({ assessments: expect.any(Number), answers: 1 });
    expect(held.rows[0]!.assessments).toBeGreaterThan(0);
    const attempts = {
      'edit a position': sql`UPDATE positions SET text = 'Ändrad i efterhand' WHERE id = ${reservationId}`,
      'withdraw it': sql`UPDATE positions SET state = 'withdrawn', withdrawn_at = now() WHERE id = ${reservationId}`,
      'delete it': sql`DELETE FROM positions WHERE id = ${reservationId}`,
      'add a position': sql`INSERT INTO positions (municipality_id, cycle_id, goal_id, reference_group_id, stance, text, meeting, recorded_by)
        SELECT municipality_id, cycle_id, (SELECT id FROM goals WHERE plan_id = (SELECT plan_id FROM reporting_cycles WHERE id = ${cycle}) AND id <> goal_id LIMIT 1),
          reference_group_id, stance, text, meeting, recorded_by FROM positions WHERE id = ${reservationId}`,
      'add a signatory': sql`INSERT INTO position_signatories (municipality_id, position_id, user_id)
        SELECT municipality_id, id, recorded_by FROM positions WHERE id = ${reservationId}`,
      'rewrite the answer': sql`UPDATE position_answers SET text = 'Ändrat svar' WHERE position_id = ${reservationId}`,
      'delete the answer': sql`DELETE FROM position_answers WHERE position_id = ${reservationId}`,
      'change an assessment': sql`UPDATE goal_assessments SET assessment = 'Ändrad bedömning' WHERE cycle_id = ${cycle}`,
      'delete an assessment': sql`DELETE FROM goal_assessments WHERE cycle_id = ${cycle}`,
      'add an assessment': sql`INSERT INTO goal_assessments (municipality_id, cycle_id, goal_id, assessed_status, assessed_by)
        SELECT c.municipality_id, c.id, g.id, 'met', (SELECT id FROM users WHERE email = 'styrgrupp@planpuls.test' AND municipality_id = c.municipality_id)
        FROM reporting_cycles c JOIN goals g ON g.plan_id = c.plan_id WHERE c.id = ${cycle}
          AND NOT EXISTS (SELECT 1 FROM goal_assessments a WHERE a.cycle_id = c.id AND a.goal_id = g.id AND a.target_id IS NULL) LIMIT 1`,
    };
    const codes: Record<string, string | undefined> = {};
    for (const [what, statement] of Object.entries(attempts)) codes[what] = await pgErrorCode(asApp(statement));
    expect(codes).toEqual(Object.fromEntries(Object.keys(attempts).map((what) => [what, 'PPR10'])));
  });

  it('answers 404 for an unknown cycle or a goal of another plan', async () => {
    const unknown = '6f1c2d1e-0000-4000-8000-000000000000';
    expect(errorCode(await steering.get(`/reporting-cycles/${unknown}/review`), 404)).toBe('reporting_cycles.not_found');
    expect(errorCode(await steering.post(`/reporting-cycles/${unknown}/review/close`, {}), 404)).toBe('reporting_cycles.not_found');
    const otherCycle = await cycleFor(t, 'HP-2024', '2025-T3');
    expect(errorCode(await steering.put(`/reporting-cycles/${otherCycle}/review/goals/${unknown}`, { assessedStatus: 'met' }), 404)).toBe(
      'goals.not_found',
    );
  });
});
