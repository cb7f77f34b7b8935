import { createDb } from '@planpuls/db';
import { findFreePort } from '@planpuls/db/testing';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { loadConfig } from '../../config';
import { useTestApp } from '../../testing/test-app';

describe('GET /api/v1/health', () => {
  const t = useTestApp('empty');

  it('reports ok when the database answers', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: 'ok' });
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers 503 when the database is unreachable', async () => {
    const nobodyListens = await findFreePort();
    const handle = createDb(`postgres://planpuls_app:x@127.0.0.1:${nobodyListens}/planpuls`);
    const app = await buildApp({ config: loadConfig({ PLANPULS_MODE: 'development' }), db: handle.db, logger: false });
    try {
      const response = await app.inject({ method: 'GET', url: '/api/v1/health' });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toEqual({ status: 'degraded', database: 'unavailable' });

      const login = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'admin@planpuls.test', password: 'x' },
      });
      expect(login.statusCode).toBe(503);
      expect(login.json().error.code).toBe('server.database_unavailable');
    } finally {
      await app.close();
      await handle.close();
    }
  });
});
