import { sql } from 'drizzle-orm';
import { municipalities, userRoles, units, users } from '@planpuls/db';
import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app';
import { hashPassword } from './passwords';

const PASSWORD = 'rätt-häst-batteri-häftklammer';

describe('logging in and out', () => {
  const t = useTestApp('demo', { trustProxy: true });

  beforeAll(async () => {
    await t.database.owner.update(users).set({ passwordHash: await hashPassword(PASSWORD) });
  });

  const login = (email: string, password = PASSWORD, extra: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password, ...extra } });
  const cookieOf = (response: Awaited<ReturnType<typeof login>>) => {
    const cookie = response.cookies.find((c) => c.name === 'planpuls_session');
    return cookie ? `planpuls_session=${cookie.value}` : '';
  };
  const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
  const sessionAge = (column: 'last_seen_at' | 'created_at', interval: string) =>
    t.database.owner.execute(sql.raw(`UPDATE sessions SET ${column} = now() - interval '${interval}'`));

  it('logs in with email and password and sets an HttpOnly, SameSite=Lax session cookie', async () => {
    const response = await login('hr.farsta@planpuls.test');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      user: { email: 'hr.farsta@planpuls.test', municipality: 'STOCKHOLM' },
      roles: [{ role: 'hr', units: ['FARSTA'], validUntil: null }],
    });
    const cookie = response.cookies.find((c) => c.name === 'planpuls_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie.secure).toBeFalsy(); // plain HTTP here; `secure: auto` sets it behind HTTPS
    expect((await me(cookieOf(response))).json().user.email).toBe('hr.farsta@planpuls.test');
  });

  it('marks the cookie Secure when HTTPS ends at a trusted proxy', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'hr.farsta@planpuls.test', password: PASSWORD },
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(response.cookies.find((c) => c.name === 'planpuls_session')!.secure).toBe(true);
  });

  it('answers a wrong password and an unknown email alike, and logs both', async () => {
    const wrong = await login('hr.farsta@planpuls.test', 'fel lösenord');
    const unknown = await login('nobody@planpuls.test');
    for (const response of [wrong, unknown]) {
      expect(response.statusCode).toBe(401);
      expect(response.json().error.code).toBe('auth.invalid_credentials');
      expect(response.cookies.find((c) => c.name === 'planpuls_session')).toBeUndefined();
    }
    const logged = await t.database.owner.execute(
      sql`SELECT after->>'email' AS email FROM audit_log WHERE action = 'login_failed' AND request_id IN (${String(wrong.headers['x-request-id'])}, ${String(unknown.headers['x-request-id'])}) ORDER BY id`,
    );
    expect(logged.rows).toEqual([{ email: 'hr.farsta@planpuls.test' }, { email: 'nobody@planpuls.test' }]);
  });

  it('issues a new session id at every login, ignoring one planted before', async () => {
    const planted = 'planpuls_session=planted-by-someone-else';
    const first = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'styrgrupp@planpuls.test', password: PASSWORD },
      headers: { cookie: planted },
    });
    const second = await login('styrgrupp@planpuls.test');
    expect(cookieOf(first)).not.toBe(planted);
    expect(cookieOf(first)).not.toBe(cookieOf(second));
    expect((await me(planted)).statusCode).toBe(401);
  });

  it('ends the session at logout', async () => {
    const cookie = cookieOf(await login('lasare@planpuls.test'));
    expect((await me(cookie)).statusCode).toBe(200);
    const logout = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
    expect(logout.statusCode).toBe(204);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('ends a session idle for longer than the idle timeout (30 min)', async () => {
    const cookie = cookieOf(await login('vision.farsta@planpuls.test'));
    await sessionAge('last_seen_at', '29 minutes');
    expect((await me(cookie)).statusCode).toBe(200);
    await sessionAge('last_seen_at', '31 minutes');
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('ends a session older than the absolute timeout (12 h) however active it is', async () => {
    const cookie = cookieOf(await login('ssr.central@planpuls.test'));
    await sessionAge('created_at', '11 hours 59 minutes');
    expect((await me(cookie)).statusCode).toBe(200);
    await sessionAge('created_at', '12 hours 1 minute');
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('ends every session of a user the moment the user is disabled', async () => {
    const cookie = cookieOf(await login('hr.spanga@planpuls.test'));
    await t.database.owner
      .update(users)
      .set({ disabled: true })
      .where(sql`email = 'hr.spanga@planpuls.test'`);
    expect((await me(cookie)).statusCode).toBe(401);
    expect((await login('hr.spanga@planpuls.test')).statusCode).toBe(401);
    await t.database.owner
      .update(users)
      .set({ disabled: false })
      .where(sql`email = 'hr.spanga@planpuls.test'`);
  });

  it('drops a time-limited role once its end has passed', async () => {
    const cookie = cookieOf(await login('admin@planpuls.test'));
    await t.database.owner.execute(
      sql`INSERT INTO user_roles (municipality_id, user_id, role, valid_until) SELECT municipality_id, id, 'steering', now() + interval '1 hour' FROM users WHERE email = 'admin@planpuls.test'`,
    );
    expect((await me(cookie)).json().roles.map((r: { role: string }) => r.role)).toEqual(['admin', 'steering']);
    await t.database.owner.execute(sql`UPDATE user_roles SET valid_until = now() - interval '1 second' WHERE valid_until IS NOT NULL`);
    expect((await me(cookie)).json().roles.map((r: { role: string }) => r.role)).toEqual(['admin']);
  });

  it('changes the password and ends the user’s other sessions, keeping this one', async () => {
    const here = cookieOf(await login('styrgrupp@planpuls.test'));
    const elsewhere = cookieOf(await login('styrgrupp@planpuls.test'));
    const change = (currentPassword: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password',
        headers: { cookie: here },
        payload: { currentPassword, newPassword: 'ett-nytt-långt-lösenord' },
      });
    expect((await change('fel')).json().error.code).toBe('auth.wrong_current_password');
    expect((await change(PASSWORD)).statusCode).toBe(204);
    expect((await me(here)).statusCode).toBe(200);
    expect((await me(elsewhere)).statusCode).toBe(401);
    expect((await login('styrgrupp@planpuls.test')).statusCode).toBe(401);
    expect((await login('styrgrupp@planpuls.test', 'ett-nytt-långt-lösenord')).statusCode).toBe(200);
  });

  it('records who changed a value when a logged-in user writes', async () => {
    const cookie = cookieOf(await login('hr.farsta@planpuls.test'));
    const request: InjectOptions = {
      method: 'PUT',
      url: '/api/v1/data-values/student_placements/FARSTA/2026-T1',
      payload: { value: 3 },
      headers: { cookie },
    };
    const response = await t.app.inject(request);
    expect(response.statusCode, response.body).toBe(201);
    const row = await t.database.owner.execute(
      sql`SELECT a.actor_type, u.email FROM audit_entries a JOIN users u ON u.id = a.actor_user_id WHERE a.request_id = ${String(response.headers['x-request-id'])}`,
    );
    expect(row.rows).toEqual([{ actor_type: 'user', email: 'hr.farsta@planpuls.test' }]);
  });

  it('works inside the user’s own municipality', async () => {
    const [other] = await t.database.owner.insert(municipalities).values({ code: 'TESTKOMMUN', name: 'Testkommun' }).returning();
    await t.database.owner.insert(units).values({ municipalityId: other!.id, code: 'NORR', name: 'Norra förvaltningen', kind: 'district' });
    // The same email as a Stockholm user: the login must then say which municipality.
    const [reader] = await t.database.owner
      .insert(users)
      .values({
        municipalityId: other!.id,
        email: 'lasare@planpuls.test',
        displayName: 'Läsare i Testkommun',
        passwordHash: await hashPassword(PASSWORD),
      })
      .returning();
    await t.database.owner.insert(userRoles).values({ municipalityId: other!.id, userId: reader!.id, role: 'viewer' });
    expect((await login('lasare@planpuls.test')).json().error.code).toBe('auth.municipality_required');
    const cookie = cookieOf(await login('lasare@planpuls.test', PASSWORD, { municipality: 'TESTKOMMUN' }));
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/units', headers: { cookie } });
    expect(list.json().items.map((u: { code: string }) => u.code)).toEqual(['NORR']);
  });
});

describe('changing one’s password', () => {
  // Three wrong attempts a minute, as for logins; each login below comes from an address of its own.
  const t = useTestApp('demo', { rateLimit: { requestsPerMinute: 1e6, loginsPerMinute: 3 } });
  let address = 0;

  beforeAll(async () => {
    await t.database.owner.update(users).set({ passwordHash: await hashPassword(PASSWORD) });
  });

  async function session(email: string) {
    const response = await t.anonymous.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password: PASSWORD },
      remoteAddress: `10.0.0.${++address}`,
    });
    const cookie = `planpuls_session=${response.cookies.find((c) => c.name === 'planpuls_session')!.value}`;
    const { token } = (await t.anonymous.inject({ method: 'GET', url: '/api/v1/auth/csrf', headers: { cookie } })).json();
    return (currentPassword: string, newPassword: string, remoteAddress = '192.0.2.1') =>
      t.anonymous.inject({
        method: 'POST',
        url: '/api/v1/auth/password',
        headers: { cookie, 'x-csrf-token': token },
        payload: { currentPassword, newPassword },
        remoteAddress,
      });
  }

  it('is recorded in the audit trail as done by the user, in the request', async () => {
    const change = await session('hr.farsta@planpuls.test');
    const response = await change(PASSWORD, 'ett-nytt-långt-lösenord');
    expect(response.statusCode, response.body).toBe(204);
    const rows = await t.database.owner.execute(
      sql`SELECT a.actor_type, u.email, a.entity_type FROM audit_log a LEFT JOIN users u ON u.id = a.actor_user_id WHERE a.request_id = ${String(response.headers['x-request-id'])}`,
    );
    expect(rows.rows).toEqual([{ actor_type: 'user', email: 'hr.farsta@planpuls.test', entity_type: 'users' }]);
    const system = await t.database.owner.execute(
      sql`SELECT count(*)::int AS n FROM audit_log WHERE actor_type = 'system' AND entity_type = 'users' AND action = 'update'`,
    );
    expect(system.rows[0]).toEqual({ n: 0 });
  });

  it('refuses a common password, a simple pattern and one made of the user’s own name or email address', async () => {
    const change = await session('styrgrupp@planpuls.test');
    for (const [newPassword, code] of [
      ['aaaaaaaaaaaa', 'auth.password_too_common'],
      ['password1234', 'auth.password_too_common'],
      ['qwertyuiop123', 'auth.password_too_common'],
      ['styrgrupp2025!', 'auth.password_too_personal'],
    ] as const) {
      const response = await change(PASSWORD, newPassword);
      expect(response.statusCode, newPassword).toBe(400);
      expect(response.json().error, newPassword).toMatchObject({ code, details: [{ field: 'body.newPassword' }] });
    }
    const stillOld = await t.anonymous.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'styrgrupp@planpuls.test', password: PASSWORD },
      remoteAddress: '10.1.0.1',
    });
    expect(stillOld.statusCode).toBe(200);
  });

  it('throttles wrong current passwords per user and per address like logins, with 429 and Retry-After', async () => {
    const viewer = await session('lasare@planpuls.test');
    for (let i = 0; i < 3; i++)
      expect((await viewer('gissning-' + i, 'ett-nytt-långt-lösenord', '198.51.100.1')).json().error.code).toBe(
        'auth.wrong_current_password',
      );
    // The right password does not help once throttled, nor does another address.
    for (const from of ['198.51.100.1', '198.51.100.2']) {
      const throttled = await viewer(PASSWORD, 'ett-nytt-långt-lösenord', from);
      expect(throttled.statusCode, from).toBe(429);
      expect(throttled.json().error.code).toBe('request.rate_limited');
      expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    }
    // Another user guessing from the throttled address is held back too; from elsewhere they may go on.
    const union = await session('vision.farsta@planpuls.test');
    expect((await union('gissning', 'ett-nytt-långt-lösenord', '198.51.100.1')).statusCode).toBe(429);
    expect((await union(PASSWORD, 'ett-nytt-långt-lösenord', '198.51.100.3')).statusCode).toBe(204);
  });
});

