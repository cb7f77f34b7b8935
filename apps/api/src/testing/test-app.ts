import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { municipalities, userRoles, users } from '@planpuls/db';
import { useTestDatabase, type TestDatabase } from '@planpuls/db/testing';
import { buildApp } from '../app';
import { loadConfig, type Config } from '../config';
import { hashPassword } from '../modules/auth/passwords';

export const TEST_PASSWORD = 'test-lösenord-för-alla';
export const TEST_ADMIN_EMAIL = 'test-admin@planpuls.test';

export interface TestApp {
  /** The real app; its `inject` acts as an administrator of STOCKHOLM unless the request brings its own cookie. */
  app: FastifyInstance;
  /** The same app without anyone logged in. */
  anonymous: FastifyInstance;
  database: TestDatabase;
  /** A session cookie (`planpuls_session=…`) for a user of the database, given the test password if needed. */
  loginAs(email: string, municipality?: string): Promise<string>;
}

/** The real app on a fresh database of its own (connected as the application role), for `app.inject`. */
export function useTestApp(
  template: 'empty' | 'demo' = 'demo',
  overrides: Partial<Config> = {},
  { logStream }: { logStream?: { write(line: string): void } } = {},
): TestApp {
  const database = useTestDatabase(template);
  let raw: FastifyInstance;
  let adminCookie: string | undefined;
  const state = { database } as TestApp;

  async function loginAs(email: string, municipality?: string): Promise<string> {
    await database.owner.execute(
      sql`UPDATE users SET password_hash = ${await hashPassword(TEST_PASSWORD)} WHERE lower(email) = lower(${email}) AND password_hash IS NULL`,
    );
    const response = await raw.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password: TEST_PASSWORD, ...(municipality ? { municipality } : {}) },
    });
    const cookie = response.cookies.find((c) => c.name === 'planpuls_session');
    if (!cookie) throw new Error(`could not log in as ${email}: ${response.statusCode} ${response.body}`);
    return `planpuls_session=${cookie.value}`;
  }

  /** Creates the test administrator once STOCKHOLM exists (the demo has it; other tests insert it first). */
  async function adminSession(): Promise<string | undefined> {
    if (adminCookie) return adminCookie;
    const [stockholm] = await database.owner.select().from(municipalities).where(eq(municipalities.code, 'STOCKHOLM'));
    if (!stockholm) return undefined;
    const [admin] = await database.owner
      .insert(users)
      .values({ municipalityId: stockholm.id, email: TEST_ADMIN_EMAIL, displayName: 'Testadministratör' })
      .returning();
    await database.owner.insert(userRoles).values({ municipalityId: stockholm.id, userId: admin!.id, role: 'admin' });
    adminCookie = await loginAs(TEST_ADMIN_EMAIL);
    return adminCookie;
  }

  beforeAll(async () => {
    // Limits high enough that the suites, which log in and send many requests, never meet them.
    const config = {
      ...loadConfig({ PLANPULS_MODE: 'development' }),
      rateLimit: { requestsPerMinute: 1e6, loginsPerMinute: 1e6 },
      ...overrides,
    };
    raw = await buildApp({ config, db: database.app, logger: logStream !== undefined, ...(logStream ? { logStream } : {}) });
    await raw.ready();
    const csrfTokens = new Map<string, string>();
    const csrfFor = async (cookie: string) => {
      if (!csrfTokens.has(cookie)) {
        const response = await raw.inject({ method: 'GET', url: '/api/v1/auth/csrf', headers: { cookie } });
        csrfTokens.set(cookie, response.statusCode === 200 ? response.json().token : '');
      }
      return csrfTokens.get(cookie)!;
    };
    // Tests arrange rows as the owner and then ask at once: first let the app hear of those changes, as it would
    // within milliseconds in use (the change feed).
    const settled = async (options: InjectOptions | string) => {
      await raw.changeFeed.caughtUp();
      return raw.inject(options as InjectOptions);
    };
    const inject = async (options: InjectOptions) => {
      await raw.changeFeed.caughtUp();
      const headers = { ...(options.headers ?? {}) } as Record<string, string>;
      // Logging in replaces the session of the request: keep the administrator's out of it.
      if (String(options.url).includes('/auth/login')) return raw.inject(options);
      if (!('cookie' in headers) && !('authorization' in headers)) {
        // Logging out ends the session it is sent with: never the shared administrator's.
        const cookie =
          String(options.url).includes('/auth/logout') && (await adminSession()) ? await loginAs(TEST_ADMIN_EMAIL) : await adminSession();
        if (cookie) headers.cookie = cookie;
      }
      // Like the web app: every write with the session cookie carries the CSRF token.
      if (
        headers.cookie &&
        !('x-csrf-token' in headers) &&
        ['POST', 'PUT', 'PATCH', 'DELETE'].includes(String(options.method).toUpperCase())
      ) {
        headers['x-csrf-token'] = await csrfFor(headers.cookie);
      }
      return raw.inject({ ...options, headers });
    };
    state.anonymous = new Proxy(raw, {
      get: (target, property) => (property === 'inject' ? settled : Reflect.get(target, property, target)),
    });
    state.app = new Proxy(raw, { get: (target, property) => (property === 'inject' ? inject : Reflect.get(target, property, target)) });
    state.loginAs = loginAs;
  });
  afterAll(async () => {
    await raw?.close();
  });
  return state;
}
