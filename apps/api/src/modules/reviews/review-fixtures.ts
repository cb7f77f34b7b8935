import { sql } from 'drizzle-orm';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { TestApp } from '../../testing/test-app';

/** Test helpers for positions and reviews on the demo database. */

/**
 * A reporting cycle of a plan for a period, inserted directly (the cycles API is another module's); reused
 * when the demo has it already.
 */
export async function cycleFor(t: TestApp, planCode: string, periodCode: string): Promise<string> {
  await t.database.owner.execute(sql`
    INSERT INTO reporting_cycles (municipality_id, plan_id, period_id, opens_on, deadline, due_on)
    SELECT p.municipality_id, p.id, pe.id, pe.end_date, pe.end_date + 20, pe.end_date + 20
    FROM plans p, periods pe WHERE p.code = ${planCode} AND pe.code = ${periodCode}
    ORDER BY p.version DESC LIMIT 1
    ON CONFLICT (plan_id, period_id) DO NOTHING`);
  const found = await t.database.owner.execute(sql`
    SELECT c.id FROM reporting_cycles c JOIN plans p ON p.id = c.plan_id JOIN periods pe ON pe.id = c.period_id
    WHERE p.code = ${planCode} AND pe.code = ${periodCode} ORDER BY p.version DESC LIMIT 1`);
  return String(found.rows[0]!.id);
}

/** A user with a role (and a reference group by code), for signatories and callers the demo lacks. */
export async function insertUser(t: TestApp, email: string, role: string, referenceGroupCode: string | null): Promise<string> {
  const result = await t.database.owner.execute(sql`
    WITH tenant AS (SELECT id FROM municipalities WHERE code = 'STOCKHOLM'),
    added AS (
      INSERT INTO users (municipality_id, email, display_name, reference_group_id)
      SELECT tenant.id, ${email}, ${email.split('@')[0]}, (SELECT rg.id FROM reference_groups rg WHERE rg.municipality_id = tenant.id AND rg.code = ${referenceGroupCode})
      FROM tenant RETURNING id, municipality_id)
    INSERT INTO user_roles (municipality_id, user_id, role) SELECT municipality_id, id, ${role}::role FROM added RETURNING user_id`);
  return String(result.rows[0]!.user_id);
}

export async function userId(t: TestApp, email: string): Promise<string> {
  const result = await t.database.owner.execute(sql`SELECT id FROM users WHERE lower(email) = lower(${email})`);
  return String(result.rows[0]!.id);
}

export async function goalId(t: TestApp, planCode: string, goalCode: string): Promise<string> {
  const result = await t.database.owner.execute(sql`
    SELECT g.id FROM goals g JOIN plans p ON p.id = g.plan_id WHERE p.code = ${planCode} AND g.code = ${goalCode} ORDER BY p.version DESC LIMIT 1`);
  return String(result.rows[0]!.id);
}

/** JSON requests against /api/v1 as the user of a session cookie. */
export function clientAs(t: TestApp, cookie: string) {
  const send = (method: InjectOptions['method'], path: string, payload?: unknown): Promise<LightMyRequestResponse> =>
    t.app.inject({
      method,
      url: `/api/v1${path}`,
      headers: { cookie },
      ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
    });
  return {
    get: (path: string) => send('GET', path),
    post: (path: string, body?: unknown) => send('POST', path, body),
    put: (path: string, body: unknown) => send('PUT', path, body),
    patch: (path: string, body: unknown) => send('PATCH', path, body),
  };
}
