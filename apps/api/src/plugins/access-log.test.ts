import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { useTestApp } from '../testing/test-app';

interface Line {
  level: number;
  msg: string;
  reqId?: string;
  method?: string;
  url?: string;
  status?: number;
  ms?: number;
}

describe('the access log', () => {
  const t = useTestApp('demo');
  const info: string[] = [];
  const warn: string[] = [];
  let atInfo: FastifyInstance;
  let atWarn: FastifyInstance;
  let cookie: string;

  beforeAll(async () => {
    const config = { ...loadConfig({ PLANPULS_MODE: 'development' }), rateLimit: { requestsPerMinute: 1e6, loginsPerMinute: 1e6 } };
    atInfo = await buildApp({
      config: { ...config, logLevel: 'info' },
      db: t.database.app,
      logStream: { write: (line) => void info.push(line) },
    });
    atWarn = await buildApp({
      config: { ...config, logLevel: 'warn' },
      db: t.database.app,
      logStream: { write: (line) => void warn.push(line) },
    });
    cookie = await t.loginAs('lasare@planpuls.test');
  });
  afterAll(async () => {
    await atInfo.close();
    await atWarn.close();
  });

  /** A request's lines at info, its access line; warnings (a refused single sign-on) are other events. */
  const linesOf = (lines: string[], requestId: string) =>
    lines.map((line) => JSON.parse(line) as Line).filter((line) => line.reqId === requestId && line.level === 30);

  it('at LOG_LEVEL=info has one line per request: method, path with the names of the query but not its values, status and time', async () => {
    const url = '/api/v1/indicators/turnover_total/values?period=2025-T2&group=SOC';
    const answered = await atInfo.inject({ method: 'GET', url, headers: { cookie } });
    expect(answered.statusCode).toBe(200);
    const refused = await atInfo.inject({ method: 'GET', url: '/api/v1/units?secret-marker=NOT-IN-THE-LOG' });
    expect(refused.statusCode).toBe(401);
    // A single sign-on callback carries the provider's authorization code in its query.
    const callback = await atInfo.inject({
      method: 'GET',
      url: '/api/v1/auth/oidc/callback?code=OIDC-CODE-NOT-IN-THE-LOG&state=STATE-NOT-IN-THE-LOG',
    });

    for (const [response, path, status] of [
      [answered, '/api/v1/indicators/turnover_total/values?period&group', 200],
      [refused, '/api/v1/units?secret-marker', 401],
      [callback, '/api/v1/auth/oidc/callback?code&state', callback.statusCode],
    ] as const) {
      const lines = linesOf(info, String(response.headers['x-request-id']));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ level: 30, msg: 'request completed', method: 'GET', url: path, status });
      expect(lines[0]!.ms).toBeGreaterThanOrEqual(0);
    }
    const log = info.join('');
    expect(log).not.toContain('2025-T2');
    expect(log).not.toContain('NOT-IN-THE-LOG');
    expect(log).not.toContain('OIDC-CODE');
  });

  it('at LOG_LEVEL=warn has no line for a request that went well', async () => {
    const responses = [
      await atWarn.inject({ method: 'GET', url: '/api/v1/units', headers: { cookie } }),
      await atWarn.inject({ method: 'GET', url: '/api/v1/health' }),
      await atWarn.inject({ method: 'GET', url: '/api/v1/units' }),
    ];
    expect(responses.map((response) => response.statusCode)).toEqual([200, 200, 401]);
    expect(warn.map((line) => JSON.parse(line) as Line).filter((line) => line.level < 40)).toEqual([]);
  });
});
