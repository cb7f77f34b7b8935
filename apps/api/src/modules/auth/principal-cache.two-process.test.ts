import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_APP_PASSWORD } from '@planpuls/db/testing';
import { TEST_PASSWORD, useTestApp } from '../../testing/test-app';

/**
 * Who is logged in is kept in memory by every API process (sessions, users with their roles, API tokens).
 * Here a second API process runs beside the test's own on the same database: a change made through one must
 * stop a session or token on the other within a second, although the other has it in memory.
 */
const apiRoot = fileURLToPath(new URL('../../../', import.meta.url));
const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
const WITHIN_MS = 1_000;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Polls until `check` holds, for at most a second; answers how long it took (or fails). */
async function within(check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < WITHIN_MS) {
    if (await check()) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  if (await check()) return Date.now() - started;
  throw new Error(`not within ${WITHIN_MS} ms`);
}

describe('two API processes on one database', () => {
  const t = useTestApp('demo');
  let other: ChildProcess;
  let base: string;
  let output = '';

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}/api/v1`;
    other = spawn(tsx, ['src/server.ts'], {
      cwd: apiRoot,
      env: {
        ...process.env,
        PLANPULS_MODE: 'development',
        DATABASE_URL: t.database.urls.ownerUrl,
        DATABASE_APP_PASSWORD: TEST_APP_PASSWORD,
        PORT: String(port),
        REMINDER_INTERVAL_MINUTES: '0',
        RATE_LIMIT_PER_MINUTE: '1000000',
        LOGIN_RATE_LIMIT_PER_MINUTE: '1000000',
        LOG_LEVEL: 'warn',
        // It gives demo users without a password this one, as the test app does.
        DEMO_PASSWORD: TEST_PASSWORD,
      },
    });
    other.stdout!.on('data', (chunk) => (output += chunk));
    other.stderr!.on('data', (chunk) => (output += chunk));
    const started = Date.now();
    for (;;) {
      if (other.exitCode !== null) throw new Error(`the second process ended:\n${output}`);
      if (Date.now() - started > 90_000) throw new Error(`the second process did not start:\n${output}`);
      const ready = await fetch(`${base}/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ready) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }, 120_000);

  afterAll(async () => {
    if (other && other.exitCode === null) {
      const ended = new Promise((resolve) => other.once('exit', resolve));
      other.kill('SIGTERM');
      await ended;
    }
  });

  async function loginOnOther(email: string): Promise<string> {
    await t.loginAs(email); // sets the test password
    const response = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: TEST_PASSWORD }),
    });
    expect(response.status).toBe(200);
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('planpuls_session='));
    return cookie!.split(';')[0]!;
  }

  const meOnOther = (cookie: string) => fetch(`${base}/auth/me`, { headers: { cookie } });
  const rolesOnOther = async (cookie: string) =>
    ((await (await meOnOther(cookie)).json()) as { roles: { role: string }[] }).roles.map((r) => r.role);

  it('a user disabled through this process is refused by the other within a second', async () => {
    const cookie = await loginOnOther('hr.spanga@planpuls.test');
    // Twice, so the other process answers from memory.
    expect((await meOnOther(cookie)).status).toBe(200);
    expect((await meOnOther(cookie)).status).toBe(200);
    const [user] = (await t.database.owner.execute<{ id: string }>(sql`SELECT id FROM users WHERE email = 'hr.spanga@planpuls.test'`)).rows;
    const disabled = await t.app.inject({ method: 'PATCH', url: `/api/v1/users/${user!.id}`, payload: { disabled: true } });
    expect(disabled.statusCode).toBe(200);
    await within(async () => (await meOnOther(cookie)).status === 401);
    await t.database.owner.execute(sql`UPDATE users SET disabled = false WHERE id = ${user!.id}`);
  });

  it('a role ended through this process no longer counts on the other within a second', async () => {
    const cookie = await loginOnOther('styrgrupp@planpuls.test');
    const before = await rolesOnOther(cookie);
    expect(before).toContain('steering');
    expect(await rolesOnOther(cookie)).toEqual(before);
    await t.database.owner.execute(
      sql`UPDATE user_roles SET valid_until = now() - interval '1 second' WHERE role = 'steering' AND user_id = (SELECT id FROM users WHERE email = 'styrgrupp@planpuls.test')`,
    );
    await within(async () => !(await rolesOnOther(cookie)).includes('steering'));
    await t.database.owner.execute(
      sql`UPDATE user_roles SET valid_until = NULL WHERE user_id = (SELECT id FROM users WHERE email = 'styrgrupp@planpuls.test')`,
    );
  });

  it('a session logged out on this process is refused by the other within a second', async () => {
    const cookie = await loginOnOther('lasare@planpuls.test');
    expect((await meOnOther(cookie)).status).toBe(200);
    expect((await meOnOther(cookie)).status).toBe(200);
    const csrf = (await t.anonymous.inject({ method: 'GET', url: '/api/v1/auth/csrf', headers: { cookie } })).json().token as string;
    const logout = await t.anonymous.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie, 'x-csrf-token': csrf } });
    expect(logout.statusCode).toBeLessThan(300);
    await within(async () => (await meOnOther(cookie)).status === 401);
  });

  it('a token revoked through this process is refused by the other within a second', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/api-tokens',
      payload: { name: 'HR-system Farsta', units: ['FARSTA'] },
    });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json() as { token: string; id: string };
    const units = () => fetch(`${base}/data-values?unit=FARSTA&period=2025-T2`, { headers: { authorization: `Bearer ${token}` } });
    expect((await units()).status).toBe(200);
    expect((await units()).status).toBe(200);
    const revoked = await t.app.inject({ method: 'DELETE', url: `/api/v1/api-tokens/${id}` });
    expect(revoked.statusCode).toBeLessThan(300);
    await within(async () => (await units()).status === 401);
  });

  it('a change made straight in the database, by no API process at all, reaches the other too', async () => {
    const cookie = await loginOnOther('vision.farsta@planpuls.test');
    expect((await meOnOther(cookie)).status).toBe(200);
    expect((await meOnOther(cookie)).status).toBe(200);
    await t.database.owner.execute(
      sql`DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE email = 'vision.farsta@planpuls.test')`,
    );
    await within(async () => (await meOnOther(cookie)).status === 401);
  });
});
