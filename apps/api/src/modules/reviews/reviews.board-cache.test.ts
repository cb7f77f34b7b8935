import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectStatus } from '../../testing/fixtures';
import { useTestApp } from '../../testing/test-app';
import { clientAs, cycleFor, goalId, insertUser } from './review-fixtures';

interface BoardPosition {
  id: string;
  recordedBy: { name: string } | null;
  allowed: { withdraw: boolean };
}
interface Board {
  closed: boolean;
  goals: Array<{ goalId: string; positions: BoardPosition[]; activities: Array<{ code: string; name: string }> }>;
}

/**
 * Issue #19, point 2: the review board is served as ready bytes with a strong ETag, like the figures. Its stamp moves
 * with what it shows besides figures (migration 0029), and its variant holds how positions are shown to the reader.
 */
describe('the review board as ready bytes', () => {
  const t = useTestApp('demo');
  let cycle: string;
  let goal: string;
  let positionId: string;
  const cookies: Record<string, string> = {};
  const board = (who: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url: `/api/v1/reporting-cycles/${cycle}/review`, headers: { cookie: cookies[who]!, ...headers } });
  const positionOn = (body: string) =>
    (JSON.parse(body) as Board).goals.find((g) => g.goalId === goal)!.positions.find((p) => p.id === positionId);

  beforeAll(async () => {
    cycle = await cycleFor(t, 'HP-2024', '2025-T2');
    goal = await goalId(t, 'HP-2024', '2.1');
    // A second reference group reaching every unit, as CENTRAL does: its members hold exactly the grants of CENTRAL's.
    await t.database.owner.execute(sql`
      INSERT INTO reference_groups (municipality_id, code, name, scope)
      SELECT id, 'CENTRAL_B', 'Central referensgrupp B', 'all' FROM municipalities WHERE code = 'STOCKHOLM'`);
    await insertUser(t, 'central.b@planpuls.test', 'union', 'CENTRAL_B');
    await t.database.owner
      .execute(sql`UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE email = 'ssr.central@planpuls.test')
      WHERE email = 'central.b@planpuls.test'`);
    for (const who of ['ssr.central', 'central.b', 'styrgrupp']) cookies[who] = await t.loginAs(`${who}@planpuls.test`);
    const position = await clientAs(t, cookies['ssr.central']!).post(`/goals/${goal}/positions`, {
      cycleId: cycle,
      stance: 'reservation',
      text: 'Arbetsbelastningen mäts inte.',
      meeting: 'Central samverkan 2025-06-12',
    });
    positionId = expectStatus(position, 201).id;
  });

  it('answers 304 to its own ETag and the same bytes again without it', async () => {
    const first = await board('styrgrupp');
    expect(first.statusCode, first.body).toBe(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    const again = await board('styrgrupp', { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    expect((await board('styrgrupp')).rawPayload.equals(first.rawPayload)).toBe(true);
  });

  it('never gives one reference group the board of another with the same grants', async () => {
    const own = await board('ssr.central');
    expect(positionOn(own.body)).toMatchObject({ allowed: { withdraw: true } });
    expect(positionOn(own.body)!.recordedBy).not.toBeNull();
    const other = await board('central.b', { 'if-none-match': own.headers.etag as string });
    expect(other.statusCode).toBe(200);
    expect(positionOn(other.body)).toMatchObject({ recordedBy: null, allowed: { withdraw: false } });
  });

  it('moves with a change made by another connection to an activity, a user’s name or the review, and not with a failed login', async () => {
    const before = await board('styrgrupp');
    const etag = before.headers.etag as string;

    // A failed login writes the user's row; the board does not show it, so the answer stays the same.
    await t.database.owner.execute(sql`UPDATE users SET password_changed_at = now() WHERE email = 'lasare@planpuls.test'`);
    expect((await board('styrgrupp', { 'if-none-match': etag })).statusCode).toBe(304);

    await t.database.owner.execute(sql`
      INSERT INTO activities (municipality_id, plan_id, goal_id, code, name, due_date, status)
      SELECT municipality_id, plan_id, id, 'BC1', 'Ny aktivitet', '2999-12-31', 'ongoing' FROM goals WHERE id = ${goal}`);
    const withActivity = await board('styrgrupp', { 'if-none-match': etag });
    expect(withActivity.statusCode).toBe(200);
    const activities = (JSON.parse(withActivity.body) as Board).goals.find((g) => g.goalId === goal)!.activities;
    expect(activities.map((a) => a.code)).toContain('BC1');

    await t.database.owner.execute(sql`UPDATE users SET display_name = 'Nytt Namn' WHERE email = 'ssr.central@planpuls.test'`);
    const renamed = await board('styrgrupp', { 'if-none-match': withActivity.headers.etag as string });
    expect(renamed.statusCode).toBe(200);
    expect(positionOn(renamed.body)!.recordedBy!.name).toBe('Nytt Namn');

    await t.database.owner.execute(sql`UPDATE positions SET state = 'withdrawn', withdrawn_at = now() WHERE id = ${positionId}`);
    const withdrawn = await board('styrgrupp', { 'if-none-match': renamed.headers.etag as string });
    expect(withdrawn.statusCode).toBe(200);
    expect(positionOn(withdrawn.body)).toBeUndefined();
  });
});
