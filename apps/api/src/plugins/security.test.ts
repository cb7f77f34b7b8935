import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { TEST_PASSWORD, useTestApp } from '../testing/test-app';

describe('security headers, CSRF and rate limits', () => {
  const t = useTestApp('demo');

  it('sends a strict Content-Security-Policy and other protective headers', async () => {
    const response = await t.anonymous.inject({ method: 'GET', url: '/api/v1/health' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('refuses a write made with the session cookie but without the CSRF token', async () => {
    const cookie = await t.loginAs('hr.farsta@planpuls.test');
    const forged = await t.anonymous.inject({
      method: 'PUT',
      url: '/api/v1/data-values/student_placements/FARSTA/2026-T1',
      payload: { value: 2 },
      headers: { cookie },
    });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().error.code).toBe('auth.csrf_invalid');
    const wrong = await t.anonymous.inject({
      method: 'PUT',
      url: '/api/v1/data-values/student_placements/FARSTA/2026-T1',
      payload: { value: 2 },
      headers: { cookie, 'x-csrf-token': 'guessed' },
    });
    expect(wrong.statusCode).toBe(403);
    const { token } = (await t.anonymous.inject({ method: 'GET', url: '/api/v1/auth/csrf', headers: { cookie } })).json();
    const genuine = await t.anonymous.inject({
      method: 'PUT',
      url: '/api/v1/data-values/student_placements/FARSTA/2026-T1',
      payload: { value: 2 },
      headers: { cookie, 'x-csrf-token': token },
    });
    expect(genuine.statusCode, genuine.body).toBe(201);
  });

  it('needs no CSRF token for reads', async () => {
    const cookie = await t.loginAs('hr.farsta@planpuls.test');
    expect((await t.anonymous.inject({ method: 'GET', url: '/api/v1/units', headers: { cookie } })).statusCode).toBe(200);
  });
});

describe('rate limits', () => {
  const t = useTestApp('demo', { rateLimit: { requestsPerMinute: 5, loginsPerMinute: 3 } });

  it('answers the fourth login attempt in a minute with 429 and Retry-After', async () => {
    const attempt = () =>
      t.anonymous.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'lasare@planpuls.test', password: 'gissning' } });
    for (let i = 0; i < 3; i++) expect((await attempt()).statusCode).toBe(401);
    const limited = await attempt();
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.json()).toMatchObject({ error: { code: 'request.rate_limited' }, requestId: limited.headers['x-request-id'] });
  });

  it('limits each client to its own budget of requests', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await t.anonymous.inject({ method: 'GET', url: '/api/v1/health' })).statusCode);
    expect(statuses.slice(0, 5).every((status) => status === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});

describe('the log', () => {
  const lines: string[] = [];
  const t = useTestApp('demo');
  let app: FastifyInstance;

  beforeAll(async () => {
    app = await buildApp({
      config: { ...loadConfig({ PLANPULS_MODE: 'development' }), rateLimit: { requestsPerMinute: 1e6, loginsPerMinute: 1e6 } },
      db: t.database.app,
      logStream: { write: (line) => void lines.push(line) },
    });
  });
  afterAll(() => app.close());

  it('never holds passwords, cookies or tokens, and every request line has its request id', async () => {
    await t.loginAs('styrgrupp@planpuls.test'); // gives the user the test password
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'styrgrupp@planpuls.test', password: TEST_PASSWORD },
    });
    const cookie = login.cookies.find((c) => c.name === 'planpuls_session')!.value;
    await app.inject({
      method: 'GET',
      url: '/api/v1/units',
      headers: { cookie: `planpuls_session=${cookie}`, authorization: 'Bearer pp_secret-token-value' },
    });
    const log = lines.join('');
    expect(log).not.toContain(TEST_PASSWORD);
    expect(log).not.toContain(cookie);
    expect(log).not.toContain('pp_secret-token-value');
    const requestLines = lines
      .map((line) => JSON.parse(line) as { msg: string; reqId?: string })
      .filter((line) => line.msg === 'request completed');
    expect(requestLines.length).toBeGreaterThanOrEqual(2);
    expect(requestLines.every((line) => typeof line.reqId === 'string' && line.reqId.length === 36)).toBe(true);
  });
});