describe('an email address used in several municipalities', () => {
  const t = useTestApp('demo');
  const OTHER_PASSWORD = 'ett-annat-lösenord-i-testkommun';

  beforeAll(async () => {
    await t.database.owner.update(users).set({ passwordHash: await hashPassword(PASSWORD) });
    const [other] = await t.database.owner.insert(municipalities).values({ code: 'TESTKOMMUN', name: 'Testkommun' }).returning();
    for (const [email, password] of [
      ['lasare@planpuls.test', OTHER_PASSWORD],
      ['hr.farsta@planpuls.test', PASSWORD],
    ] as const) {
      const [user] = await t.database.owner
        .insert(users)
        .values({ municipalityId: other!.id, email, displayName: 'I Testkommun', passwordHash: await hashPassword(password) })
        .returning();
      await t.database.owner.insert(userRoles).values({ municipalityId: other!.id, userId: user!.id, role: 'viewer' });
    }
  });

  const login = (email: string, password: string) =>
    t.anonymous.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });

  it('is answered like an unknown one until the password is proven', async () => {
    for (const email of ['lasare@planpuls.test', 'nobody@planpuls.test']) {
      const response = await login(email, 'fel-lösenord-helt-och-hållet');
      expect(response.statusCode, email).toBe(401);
      expect(response.json().error.code, email).toBe('auth.invalid_credentials');
    }
  });

  it('logs in where the password is right, and asks for the municipality only when it is right in more than one', async () => {
    expect((await login('lasare@planpuls.test', OTHER_PASSWORD)).json().user.municipality).toBe('TESTKOMMUN');
    expect((await login('lasare@planpuls.test', PASSWORD)).json().user.municipality).toBe('STOCKHOLM');
    expect((await login('hr.farsta@planpuls.test', PASSWORD)).json().error.code).toBe('auth.municipality_required');
  });
});
