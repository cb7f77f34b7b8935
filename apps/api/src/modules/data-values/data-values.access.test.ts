import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app';

describe('who may read and write entered values', () => {
  const t = useTestApp('demo');
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    for (const email of ['hr.farsta@planpuls.test', 'ssr.central@planpuls.test', 'lasare@planpuls.test', 'styrgrupp@planpuls.test']) {
      cookies[email] = await t.loginAs(email);
    }
  });

  const get = (email: string, query: string) =>
    t.app.inject({ method: 'GET', url: `/api/v1/data-values?${query}`, headers: { cookie: cookies[email]! } });
  const put = (email: string, path: string, value: number) =>
    t.app.inject({ method: 'PUT', url: `/api/v1/data-values/${path}`, headers: { cookie: cookies[email]! }, payload: { value } });

  // The demo's 2025-T3: Farsta, Spånga-Tensta and Rinkeby-Kista still open, the other units submitted.
  it('shows Farsta’s HR its own values in every state and nobody else’s unsubmitted ones', async () => {
    const own = await get('hr.farsta@planpuls.test', 'unit=FARSTA&period=2025-T3&pageSize=1');
    expect(own.json().total).toBeGreaterThan(0);
    const other = await get('hr.farsta@planpuls.test', 'unit=SPANGA_TENSTA&period=2025-T3');
    expect(other.statusCode).toBe(200);
    expect(other.json().total).toBe(0);
    const everything = await get('hr.farsta@planpuls.test', 'pageSize=1000&period=2025-T3&dataElement=average_headcount');
    const units = new Set(everything.json().items.map((item: { unit: string }) => item.unit));
    expect(units.has('FARSTA')).toBe(true);
    expect(units.has('SPANGA_TENSTA') || units.has('RINKEBY_KISTA')).toBe(false);
  });

  it('shows other units’ values to HR once they are submitted', async () => {
    await t.database.owner.execute(sql`
      UPDATE unit_reports r SET state = 'submitted' FROM reporting_cycles c, periods pe, units u
      WHERE c.id = r.cycle_id AND pe.id = c.period_id AND u.id = r.unit_id AND pe.code = '2025-T3' AND u.code = 'SPANGA_TENSTA'`);
    const submitted = await get('hr.farsta@planpuls.test', 'unit=SPANGA_TENSTA&period=2025-T3');
    expect(submitted.json().total).toBeGreaterThan(0);
    expect(submitted.json().items.every((item: { state: string }) => item.state === 'submitted')).toBe(true);
    const stillOpen = await get('hr.farsta@planpuls.test', 'unit=RINKEBY_KISTA&period=2025-T3');
    expect(stillOpen.json().total).toBe(0);
  });

  it('lets HR write its own units only', async () => {
    expect((await put('hr.farsta@planpuls.test', 'student_placements/FARSTA/2026-T1', 4)).statusCode).toBe(201);
    const other = await put('hr.farsta@planpuls.test', 'student_placements/SPANGA_TENSTA/2026-T1', 4);
    expect(other.statusCode).toBe(403);
    expect(other.json().error.code).toBe('data_values.unit_forbidden');
  });

  it('never lets a union member, a viewer or the steering group change a value', async () => {
    for (const email of ['ssr.central@planpuls.test', 'lasare@planpuls.test', 'styrgrupp@planpuls.test']) {
      const response = await put(email, 'student_placements/FARSTA/2026-T2', 1);
      expect(response.statusCode, email).toBe(403);
      expect(response.json().error.code).toBe('auth.forbidden');
    }
  });

  it('shows a viewer no entered values, only figures', async () => {
    expect((await get('lasare@planpuls.test', 'unit=FARSTA')).statusCode).toBe(403);
    const figures = await t.app.inject({
      method: 'GET',
      url: '/api/v1/plans/HP-2024/progress?period=2025-T2',
      headers: { cookie: cookies['lasare@planpuls.test']! },
    });
    expect(figures.statusCode).toBe(200);
  });

  it('counts a refused request in the audit trail', async () => {
    // Refusals are counted per caller and minute (migration 0015): this one adds to the viewer's count of the route.
    const refusedWrites = async () => {
      const { rows } = await t.database.owner.execute<{ n: number }>(sql`
        SELECT coalesce(sum((e.after -> 'routes' ->> 'PUT /api/v1/data-values/:dataElementCode/:unitCode/:periodCode (auth.forbidden)')::int), 0)::int AS n
        FROM audit_entries e JOIN users u ON u.id = e.actor_user_id
        WHERE e.action = 'access_denied' AND u.email = 'lasare@planpuls.test'`);
      return rows[0]!.n;
    };
    const before = await refusedWrites();
    const response = await put('lasare@planpuls.test', 'student_placements/FARSTA/2026-T3', 1);
    expect(response.statusCode).toBe(403);
    expect(await refusedWrites()).toBe(before + 1);
  });

  it('refuses anonymous requests with 401', async () => {
    const response = await t.anonymous.inject({ method: 'GET', url: '/api/v1/data-values' });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('auth.not_logged_in');
  });
});

