import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app';

describe('API tokens for systems', () => {
  const t = useTestApp('demo');
  let token: string;
  let tokenId: string;
  const bearer = (value: string) => ({ authorization: `Bearer ${value}` });

  it('lets an administrator create a token for some units, showing the secret once', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/api-tokens',
      payload: { name: 'HR-systemet (nattlig överföring)', units: ['FARSTA', 'BROMMA'] },
    });
    expect(created.statusCode, created.body).toBe(201);
    ({ token, id: tokenId } = created.json());
    expect(token).toMatch(/^pp_[A-Za-z0-9_-]{43}$/);
    expect(created.json()).toMatchObject({ units: ['BROMMA', 'FARSTA'], lastUsedAt: null, revokedAt: null, prefix: token.slice(0, 10) });

    const list = await t.app.inject({ method: 'GET', url: '/api/v1/api-tokens' });
    expect(list.json().items[0]).not.toHaveProperty('token');
    const stored = await t.database.owner.execute(sql`SELECT count(*)::int AS n FROM api_tokens WHERE token_hash = ${token}`);
    expect(stored.rows).toEqual([{ n: 0 }]);
    const audited = await t.database.owner.execute(
      sql`SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'api_tokens' AND after ? 'token_hash'`,
    );
    expect(audited.rows).toEqual([{ n: 0 }]);
  });

  it('lets the token write values of its units, recorded as the token’s changes', async () => {
    const response = await t.anonymous.inject({
      method: 'PUT',
      url: '/api/v1/data-values/student_placements/BROMMA/2026-T1',
      payload: { value: 6 },
      headers: bearer(token),
    });
    expect(response.statusCode, response.body).toBe(201);
    const audit = await t.database.owner.execute(
      sql`SELECT actor_type, actor_token_id FROM audit_entries WHERE request_id = ${String(response.headers['x-request-id'])}`,
    );
    expect(audit.rows).toEqual([{ actor_type: 'token', actor_token_id: tokenId }]);
    const used = await t.database.owner.execute(sql`SELECT last_used_at IS NOT NULL AS used FROM api_tokens WHERE id = ${tokenId}`);
    expect(used.rows).toEqual([{ used: true }]);
  });

  it('refuses other units and everything that is not entering values', async () => {
    const other = await t.anonymous.inject({
      method: 'PUT',
      url: '/api/v1/data-values/student_placements/NORRMALM/2026-T1',
      payload: { value: 6 },
      headers: bearer(token),
    });
    expect(other.json().error.code).toBe('data_values.unit_forbidden');
    expect((await t.anonymous.inject({ method: 'GET', url: '/api/v1/plans', headers: bearer(token) })).statusCode).toBe(403);
    expect((await t.anonymous.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer(token) })).statusCode).toBe(401);
  });

  it('answers a wrong or malformed token with 401', async () => {
    for (const header of [bearer('pp_not-a-real-token'), { authorization: 'Basic dXNlcjpwYXNz' }, { authorization: 'Bearer' }]) {
      const response = await t.anonymous.inject({ method: 'GET', url: '/api/v1/data-values', headers: header });
      expect(response.statusCode).toBe(401);
      expect(response.json().error.code).toBe('auth.invalid_token');
    }
  });

  it('stops working the moment it is revoked', async () => {
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/api-tokens/${tokenId}` })).statusCode).toBe(204);
    const after = await t.anonymous.inject({
      method: 'PUT',
      url: '/api/v1/data-values/student_placements/BROMMA/2026-T2',
      payload: { value: 6 },
      headers: bearer(token),
    });
    expect(after.statusCode).toBe(401);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/api-tokens/${tokenId}` })).statusCode).toBe(404);
  });

  it('is managed by administrators only', async () => {
    const cookie = await t.loginAs('styrgrupp@planpuls.test');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/api-tokens',
      payload: { name: 'x', units: ['FARSTA'] },
      headers: { cookie },
    });
    expect(response.statusCode).toBe(403);
  });

  it('refuses unknown units and an expiry in the past', async () => {
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/v1/api-tokens', payload: { name: 'x', units: ['ATLANTIS'] } })).json().error.code,
    ).toBe('units.not_found');
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/api-tokens',
          payload: { name: 'x', units: ['FARSTA'], expiresAt: '2020-01-01T00:00:00Z' },
        })
      ).json().error.code,
    ).toBe('api_tokens.expiry_in_past');
  });
});
