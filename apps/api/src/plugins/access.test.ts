import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../testing/test-app';

interface Denial {
  count: number;
  permission: string | null;
  routes: Record<string, number>;
}

describe('refused requests in the audit trail', () => {
  const t = useTestApp('demo');
  let viewer: { id: string; cookie: string };

  beforeAll(async () => {
    const cookie = await t.loginAs('lasare@planpuls.test');
    const { rows } = await t.database.owner.execute<{ id: string }>(sql`SELECT id FROM users WHERE email = 'lasare@planpuls.test'`);
    viewer = { id: rows[0]!.id, cookie };
  });

  /** The viewer's refusals as the trail holds them. */
  const denials = async () =>
    (
      await t.database.owner.execute<{ after: Denial }>(
        sql`SELECT after FROM audit_entries WHERE action = 'access_denied' AND actor_user_id = ${viewer.id}::uuid ORDER BY id`,
      )
    ).rows.map((row) => row.after);

  it('keeps a caller refused again and again to a row a minute, with how many refusals it stands for', async () => {
    const refusals = 60;
    for (let i = 0; i < refusals; i++) {
      const response =
        i % 2 === 0
          ? await t.app.inject({ method: 'PUT', url: `/api/v1/data-values/student_placements/FARSTA/2026-T${(i % 3) + 1}`, headers: { cookie: viewer.cookie }, payload: { value: i } })
          : await t.app.inject({ method: 'GET', url: '/api/v1/data-values?unit=FARSTA', headers: { cookie: viewer.cookie } });
      expect(response.statusCode).toBe(403);
    }
    const rows = await denials();
    // One row per minute: the requests may straddle the end of one.
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(rows.length).toBeLessThanOrEqual(2);
    expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(refusals);
    const perRoute = new Map<string, number>();
    for (const row of rows) for (const [route, n] of Object.entries(row.routes)) perRoute.set(route, (perRoute.get(route) ?? 0) + n);
    expect(Object.fromEntries(perRoute)).toEqual({
      'PUT /api/v1/data-values/:dataElementCode/:unitCode/:periodCode': refusals / 2,
      'GET /api/v1/data-values': refusals / 2,
    });
    const inAuditLog = await t.database.owner.execute(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'access_denied'`);
    expect(inAuditLog.rows).toEqual([{ n: 0 }]);
  });

  it('shows the refusals to an administrator through the audit API, with their count', async () => {
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/audit?action=access_denied&actorUserId=${viewer.id}` });
    expect(response.statusCode).toBe(200);
    const items = response.json().items as { action: string; entityType: string; after: Denial & { method: string; route: string } }[];
    expect(items.length).toBeGreaterThanOrEqual(1);
    expect(items.every((item) => item.action === 'access_denied' && item.entityType === 'route')).toBe(true);
    expect(items.reduce((sum, item) => sum + item.after.count, 0)).toBe(60);
    expect(items.at(-1)!.after).toMatchObject({ method: 'PUT', route: '/api/v1/data-values/:dataElementCode/:unitCode/:periodCode', permission: 'data_values:write' });
  });
});
