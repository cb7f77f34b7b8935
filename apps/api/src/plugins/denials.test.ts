import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../testing/test-app';

interface Denial {
  method: string;
  route: string;
  permission: string | null;
  code: string;
  count: number;
  routes: Record<string, number>;
}

const VALUE_ROUTE = '/api/v1/data-values/:dataElementCode/:unitCode/:periodCode';

describe('refused requests in the audit trail', () => {
  const t = useTestApp('demo');
  const callers: Record<string, { id: string; cookie: string }> = {};

  beforeAll(async () => {
    for (const email of ['lasare@planpuls.test', 'hr.farsta@planpuls.test']) {
      const cookie = await t.loginAs(email);
      const { rows } = await t.database.owner.execute<{ id: string }>(sql`SELECT id FROM users WHERE email = ${email}`);
      callers[email] = { id: rows[0]!.id, cookie };
    }
  });

  /** A caller's refusals as the trail holds them, and their counts per route and code summed over its rows. */
  const denialsOf = async (email: string) => {
    const { rows } = await t.database.owner.execute<{ after: Denial }>(
      sql`SELECT after FROM audit_entries WHERE action = 'access_denied' AND actor_user_id = ${callers[email]!.id}::uuid ORDER BY id`,
    );
    const perRoute: Record<string, number> = {};
    for (const { after } of rows) for (const [route, n] of Object.entries(after.routes)) perRoute[route] = (perRoute[route] ?? 0) + n;
    return { rows: rows.map((row) => row.after), perRoute };
  };

  it('keeps a caller refused again and again to a row a minute, with how many refusals it stands for', async () => {
    const { cookie } = callers['lasare@planpuls.test']!;
    const refusals = 60;
    for (let i = 0; i < refusals; i++) {
      const response =
        i % 2 === 0
          ? await t.app.inject({
              method: 'PUT',
              url: `/api/v1/data-values/student_placements/FARSTA/2026-T${(i % 3) + 1}`,
              headers: { cookie },
              payload: { value: i },
            })
          : await t.app.inject({ method: 'GET', url: '/api/v1/data-values?unit=FARSTA', headers: { cookie } });
      expect(response.statusCode).toBe(403);
    }
    const { rows, perRoute } = await denialsOf('lasare@planpuls.test');
    // One row per minute: the requests may straddle the end of one.
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(rows.length).toBeLessThanOrEqual(2);
    expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(refusals);
    expect(perRoute).toEqual({
      [`PUT ${VALUE_ROUTE} (auth.forbidden)`]: refusals / 2,
      'GET /api/v1/data-values (auth.forbidden)': refusals / 2,
    });
    expect(rows[0]).toMatchObject({ method: 'PUT', route: VALUE_ROUTE, permission: 'data_values:write', code: 'auth.forbidden' });
    const inAuditLog = await t.database.owner.execute(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'access_denied'`);
    expect(inAuditLog.rows).toEqual([{ n: 0 }]);
  });

  it('counts a refusal by a rule of the service too, not only a missing role', async () => {
    const { cookie } = callers['hr.farsta@planpuls.test']!;
    for (let i = 0; i < 5; i++) {
      const other = await t.app.inject({
        method: 'PUT',
        url: '/api/v1/data-values/student_placements/SPANGA_TENSTA/2026-T1',
        headers: { cookie },
        payload: { value: 4 },
      });
      expect(other.statusCode).toBe(403);
      expect(other.json().error.code).toBe('data_values.unit_forbidden');
    }
    const { rows, perRoute } = await denialsOf('hr.farsta@planpuls.test');
    expect(rows.length).toBeLessThanOrEqual(2);
    expect(perRoute).toEqual({ [`PUT ${VALUE_ROUTE} (data_values.unit_forbidden)`]: 5 });
  });

  it('shows the refusals to an administrator through the audit API, with their count', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/v1/audit?action=access_denied&actorUserId=${callers['lasare@planpuls.test']!.id}`,
    });
    expect(response.statusCode).toBe(200);
    const items = response.json().items as { action: string; entityType: string; after: Denial }[];
    expect(items.length).toBeGreaterThanOrEqual(1);
    expect(items.every((item) => item.action === 'access_denied' && item.entityType === 'route')).toBe(true);
    expect(items.reduce((sum, item) => sum + item.after.count, 0)).toBe(60);
  });
});