describe('union reference groups', () => {
  const t = useTestApp('demo');

  // The README's "Access": unions comment on figures; drafts are HR's work in progress, so a union reads
  // submitted and approved values only, of every unit, and never a draft, not even of its own administration.
  it('shows a union no unsubmitted draft of any unit, its own included, and every unit’s submitted values', async () => {
    const local = await t.loginAs('vision.farsta@planpuls.test');
    const central = await t.loginAs('ssr.central@planpuls.test');
    const count = async (cookie: string, unit: string) =>
      (await t.app.inject({ method: 'GET', url: `/api/v1/data-values?unit=${unit}&period=2025-T3&pageSize=1`, headers: { cookie } })).json()
        .total as number;
    for (const cookie of [local, central]) {
      expect(await count(cookie, 'FARSTA')).toBe(0);
      expect(await count(cookie, 'RINKEBY_KISTA')).toBe(0);
      expect(await count(cookie, 'NORRMALM')).toBeGreaterThan(0);
    }
    const everything = await t.app.inject({
      method: 'GET',
      url: '/api/v1/data-values?period=2025-T3&pageSize=1000',
      headers: { cookie: local },
    });
    expect(everything.json().items.every((item: { state: string }) => item.state === 'submitted' || item.state === 'approved')).toBe(true);
  });
});

describe('a token of the HR system', () => {
  const t = useTestApp('demo');
  let token: string;
  const bearer = () => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/api-tokens',
      payload: { name: 'HR-systemet Spånga-Tensta', units: ['SPANGA_TENSTA'] },
    });
    token = created.json().token;
  });

  it('reads back its own unit’s small counts of people, as the unit’s HR does', async () => {
    const small = await t.database.owner.execute<{ element: string; period: string }>(sql`
      SELECT e.code AS element, p.code AS period FROM data_values v
      JOIN data_elements e ON e.id = v.data_element_id JOIN units u ON u.id = v.unit_id JOIN periods p ON p.id = v.period_id
      WHERE u.code = 'SPANGA_TENSTA' AND e.counts_people AND v.value < 5 ORDER BY p.code, e.code LIMIT 1`);
    const { element, period } = small.rows[0]!;
    const query = `/api/v1/data-values?unit=SPANGA_TENSTA&dataElement=${element}&period=${period}&pageSize=100`;
    const asToken = await t.anonymous.inject({ method: 'GET', url: query, headers: bearer() });
    const asHr = await t.app.inject({ method: 'GET', url: query, headers: { cookie: await t.loginAs('hr.spanga@planpuls.test') } });
    expect(asToken.statusCode, asToken.body).toBe(200);
    expect(asToken.json().items.some((item: { value: number | null }) => item.value !== null && item.value < 5)).toBe(true);
    expect(asToken.json().items.every((item: { suppressed: boolean }) => !item.suppressed)).toBe(true);
    expect(asToken.json().items).toEqual(asHr.json().items);
  });

  it('reads its own unit’s drafts, and no value of another unit, whatever its state', async () => {
    const own = await t.anonymous.inject({
      method: 'GET',
      url: '/api/v1/data-values?unit=SPANGA_TENSTA&period=2025-T3&pageSize=1',
      headers: bearer(),
    });
    expect(own.json().total).toBeGreaterThan(0);
    for (const unit of ['NORRMALM', 'FARSTA']) {
      const other = await t.anonymous.inject({ method: 'GET', url: `/api/v1/data-values?unit=${unit}&pageSize=1`, headers: bearer() });
      expect(other.statusCode).toBe(200);
      expect(other.json().total, unit).toBe(0);
    }
  });
});