describe('caching', () => {
  const webDist = mkdtempSync(join(tmpdir(), 'planpuls-web-'));
  mkdirSync(join(webDist, 'assets'));
  writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Planpuls</title>');
  writeFileSync(join(webDist, 'assets', 'app-1234.js'), 'console.log(1)');
  const t = useTestApp('demo', { webDist, docsPublic: false });
  afterAll(() => rmSync(webDist, { recursive: true, force: true }));

  it('forbids storing any API answer, authenticated or an error, and the API document', async () => {
    const cookie = await t.loginAs('hr.farsta@planpuls.test');
    const answers = [
      await t.anonymous.inject({ method: 'GET', url: '/api/v1/units', headers: { cookie } }),
      await t.anonymous.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } }),
      await t.anonymous.inject({ method: 'GET', url: '/api/v1/plans/HP-2024/progress?period=2025-T2', headers: { cookie } }),
      await t.anonymous.inject({ method: 'GET', url: '/docs/json', headers: { cookie } }),
      await t.anonymous.inject({ method: 'GET', url: '/api/v1/units' }),
      await t.anonymous.inject({ method: 'GET', url: '/api/v1/nothing-here', headers: { cookie } }),
      await t.anonymous.inject({ method: 'GET', url: '/api/v1/units/NO_SUCH_UNIT', headers: { cookie } }),
      await t.anonymous.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'hr.farsta@planpuls.test', password: 'fel-lösenord' },
      }),
    ];
    expect(answers.map((response) => response.statusCode)).toEqual([200, 200, 200, 200, 401, 404, 400, 401]);
    for (const response of answers) expect(response.headers['cache-control'], response.body.slice(0, 80)).toBe('no-store');
  });

  it('leaves the web app’s own files to their caching, logged in or not', async () => {
    const cookie = await t.loginAs('hr.farsta@planpuls.test');
    const asset = await t.anonymous.inject({ method: 'GET', url: '/assets/app-1234.js', headers: { cookie } });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).not.toContain('no-store');
  });
});

describe('rate limits cannot be escaped through the Authorization header', () => {
  const t = useTestApp('demo', { rateLimit: { requestsPerMinute: 5, loginsPerMinute: 3 } });

  it('throttles made-up API tokens per address, as logins are', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const response = await t.anonymous.inject({
        method: 'GET',
        url: '/api/v1/health',
        headers: { authorization: `Bearer guess-${i}` },
        remoteAddress: '203.0.113.7',
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses.at(-1)).toBe(429);
    // Another address is not held up by this one's guesses.
    expect(
      (await t.anonymous.inject({ method: 'GET', url: '/api/v1/health', headers: { authorization: 'Bearer guess-x' } })).statusCode,
    ).toBe(401);
  });

  it('counts an IPv6 client by its /64, the network one host holds, so new addresses of it buy no new guesses', async () => {
    const guess = (remoteAddress: string, path: 'login' | 'token') =>
      path === 'login'
        ? t.anonymous.inject({
            method: 'POST',
            url: '/api/v1/auth/login',
            payload: { email: 'lasare@planpuls.test', password: 'gissning' },
            remoteAddress,
          })
        : t.anonymous.inject({
            method: 'GET',
            url: '/api/v1/health',
            headers: { authorization: `Bearer guess-${remoteAddress}` },
            remoteAddress,
          });
    for (const [path, network] of [
      ['login', '2001:db8:1:1'],
      ['token', '2001:db8:1:2'],
    ] as const) {
      const statuses: number[] = [];
      for (let i = 1; i <= 6; i++) statuses.push((await guess(`${network}:${i.toString(16)}:0:0:${i}`, path)).statusCode);
      expect(statuses.slice(0, 3), path).toEqual([401, 401, 401]);
      expect(statuses.at(-1), path).toBe(429);
      // The same host written another way is the same host; the next /64 is another client.
      expect((await guess(`${network}:0000:0000:0000:0099`, path)).statusCode, path).toBe(429);
      expect((await guess(`${network.replace(/\d$/, '9')}::1`, path)).statusCode, path).toBe(401);
    }
    // An IPv4 client seen through an IPv6 socket is the IPv4 client.
    for (let i = 0; i < 3; i++) await guess('203.0.113.50', 'login');
    expect((await guess('::ffff:203.0.113.50', 'login')).statusCode).toBe(429);
  });

  it('gives a token one budget however its header is spelled', async () => {
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/api-tokens', payload: { name: 'Stavningar', units: ['FARSTA'] } });
    expect(created.statusCode).toBe(201);
    const token = created.json().token as string;
    const spellings = ['Bearer', 'bearer', 'BEARER', 'BeArEr', 'bEARER', 'Bearer ', 'bearer ', 'Bearer\t'];
    const statuses: number[] = [];
    for (const scheme of spellings) {
      const response = await t.anonymous.inject({ method: 'GET', url: '/api/v1/health', headers: { authorization: `${scheme} ${token}` } });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.at(-1)).toBe(429);
  });
});

describe('behind a reverse proxy (TRUST_PROXY)', () => {
  const t = useTestApp('demo', { trustProxy: true, rateLimit: { requestsPerMinute: 1e6, loginsPerMinute: 3 } });

  it('counts logins by the address the proxy saw, not by addresses the client wrote into X-Forwarded-For', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      // The proxy appends the address it was connected from to whatever the client sent.
      const response = await t.anonymous.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'lasare@planpuls.test', password: 'gissning' },
        headers: { 'x-forwarded-for': `10.9.8.${i}, 198.51.100.23` },
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses.at(-1)).toBe(429);
    // Another client behind the same proxy keeps its own budget.
    const other = await t.anonymous.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'lasare@planpuls.test', password: 'gissning' },
      headers: { 'x-forwarded-for': '198.51.100.24' },
    });
    expect(other.statusCode).toBe(401);
  });
});
