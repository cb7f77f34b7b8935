import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_APP_PASSWORD } from '@planpuls/db/testing';
import { TEST_PASSWORD, useTestApp } from './testing/test-app';

/**
 * Figure answers are kept as ready bytes by every API process. Here a second API process runs beside the test's own
 * on the same database: a value changed through this one must end the other's ready answer, so its next conditional
 * read after the change notice arrives is a 200 with the new figure, not a 304.
 */
const apiRoot = fileURLToPath(new URL('../', import.meta.url));
const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
const VALUES = '/indicators/turnover_total/values?period=2025-T2&group=SOC';

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

describe('figure answers on two API processes on one database', () => {
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

  const farsta = (body: string) =>
    (JSON.parse(body) as { units: Array<{ unit: string; numerator: number }> }).units.find((u) => u.unit === 'FARSTA')!;

  it('a value changed through this process ends the other’s ready answer: its next read is a 200 with the new figure', async () => {
    const cookie = await loginOnOther('styrgrupp@planpuls.test');
    const read = (etag?: string) => fetch(`${base}${VALUES}`, { headers: { cookie, ...(etag ? { 'if-none-match': etag } : {}) } });
    const first = await read();
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    const before = farsta(await first.text());
    // Ready in the other process's memory: answered 304.
    expect((await read(etag)).status).toBe(304);

    const [current] = (
      await t.app.inject({ method: 'GET', url: '/api/v1/data-values?dataElement=external_leavers&unit=FARSTA&group=SOC&period=2025-T2' })
    ).json().items as Array<{ value: number; version: number }>;
    const changed = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/data-values/external_leavers/FARSTA/2025-T2?group=SOC',
      headers: { 'if-match': `"${current!.version}"` },
      payload: { value: current!.value + 1, reason: 'Rättelse efter kontroll' },
    });
    expect(changed.statusCode, changed.body).toBe(200);

    // The other process hears of the commit through PostgreSQL (LISTEN/NOTIFY): asked until it has, never for long.
    let answer = await read(etag);
    for (let tries = 0; answer.status === 304 && tries < 100; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      answer = await read(etag);
    }
    expect(answer.status).toBe(200);
    expect(answer.headers.get('etag')).not.toBe(etag);
    expect(farsta(await answer.text()).numerator).toBe(before.numerator + 1);
  }, 180_000);
});
