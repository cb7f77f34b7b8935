import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { userRoles, users } from '@planpuls/db';
import { apiClient, createMunicipality, errorCode, expectStatus } from '../../testing/fixtures';
import { useTestApp } from '../../testing/test-app';

describe('administration of users, roles and deputies', () => {
  const t = useTestApp('demo');
  const api = apiClient(t);
  let adminId: string;

  const userIdOf = async (email: string): Promise<string> => {
    const [row] = await t.database.owner.select({ id: users.id }).from(users).where(eq(users.email, email));
    return row!.id;
  };
  const login = (email: string, password: string) =>
    t.anonymous.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  const meWith = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });

  beforeAll(async () => {
    adminId = expectStatus(await api.get('/auth/me'), 200).user.id;
  });

  it('creates a user with an initial password, who can then log in', async () => {
    const created = expectStatus(
      await api.post('/users', { email: 'anna.ek@planpuls.test', displayName: 'Anna Ek', password: 'ett-långt-startlösenord' }),
      201,
    );
    expect(created).toMatchObject({
      email: 'anna.ek@planpuls.test',
      displayName: 'Anna Ek',
      disabled: false,
      union: null,
      referenceGroup: null,
      hasPassword: true,
      roles: [],
    });
    expect(expectStatus(await api.get(`/users/${created.id}`), 200)).toEqual(created);
    expect((await login('anna.ek@planpuls.test', 'ett-långt-startlösenord')).statusCode).toBe(200);

    const audited = await t.database.owner.execute(
      sql`SELECT actor_type, actor_user_id, after ? 'password_hash' AS has_hash FROM audit_log WHERE entity_type = 'users' AND entity_id = ${created.id}`,
    );
    expect(audited.rows).toEqual([{ actor_type: 'user', actor_user_id: adminId, has_hash: false }]);
  });

  it('refuses a taken email address in any letter case, a short password and unknown fields', async () => {
    expect(errorCode(await api.post('/users', { email: 'Admin@Planpuls.test', displayName: 'Dubblett' }), 409)).toBe('users.email_taken');
    expect(errorCode(await api.post('/users', { email: 'ny@planpuls.test', displayName: 'Ny', password: 'för-kort' }), 400)).toBe(
      'request.invalid',
    );
    expect(errorCode(await api.post('/users', { email: 'ny@planpuls.test', displayName: 'Ny', role: 'admin' }), 400)).toBe(
      'request.invalid',
    );
    expect(errorCode(await api.post('/users', { email: 'inte-en-adress', displayName: 'Ny' }), 400)).toBe('request.invalid');
  });

  it('lists users in Swedish name order and filters by current role, unit and disabled', async () => {
    for (const displayName of ['Östen Berg', 'Ärla Lund', 'Zorn Ali', 'Åsa Ek']) {
      expectStatus(await api.post('/users', { email: `${randomUUID()}@planpuls.test`, displayName }), 201);
    }
    const names = expectStatus(await api.get('/users'), 200).items.map((user: { displayName: string }) => user.displayName);
    expect(names.filter((name: string) => /^[ZÅÄÖ]/.test(name))).toEqual(['Zorn Ali', 'Åsa Ek', 'Ärla Lund', 'Östen Berg']);

    const hr = expectStatus(await api.get('/users?role=hr'), 200).items.map((user: { email: string }) => user.email);
    expect(hr.sort()).toEqual(['hr.farsta@planpuls.test', 'hr.spanga@planpuls.test']);
    const farsta = expectStatus(await api.get('/users?unit=FARSTA'), 200).items.map((user: { email: string }) => user.email);
    // The local union role names its units (migration 0017): the empty list no longer stands for them.
    expect(farsta.sort()).toEqual(['hr.farsta@planpuls.test', 'vision.farsta@planpuls.test']);
    expect(expectStatus(await api.get('/users?role=steering&unit=FARSTA'), 200).items).toEqual([]);
    expect(expectStatus(await api.get('/users?disabled=true'), 200).items).toEqual([]);
    expect(errorCode(await api.get('/users?unit=ATLANTIS'), 404)).toBe('units.not_found');
    expect(errorCode(await api.get('/users?role=superuser'), 400)).toBe('request.invalid');
  });

  it('keeps union membership with its reference group, and out of what the member sees of themself', async () => {
    const member = expectStatus(
      await api.post('/users', {
        email: 'kommunal@planpuls.test',
        displayName: 'Kim Kommunal',
        union: 'KOMMUNAL',
        referenceGroup: 'CENTRAL',
      }),
      201,
    );
    expect(member).toMatchObject({ union: 'KOMMUNAL', referenceGroup: 'CENTRAL' });
    expect(errorCode(await api.post('/users', { email: 'x1@planpuls.test', displayName: 'X', union: 'VISION' }), 400)).toBe(
      'users.union_incomplete',
    );
    expect(
      errorCode(
        await api.post('/users', { email: 'x2@planpuls.test', displayName: 'X', union: 'KOMMUNAL', referenceGroup: 'LOKAL_FARSTA' }),
        400,
      ),
    ).toBe('users.union_not_in_reference_group');
    expect(
      errorCode(await api.post('/users', { email: 'x3@planpuls.test', displayName: 'X', union: 'TCO', referenceGroup: 'CENTRAL' }), 404),
    ).toBe('unions.not_found');

    const ownView = await meWith(await t.loginAs('vision.farsta@planpuls.test'));
    expect(ownView.statusCode).toBe(200);
    expect(ownView.body).not.toMatch(/VISION|LOKAL_FARSTA/);
    const anonymous = await t.anonymous.inject({ method: 'GET', url: '/api/v1/users' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.body).not.toMatch(/VISION|KOMMUNAL/);
  });

  it('changes name, email and membership, refusing a taken email and a membership change under a union role', async () => {
    const id = await userIdOf('hr.spanga@planpuls.test');
    const renamed = expectStatus(
      await api.patch(`/users/${id}`, { displayName: 'Ahmed Hassan Berg', email: 'ahmed.hassan@planpuls.test' }),
      200,
    );
    expect(renamed).toMatchObject({
      displayName: 'Ahmed Hassan Berg',
      email: 'ahmed.hassan@planpuls.test',
      roles: [{ role: 'hr', units: ['SPANGA_TENSTA'], active: true }],
    });
    expectStatus(await api.patch(`/users/${id}`, { email: 'hr.spanga@planpuls.test' }), 200);
    expect(errorCode(await api.patch(`/users/${id}`, { email: 'ADMIN@planpuls.test' }), 409)).toBe('users.email_taken');
    expect(errorCode(await api.patch(`/users/${id}`, {}), 400)).toBe('request.invalid');

    const central = await userIdOf('ssr.central@planpuls.test');
    expect(errorCode(await api.patch(`/users/${central}`, { union: 'VISION', referenceGroup: 'CENTRAL' }), 409)).toBe(
      'users.union_role_held',
    );
    expect(errorCode(await api.patch(`/users/${central}`, { union: null }), 400)).toBe('users.union_incomplete');
    expectStatus(await api.patch(`/users/${central}`, { union: 'SSR', referenceGroup: 'CENTRAL', displayName: 'Elin Sandberg' }), 200);
  });

  it('ends every session of a user the moment they are disabled, and refuses to disable oneself', async () => {
    const cookie = await t.loginAs('lasare@planpuls.test');
    expect((await meWith(cookie)).statusCode).toBe(200);
    const id = await userIdOf('lasare@planpuls.test');

    expect(expectStatus(await api.patch(`/users/${id}`, { disabled: true }), 200).disabled).toBe(true);
    expect((await meWith(cookie)).statusCode).toBe(401);
    const left = await t.database.owner.execute(sql`SELECT count(*)::int AS n FROM sessions WHERE user_id = ${id}`);
    expect(left.rows).toEqual([{ n: 0 }]);
    expect((await api.get('/users?disabled=true')).json().items.map((user: { id: string }) => user.id)).toEqual([id]);

    expect(errorCode(await api.patch(`/users/${adminId}`, { disabled: true }), 409)).toBe('users.cannot_disable_self');
    expect((await api.get('/auth/me')).statusCode).toBe(200);
    expectStatus(await api.patch(`/users/${id}`, { disabled: false }), 200);
  });

  it('lets an administrator set a password, which ends the user’s sessions', async () => {
    const { id } = expectStatus(await api.post('/users', { email: 'glomsk@planpuls.test', displayName: 'Glömsk Användare' }), 201);
    const cookie = await t.loginAs('glomsk@planpuls.test');
    expect((await api.post(`/users/${id}/password`, { password: 'kort' })).statusCode).toBe(400);
    expect((await api.post(`/users/${id}/password`, { password: 'glömskans-nya-lösenord' })).statusCode).toBe(204);
    expect((await meWith(cookie)).statusCode).toBe(401);
    expect((await login('glomsk@planpuls.test', 'glömskans-nya-lösenord')).statusCode).toBe(200);
    expect(expectStatus(await api.get(`/users/${id}`), 200).passwordChangedAt).toEqual(expect.any(String));
    expect(errorCode(await api.post(`/users/${randomUUID()}/password`, { password: 'glömskans-nya-lösenord' }), 404)).toBe(
      'users.not_found',
    );
  });

  it('sets and creates passwords only by the password rules: not common, not the person’s own name or email address', async () => {
    const { id } = expectStatus(await api.post('/users', { email: 'karin.berg@planpuls.test', displayName: 'Karin Berg' }), 201);
    for (const [password, code] of [
      ['aaaaaaaaaaaa', 'auth.password_too_common'],
      ['iloveyou1234', 'auth.password_too_common'],
      ['KarinBerg1234', 'auth.password_too_personal'],
      ['karin.berg.2025', 'auth.password_too_personal'],
    ] as const) {
      const response = await api.post(`/users/${id}/password`, { password });
      expect(response.statusCode, password).toBe(400);
      expect(response.json().error, password).toMatchObject({ code, details: [{ field: 'body.password' }] });
    }
    expect(
      errorCode(await api.post('/users', { email: 'per.lind@planpuls.test', displayName: 'Per Lind', password: 'per.lind.lösen' }), 400),
    ).toBe('auth.password_too_personal');
    expect(
      errorCode(await api.post('/users', { email: 'per.lind@planpuls.test', displayName: 'Per Lind', password: 'password1234' }), 400),
    ).toBe('auth.password_too_common');
    expect((await t.database.owner.select().from(users).where(eq(users.email, 'per.lind@planpuls.test'))).length).toBe(0);
    expect((await api.post(`/users/${id}/password`, { password: 'tre-blå-tranor-vid-sjön' })).statusCode).toBe(204);
  });

  it('grants a deputy role for an hour that works, and that the user loses once its time has passed', async () => {
    const id = await userIdOf('hr.spanga@planpuls.test');
    const cookie = await t.loginAs('hr.spanga@planpuls.test');
    const write = (period: string) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/v1/data-values/student_placements/FARSTA/${period}`,
        payload: { value: 3 },
        headers: { cookie },
      });
    expect((await write('2026-T1')).statusCode).toBe(403);

    const inAnHour = new Date(Date.now() + 3_600_000).toISOString();
    const deputy = expectStatus(await api.post(`/users/${id}/roles`, { role: 'hr', units: ['FARSTA'], validUntil: inAnHour }), 201);
    expect(deputy).toMatchObject({ role: 'hr', units: ['FARSTA'], validUntil: inAnHour, active: true });
    expect((await write('2026-T1')).statusCode).toBe(201);

    await t.database.owner
      .update(userRoles)
      .set({ validUntil: sql`now() - interval '1 minute'` })
      .where(eq(userRoles.id, deputy.id));
    const refused = await write('2026-T2');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('data_values.unit_forbidden');
    const me = (await meWith(cookie)).json();
    expect(me.roles).toEqual([{ role: 'hr', allUnits: false, units: ['SPANGA_TENSTA'], validUntil: null }]);
    const grants = expectStatus(await api.get(`/users/${id}/roles`), 200).items;
    expect(grants.map((grant: { units: string[]; active: boolean }) => [grant.units, grant.active])).toEqual([
      [['SPANGA_TENSTA'], true],
      [['FARSTA'], false],
    ]);
  });

  it('limits HR and a local union member to units, and the other roles to none', async () => {
    const hr = await userIdOf('hr.farsta@planpuls.test');
    expect(errorCode(await api.post(`/users/${hr}/roles`, { role: 'hr' }), 400)).toBe('roles.units_required');
    expect(errorCode(await api.post(`/users/${hr}/roles`, { role: 'hr', units: ['FARSTA', 'ATLANTIS'] }), 404)).toBe('units.not_found');
    expect(errorCode(await api.post(`/users/${hr}/roles`, { role: 'viewer', units: ['FARSTA'] }), 400)).toBe('roles.units_not_allowed');
    expect(errorCode(await api.post(`/users/${hr}/roles`, { role: 'viewer', validUntil: '2020-06-01T00:00:00Z' }), 400)).toBe(
      'roles.valid_until_in_past',
    );
    expect(errorCode(await api.post(`/users/${hr}/roles`, { role: 'union' }), 409)).toBe('roles.not_union_member');
    expect(expectStatus(await api.post(`/users/${hr}/roles`, { role: 'viewer' }), 201)).toMatchObject({
      role: 'viewer',
      units: [],
      validUntil: null,
    });

    const local = await userIdOf('vision.farsta@planpuls.test');
    expect(errorCode(await api.post(`/users/${local}/roles`, { role: 'union' }), 400)).toBe('roles.units_required');
    expect(errorCode(await api.post(`/users/${local}/roles`, { role: 'union', units: ['BROMMA'] }), 400)).toBe(
      'roles.units_outside_reference_group',
    );
    expect(expectStatus(await api.post(`/users/${local}/roles`, { role: 'union', units: ['FARSTA'] }), 201).units).toEqual(['FARSTA']);
    const central = await userIdOf('ssr.central@planpuls.test');
    expect(errorCode(await api.post(`/users/${central}/roles`, { role: 'union', units: ['FARSTA'] }), 400)).toBe('roles.units_not_allowed');
  });

  it('says of each grant whether it reaches every unit, and of an HR grant whose units are gone that it reaches none', async () => {
    expectStatus(await api.post('/units', { code: 'KORTLIVAD', name: 'Kortlivad förvaltning', kind: 'district' }), 201);
    const user = expectStatus(await api.post('/users', { email: 'hr.kortlivad@planpuls.test', displayName: 'Kortlivad HR' }), 201);
    expect(expectStatus(await api.post(`/users/${user.id}/roles`, { role: 'hr', units: ['KORTLIVAD'] }), 201)).toMatchObject({
      allUnits: false,
      units: ['KORTLIVAD'],
    });
    expect(expectStatus(await api.post(`/users/${user.id}/roles`, { role: 'viewer' }), 201)).toMatchObject({ allUnits: true, units: [] });
    await t.database.owner.execute(sql`DELETE FROM units WHERE code = 'KORTLIVAD'`);

    const roles = expectStatus(await api.get(`/users/${user.id}`), 200).roles as Array<{
      role: string;
      allUnits: boolean;
      units: string[];
    }>;
    expect(roles.map(({ role, allUnits, units }) => ({ role, allUnits, units }))).toEqual([
      { role: 'hr', allUnits: false, units: [] },
      { role: 'viewer', allUnits: true, units: [] },
    ]);
    // The list says the same; a central union role reaches every unit, a local one its units.
    const listed = expectStatus(await api.get('/users'), 200).items as Array<{
      email: string;
      roles: Array<{ role: string; allUnits: boolean }>;
    }>;
    expect(listed.find((u) => u.email === 'hr.kortlivad@planpuls.test')!.roles.find((r) => r.role === 'hr')!.allUnits).toBe(false);
    expect(listed.find((u) => u.email === 'ssr.central@planpuls.test')!.roles.find((r) => r.role === 'union')!.allUnits).toBe(true);
    expect(listed.find((u) => u.email === 'vision.farsta@planpuls.test')!.roles.find((r) => r.role === 'union')!.allUnits).toBe(false);
    // And the session agrees: the HR grant reaches nothing.
    const password = 'ett-långt-startlösenord-för-test';
    expect((await api.post(`/users/${user.id}/password`, { password })).statusCode).toBe(204);
    const loggedIn = await login('hr.kortlivad@planpuls.test', password);
    expect(loggedIn.statusCode, loggedIn.body).toBe(200);
    const cookie = loggedIn.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const me = expectStatus(await meWith(cookie), 200);
    expect(me.roles.find((r: { role: string }) => r.role === 'hr')).toMatchObject({ allUnits: false, units: [] });
  });

  it('removes grants, but never an administrator’s own last administrator role', async () => {
    const [own] = expectStatus(await api.get(`/users/${adminId}/roles`), 200).items;
    expect(errorCode(await api.delete(`/roles/${own.id}`), 409)).toBe('roles.cannot_remove_own_admin');
    const second = expectStatus(await api.post(`/users/${adminId}/roles`, { role: 'admin' }), 201);
    expect((await api.delete(`/roles/${second.id}`)).statusCode).toBe(204);
    expect(errorCode(await api.delete(`/roles/${second.id}`), 404)).toBe('roles.not_found');

    const viewer = await userIdOf('lasare@planpuls.test');
    const cookie = await t.loginAs('lasare@planpuls.test');
    const [grant] = expectStatus(await api.get(`/users/${viewer}/roles`), 200).items;
    expect((await api.delete(`/roles/${grant.id}`)).statusCode).toBe(204);
    expect((await meWith(cookie)).json().roles).toEqual([]);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/plans', headers: { cookie } })).statusCode).toBe(403);
  });

  it('refuses every users route to everybody but administrators', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/docs/json' })).json();
    const operations = Object.entries(document.paths as Record<string, Record<string, { tags?: string[] }>>).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([, operation]) => operation.tags?.includes('users'))
        .map(([method, operation]) => ({ method: method.toUpperCase() as InjectOptions['method'], path, operation })),
    );
    expect(operations).toHaveLength(8);
    const emails = ['styrgrupp@planpuls.test', 'hr.farsta@planpuls.test', 'ssr.central@planpuls.test', 'vision.farsta@planpuls.test'];
    const cookies = await Promise.all(emails.map((email) => t.loginAs(email)));
    const someone = await userIdOf('hr.farsta@planpuls.test');
    const before = expectStatus(await api.get(`/users/${someone}`), 200);
    const [grant] = before.roles;
    const url = (path: string) => path.replace('{userId}', someone).replace('{roleId}', grant.id);
    const bodies: Record<string, unknown> = {
      'POST /api/v1/users': { email: 'smyg@planpuls.test', displayName: 'Smyg' },
      'PATCH /api/v1/users/{userId}': { disabled: true },
      'POST /api/v1/users/{userId}/password': { password: 'ett-kapat-lösenord' },
      'POST /api/v1/users/{userId}/roles': { role: 'admin' },
    };
    for (const [index, cookie] of cookies.entries()) {
      for (const { method, path } of operations) {
        const payload = bodies[`${method} ${path}`];
        const response = await t.app.inject({
          method,
          url: url(path),
          headers: { cookie },
          ...(payload ? { payload: payload as InjectOptions['payload'] } : {}),
        });
        expect(response.statusCode, `${emails[index]} ${method} ${path}`).toBe(403);
      }
    }
    for (const { method, path } of operations)
      expect((await t.anonymous.inject({ method, url: url(path) })).statusCode, `${method} ${path}`).toBe(401);
    const { token } = expectStatus(await api.post('/api-tokens', { name: 'HR-systemet', units: ['FARSTA'] }), 201);
    expect(
      (await t.anonymous.inject({ method: 'GET', url: '/api/v1/users', headers: { authorization: `Bearer ${token}` } })).statusCode,
    ).toBe(403);
    expect(expectStatus(await api.get(`/users/${someone}`), 200)).toEqual(before);
  });

  it('answers 404 for users and grants of another municipality, whose email addresses are theirs alone', async () => {
    const other = await createMunicipality(t.database.owner, 'GOTEBORG', 'Göteborgs stad');
    const [stranger] = await t.database.owner
      .insert(users)
      .values({ municipalityId: other, email: 'delad@planpuls.test', displayName: 'Göta Andersson' })
      .returning();
    const [grant] = await t.database.owner
      .insert(userRoles)
      .values({ municipalityId: other, userId: stranger!.id, role: 'admin' })
      .returning();

    expect(errorCode(await api.get(`/users/${stranger!.id}`), 404)).toBe('users.not_found');
    expect(errorCode(await api.get(`/users/${stranger!.id}/roles`), 404)).toBe('users.not_found');
    expect(errorCode(await api.patch(`/users/${stranger!.id}`, { disabled: true }), 404)).toBe('users.not_found');
    expect(errorCode(await api.post(`/users/${stranger!.id}/password`, { password: 'ett-kapat-lösenord' }), 404)).toBe('users.not_found');
    expect(errorCode(await api.post(`/users/${stranger!.id}/roles`, { role: 'viewer' }), 404)).toBe('users.not_found');
    expect(errorCode(await api.delete(`/roles/${grant!.id}`), 404)).toBe('roles.not_found');
    expect(JSON.stringify((await api.get('/users')).json())).not.toContain('Göta Andersson');

    expect(expectStatus(await api.post('/users', { email: 'delad@planpuls.test', displayName: 'Delad Adress' }), 201).email).toBe(
      'delad@planpuls.test',
    );
    const [untouched] = await t.database.owner.select().from(users).where(eq(users.id, stranger!.id));
    expect(untouched).toMatchObject({ disabled: false, passwordHash: null });
  });
});
