import { eq } from 'drizzle-orm';
import { userRoles, users } from '@planpuls/db';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app';

describe('reading the audit trail', () => {
  const t = useTestApp('demo');

  it('gives the history of one value: who, when, before, after and why', async () => {
    const [item] = (
      await t.app.inject({ method: 'GET', url: '/api/v1/data-values?dataElement=open_cases&unit=FARSTA&group=SOC&period=2025-T2' })
    ).json().items;
    for (const [value, reason] of [
      [item.value + 1, 'Efterregistrerade ärenden'],
      [item.value + 2, 'Ytterligare rättelse'],
    ] as const) {
      const current = (
        await t.app.inject({ method: 'GET', url: '/api/v1/data-values?dataElement=open_cases&unit=FARSTA&group=SOC&period=2025-T2' })
      ).json().items[0];
      const put = await t.app.inject({
        method: 'PUT',
        url: '/api/v1/data-values/open_cases/FARSTA/2025-T2?group=SOC',
        payload: { value, reason },
        headers: { 'if-match': `"${current.version}"` },
      });
      expect(put.statusCode).toBe(200);
    }
    const history = await t.app.inject({ method: 'GET', url: `/api/v1/audit/data_values/${item.id}` });
    expect(history.statusCode, history.body).toBe(200);
    const entries = history.json().items;
    expect(entries.map((e: { action: string; reason: string | null }) => [e.action, e.reason])).toEqual([
      ['update', 'Ytterligare rättelse'],
      ['update', 'Efterregistrerade ärenden'],
      ['create', null],
    ]);
    expect(entries[0].actor).toMatchObject({ type: 'user', userName: 'Testadministratör' });
    expect(Number(entries[0].after.value)).toBe(item.value + 2);
    expect(Number(entries[0].before.value)).toBe(item.value + 1);
    expect(entries[2].actor.type).toBe('system');
  });

  it('filters the whole log by action and time', async () => {
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'admin@planpuls.test', password: 'fel' } });
    const failed = await t.app.inject({ method: 'GET', url: '/api/v1/audit?action=login_failed' });
    expect(failed.json().total).toBe(1);
    const future = await t.app.inject({ method: 'GET', url: '/api/v1/audit?from=2099-01-01T00:00:00Z' });
    expect(future.json()).toMatchObject({ total: 0, items: [] });
  });

  it('is for administrators and the steering group only', async () => {
    const steering = await t.loginAs('styrgrupp@planpuls.test');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/audit?pageSize=1', headers: { cookie: steering } })).statusCode).toBe(200);
    for (const email of ['hr.farsta@planpuls.test', 'ssr.central@planpuls.test', 'lasare@planpuls.test']) {
      const cookie = await t.loginAs(email);
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/audit', headers: { cookie } })).statusCode, email).toBe(403);
    }
  });

  it('hides union membership in users rows from everyone who does not manage users (the steering group)', async () => {
    const [member] = await t.database.owner.select().from(users).where(eq(users.email, 'vision.farsta@planpuls.test'));
    expect(member!.unionId).not.toBeNull();
    const steering = await t.loginAs('styrgrupp@planpuls.test');
    for (const url of [`/api/v1/audit/users/${member!.id}`, `/api/v1/audit?entityType=users&entityId=${member!.id}`]) {
      const admin = (await t.app.inject({ method: 'GET', url })).json().items;
      expect(admin[0].after).toMatchObject({
        email: 'vision.farsta@planpuls.test',
        union_id: member!.unionId,
        reference_group_id: member!.referenceGroupId,
      });

      const seen = (await t.app.inject({ method: 'GET', url, headers: { cookie: steering } })).json().items;
      expect(seen).toHaveLength(admin.length);
      expect(seen[0].after).toMatchObject({
        email: 'vision.farsta@planpuls.test',
        union_id: '[redacted]',
        reference_group_id: '[redacted]',
      });
      expect(JSON.stringify(seen)).not.toContain(member!.unionId);
    }
    // The same stand-in for a person without a union, so the redaction itself reveals nothing.
    const [plain] = await t.database.owner.select().from(users).where(eq(users.email, 'lasare@planpuls.test'));
    const history = (await t.app.inject({ method: 'GET', url: `/api/v1/audit/users/${plain!.id}`, headers: { cookie: steering } })).json()
      .items;
    expect(history[0].after).toMatchObject({ union_id: '[redacted]', reference_group_id: '[redacted]' });
  });

  it('hides the union role of a person’s role grants from the steering group, as their union is hidden', async () => {
    // Holding the role `union` says the person sits for a union: the same account data as their union.
    const [member] = await t.database.owner.select().from(users).where(eq(users.email, 'vision.farsta@planpuls.test'));
    const [grant] = await t.database.owner.select().from(userRoles).where(eq(userRoles.userId, member!.id));
    expect(grant!.role).toBe('union');
    const steering = await t.loginAs('styrgrupp@planpuls.test');
    for (const url of [`/api/v1/audit/user_roles/${grant!.id}`, `/api/v1/audit?entityType=user_roles&entityId=${grant!.id}`]) {
      const admin = (await t.app.inject({ method: 'GET', url })).json().items;
      expect(admin[0].after).toMatchObject({ user_id: member!.id, role: 'union' });
      const seen = (await t.app.inject({ method: 'GET', url, headers: { cookie: steering } })).json().items;
      expect(seen).toHaveLength(admin.length);
      expect(seen[0].after).toMatchObject({ user_id: member!.id, role: '[redacted]' });
      expect(JSON.stringify(seen)).not.toContain('"union"');
    }
  });
});
