import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq, sql } from 'drizzle-orm';
import { municipalities, users } from '@planpuls/db';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../config';
import { useTestApp } from '../../testing/test-app';

const CLIENT_ID = 'planpuls-test';
const CLIENT_SECRET = 'a-client-secret-that-only-this-test-knows';
const REDIRECT_URI = 'http://localhost/api/v1/auth/oidc/callback';

interface ProviderAccount {
  email?: string;
  email_verified?: boolean;
  /** Entra ID's optional claim: the email's domain is verified by the tenant. */
  xms_edov?: boolean;
}

/**
 * A real OpenID provider (oidc-provider) on 127.0.0.1 and a random port, with its development login and
 * consent pages. PKCE is required for every client, so a login without it fails at the provider.
 */
async function startProvider(accounts: Map<string, ProviderAccount>) {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [REDIRECT_URI],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    findAccount: (_ctx, sub) => {
      const account = accounts.get(sub);
      return account && { accountId: sub, claims: () => ({ sub, ...account }) };
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified', 'xms_edov'] },
    pkce: { required: () => true },
    cookies: { keys: ['oidc-provider-cookie-key-of-the-test'] },
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
  });
  server.on('request', provider.callback());
  return {
    issuer,
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

/** A browser at the provider: follows redirects by hand, keeps cookies, signs in and consents (or cancels). */
async function signInAtProvider(authorizationUrl: URL, accountId: string, { cancel = false } = {}): Promise<URL> {
  const jar = new Map<string, string>();
  const request = async (url: URL, form?: URLSearchParams) => {
    const response = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; '),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: form,
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      const expired = attributes.some((attribute) => /^\s*expires=Thu, 01 Jan 1970/i.test(attribute));
      if (expired || value === '') jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  };

  let url = authorizationUrl;
  let response = await request(url);
  for (let step = 0; step < 12; step += 1) {
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      url = new URL(location, url);
      if (url.href.startsWith(REDIRECT_URI)) return url;
      response = await request(url);
      continue;
    }
    const page = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
    if (response.status !== 200 || !action)
      throw new Error(`unexpected answer from the provider: ${response.status} ${page.slice(0, 500)}`);
    const form = new URLSearchParams();
    for (const [, name = '', value = ''] of page.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"\/>/g)) form.set(name, value);
    if (form.get('prompt') === 'login') {
      form.set('login', accountId);
      form.set('password', 'whatever the provider checks');
    }
    url = new URL(action.replaceAll('&amp;', '&'), url);
    if (cancel) {
      response = await request(new URL(`${url.pathname}/abort`, url));
      continue;
    }
    response = await request(url, form);
  }
  throw new Error('the provider never sent the browser back');
}

describe('single sign-on with OpenID Connect', () => {
  const accounts = new Map<string, ProviderAccount>();
  let provider: Awaited<ReturnType<typeof startProvider>>;
  // Filled in once the provider listens; the test app reads it when it is built (after this beforeAll).
  const overrides: Partial<Config> = {};

  beforeAll(async () => {
    provider = await startProvider(accounts);
    overrides.oidc = {
      issuer: provider.issuer,
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      redirectUri: REDIRECT_URI,
      municipality: 'STOCKHOLM',
    };
  });
  afterAll(async () => {
    await provider?.close();
  });

  const t = useTestApp('demo', overrides);

  let userCount = 0;
  /** A Planpuls user of STOCKHOLM (no roles needed to log in). */
  async function createUser(email: string, extra: { disabled?: boolean } = {}) {
    const [stockholm] = await t.database.owner.select().from(municipalities).where(eq(municipalities.code, 'STOCKHOLM'));
    userCount += 1;
    const [user] = await t.database.owner
      .insert(users)
      .values({ municipalityId: stockholm!.id, email, displayName: `SSO-användare ${userCount}`, ...extra })
      .returning();
    return user!;
  }
  const boundIdentity = async (userId: string) => {
    const [user] = await t.database.owner
      .select({ issuer: users.oidcIssuer, subject: users.oidcSubject })
      .from(users)
      .where(eq(users.id, userId));
    return user;
  };

  /** The whole browser journey: Planpuls → provider (sign in, consent) → Planpuls callback. */
  async function ssoLogin(subject: string, options: { redirect?: string; cancel?: boolean; tamper?: (callback: URL) => void } = {}) {
    const query = options.redirect === undefined ? '' : `?redirect=${encodeURIComponent(options.redirect)}`;
    const start = await t.anonymous.inject({ method: 'GET', url: `/api/v1/auth/oidc/login${query}`, headers: { accept: 'text/html' } });
    expect(start.statusCode, start.body).toBe(302);
    const pending = start.cookies.find((cookie) => cookie.name === 'planpuls_oidc');
    expect(pending).toBeDefined();
    const callback = await signInAtProvider(new URL(String(start.headers.location)), subject, { cancel: options.cancel });
    options.tamper?.(callback);
    const finish = await t.anonymous.inject({
      method: 'GET',
      url: `${callback.pathname}${callback.search}`,
      headers: { accept: 'text/html', cookie: `planpuls_oidc=${pending!.value}` },
    });
    const session = finish.cookies.find((cookie) => cookie.name === 'planpuls_session');
    return { start, finish, location: String(finish.headers.location), session: session ? `planpuls_session=${session.value}` : undefined };
  }
  const me = (cookie: string) => t.anonymous.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
  const failedLogin = async (requestId: string) => {
    const rows = await t.database.owner.execute(
      sql`SELECT entity_id, after FROM audit_log WHERE action = 'login_failed' AND request_id = ${requestId}`,
    );
    return rows.rows as Array<{ entity_id: string | null; after: Record<string, unknown> }>;
  };

  it('tells the login page that single sign-on is on', async () => {
    const response = await t.anonymous.inject({ method: 'GET', url: '/api/v1/auth/sso' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ enabled: true });
  });

  it('sends the browser to the provider with the authorization code flow, PKCE (S256), state and nonce, keeping them in a signed HttpOnly cookie', async () => {
    const response = await t.anonymous.inject({ method: 'GET', url: '/api/v1/auth/oidc/login?redirect=/plans' });
    expect(response.statusCode).toBe(302);
    const authorization = new URL(String(response.headers.location));
    expect(authorization.origin).toBe(provider.issuer);
    expect(Object.fromEntries(authorization.searchParams)).toMatchObject({
      client_id: CLIENT_ID,
      response_type: 'code',
      redirect_uri: REDIRECT_URI,
      scope: 'openid email',
      code_challenge_method: 'S256',
      code_challenge: expect.stringMatching(/^[\w-]{43}$/),
      state: expect.any(String),
      nonce: expect.any(String),
    });
    const cookie = response.cookies.find((c) => c.name === 'planpuls_oidc')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/v1/auth/oidc' });
    // The verifier travels only in the signed cookie, never to the provider.
    expect(response.headers.location).not.toContain('code_verifier');
    // Nobody is logged in yet, so no session is stored.
    expect(response.cookies.find((c) => c.name === 'planpuls_session')).toBeUndefined();
  });

  it('at the first login links an existing user by verified email, binds issuer + subject, starts a session and lands on the kept path', async () => {
    const user = await createUser('Anna.Lind@planpuls.test');
    accounts.set('sub-anna', { email: 'anna.lind@PLANPULS.test', email_verified: true });

    const { finish, location, session } = await ssoLogin('sub-anna', { redirect: '/plans/1?period=2025#goals' });

    expect(finish.statusCode, finish.body).toBe(302);
    expect(location).toBe('/plans/1?period=2025#goals');
    expect(session).toBeDefined();
    const who = await me(session!);
    expect(who.statusCode).toBe(200);
    expect(who.json().user).toMatchObject({ id: user.id, email: 'Anna.Lind@planpuls.test', municipality: 'STOCKHOLM' });
    expect(await boundIdentity(user.id)).toEqual({ issuer: provider.issuer, subject: 'sub-anna' });
    // The pending login is used up.
    expect(finish.cookies.find((c) => c.name === 'planpuls_oidc')).toMatchObject({ value: '', path: '/api/v1/auth/oidc' });
    // The binding is in the audit trail, made by the user at their first single sign-on.
    const audit = await t.database.owner.execute(
      sql`SELECT actor_type, actor_user_id, reason FROM audit_log WHERE entity_type = 'users' AND entity_id = ${user.id} AND action = 'update'`,
    );
    expect(audit.rows).toEqual([{ actor_type: 'user', actor_user_id: user.id, reason: 'first single sign-on' }]);
  });

  it('issues a new session id at every login', async () => {
    await createUser('bo.ek@planpuls.test');
    accounts.set('sub-bo', { email: 'bo.ek@planpuls.test', email_verified: true });
    const first = await ssoLogin('sub-bo');
    const second = await ssoLogin('sub-bo');
    expect(first.session).toBeDefined();
    expect(second.session).toBeDefined();
    expect(first.session).not.toBe(second.session);
  });

  it('after the first login finds the user by issuer + subject, even when the email has changed in Planpuls', async () => {
    const user = await createUser('cecilia.berg@planpuls.test');
    accounts.set('sub-cecilia', { email: 'cecilia.berg@planpuls.test', email_verified: true });
    expect((await ssoLogin('sub-cecilia')).session).toBeDefined();

    await t.database.owner.update(users).set({ email: 'cecilia.nyberg@planpuls.test' }).where(eq(users.id, user.id));
    // The provider's email is no longer looked at: not even unverified and unrelated stops the bound subject.
    accounts.set('sub-cecilia', { email: 'someone.else@elsewhere.example', email_verified: false });
    const { location, session } = await ssoLogin('sub-cecilia');

    expect(location).toBe('/');
    expect((await me(session!)).json().user).toMatchObject({ id: user.id, email: 'cecilia.nyberg@planpuls.test' });
  });

  it('refuses an email the provider has not verified, and records the failed login', async () => {
    const user = await createUser('david.holm@planpuls.test');
    accounts.set('sub-david', { email: 'david.holm@planpuls.test', email_verified: false });

    const { finish, location, session } = await ssoLogin('sub-david');

    expect(finish.statusCode).toBe(302);
    expect(location).toBe('/login?error=auth.sso_email_unverified');
    expect(session).toBeUndefined();
    expect(await boundIdentity(user.id)).toEqual({ issuer: null, subject: null });
    expect(await failedLogin(String(finish.headers['x-request-id']))).toEqual([
      {
        entity_id: null,
        after: {
          method: 'oidc',
          email: 'david.holm@planpuls.test',
          issuer: provider.issuer,
          subject: 'sub-david',
          reason: 'auth.sso_email_unverified',
        },
      },
    ]);
  });

  it('refuses an email the provider says nothing about (Entra ID omits email_verified), telling why', async () => {
    const user = await createUser('kim.entra@planpuls.test');
    accounts.set('sub-kim', { email: 'kim.entra@planpuls.test' });
    const { finish, location, session } = await ssoLogin('sub-kim');
    expect(location).toBe('/login?error=auth.sso_email_unverified');
    expect(session).toBeUndefined();
    expect(await boundIdentity(user.id)).toEqual({ issuer: null, subject: null });
    expect(await failedLogin(String(finish.headers['x-request-id']))).toMatchObject([
      { after: { reason: 'auth.sso_email_unverified', subject: 'sub-kim' } },
    ]);

    // A client that is not a browser reads why, and what an administrator can do about it.
    const start = await t.anonymous.inject({ method: 'GET', url: '/api/v1/auth/oidc/login' });
    const callback = await signInAtProvider(new URL(String(start.headers.location)), 'sub-kim');
    const json = await t.anonymous.inject({
      method: 'GET',
      url: `${callback.pathname}${callback.search}`,
      headers: { cookie: `planpuls_oidc=${start.cookies.find((c) => c.name === 'planpuls_oidc')!.value}` },
    });
    expect(json.statusCode).toBe(403);
    expect(json.json().error).toMatchObject({
      code: 'auth.sso_email_unverified',
      details: [{ field: 'email_verified', message: 'email_verified_missing' }],
    });
    expect(json.json().error.message).toContain('OIDC_TRUST_EMAIL');
  });

  it('links by email when Entra ID vouches for the domain with xms_edov, without email_verified', async () => {
    const user = await createUser('lena.edov@planpuls.test');
    accounts.set('sub-lena', { email: 'lena.edov@planpuls.test', xms_edov: true });
    const { session } = await ssoLogin('sub-lena');
    expect(session).toBeDefined();
    expect(await boundIdentity(user.id)).toEqual({ issuer: provider.issuer, subject: 'sub-lena' });

    await createUser('mats.edov@planpuls.test');
    accounts.set('sub-mats', { email: 'mats.edov@planpuls.test', xms_edov: false });
    expect((await ssoLogin('sub-mats')).location).toBe('/login?error=auth.sso_email_unverified');
  });

  it('refuses a provider account without any email', async () => {
    accounts.set('sub-no-email', {});
    expect((await ssoLogin('sub-no-email')).location).toBe('/login?error=auth.sso_email_unverified');
  });

  it('refuses an unknown email: nobody registers themself', async () => {
    accounts.set('sub-stranger', { email: 'stranger@planpuls.test', email_verified: true });
    const { finish, location, session } = await ssoLogin('sub-stranger');
    expect(location).toBe('/login?error=auth.sso_unknown_user');
    expect(session).toBeUndefined();
    const [stranger] = await t.database.owner.select().from(users).where(eq(users.email, 'stranger@planpuls.test'));
    expect(stranger).toBeUndefined();
    expect(await failedLogin(String(finish.headers['x-request-id']))).toMatchObject([
      { after: { reason: 'auth.sso_unknown_user', subject: 'sub-stranger' } },
    ]);
  });

  it('refuses a second subject that claims the email of a user bound to another subject', async () => {
    const user = await createUser('eva.sjo@planpuls.test');
    accounts.set('sub-eva', { email: 'eva.sjo@planpuls.test', email_verified: true });
    expect((await ssoLogin('sub-eva')).session).toBeDefined();

    accounts.set('sub-impostor', { email: 'eva.sjo@planpuls.test', email_verified: true });
    const { finish, location, session } = await ssoLogin('sub-impostor');

    expect(location).toBe('/login?error=auth.sso_identity_conflict');
    expect(session).toBeUndefined();
    expect(await boundIdentity(user.id)).toEqual({ issuer: provider.issuer, subject: 'sub-eva' });
    expect(await failedLogin(String(finish.headers['x-request-id']))).toMatchObject([
      { entity_id: user.id, after: { reason: 'auth.sso_identity_conflict' } },
    ]);
  });

  it('refuses a disabled user, at the first login and once bound', async () => {
    const disabled = await createUser('filip.ask@planpuls.test', { disabled: true });
    accounts.set('sub-filip', { email: 'filip.ask@planpuls.test', email_verified: true });
    expect((await ssoLogin('sub-filip')).location).toBe('/login?error=auth.sso_user_disabled');
    expect(await boundIdentity(disabled.id)).toEqual({ issuer: null, subject: null });

    const later = await createUser('greta.al@planpuls.test');
    accounts.set('sub-greta', { email: 'greta.al@planpuls.test', email_verified: true });
    expect((await ssoLogin('sub-greta')).session).toBeDefined();
    await t.database.owner.update(users).set({ disabled: true }).where(eq(users.id, later.id));
    const { location, session } = await ssoLogin('sub-greta');
    expect(location).toBe('/login?error=auth.sso_user_disabled');
    expect(session).toBeUndefined();
  });

  it('refuses a callback whose state was tampered with', async () => {
    await createUser('hanna.ros@planpuls.test');
    accounts.set('sub-hanna', { email: 'hanna.ros@planpuls.test', email_verified: true });
    const { finish, location, session } = await ssoLogin('sub-hanna', {
      tamper: (callback) => callback.searchParams.set('state', 'forged-state'),
    });
    expect(location).toBe('/login?error=auth.sso_failed');
    expect(session).toBeUndefined();
    expect(await failedLogin(String(finish.headers['x-request-id']))).toMatchObject([
      { entity_id: null, after: { method: 'oidc', reason: 'auth.sso_failed', subject: null } },
    ]);
  });

  it('sends a browser back to the login page when the person cancels at the provider', async () => {
    const { finish, location, session } = await ssoLogin('sub-anyone', { cancel: true });
    expect(location).toBe('/login?error=auth.sso_failed');
    expect(session).toBeUndefined();
    expect(await failedLogin(String(finish.headers['x-request-id']))).toMatchObject([{ after: { reason: 'auth.sso_failed' } }]);
  });

  it('refuses a callback without the pending-login cookie, or with a forged one, answering JSON to a non-browser', async () => {
    await createUser('ivar.lo@planpuls.test');
    accounts.set('sub-ivar', { email: 'ivar.lo@planpuls.test', email_verified: true });
    const start = await t.anonymous.inject({ method: 'GET', url: '/api/v1/auth/oidc/login' });
    const callback = await signInAtProvider(new URL(String(start.headers.location)), 'sub-ivar');
    const url = `${callback.pathname}${callback.search}`;
    const genuine = start.cookies.find((c) => c.name === 'planpuls_oidc')!.value;
    const [payload = '', signature = ''] = [genuine.slice(0, genuine.lastIndexOf('.')), genuine.slice(genuine.lastIndexOf('.') + 1)];
    const forged = `${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), redirect: '//evil.example' })).toString('base64url')}.${signature}`;

    for (const headers of [{}, { cookie: `planpuls_oidc=${forged}` }]) {
      const response = await t.anonymous.inject({ method: 'GET', url, headers });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('auth.sso_failed');
      expect(response.cookies.find((c) => c.name === 'planpuls_session')).toBeUndefined();
    }
  });

  it('never redirects away from the app after login (open redirect)', async () => {
    await createUser('jonas.mark@planpuls.test');
    accounts.set('sub-jonas', { email: 'jonas.mark@planpuls.test', email_verified: true });
    const { location, session } = await ssoLogin('sub-jonas', { redirect: 'https://evil.example/steal' });
    expect(session).toBeDefined();
    expect(location).toBe('/');
  });

  it('describes every SSO route and its answers in the OpenAPI document', async () => {
    const paths = (await t.anonymous.inject({ method: 'GET', url: '/docs/json' })).json().paths;
    expect(Object.keys(paths['/api/v1/auth/oidc/callback'].get.responses).sort()).toEqual([
      '302',
      '400',
      '403',
      '404',
      '429',
      '500',
      '503',
    ]);
    expect(paths['/api/v1/auth/oidc/login'].get.operationId).toBe('startSso');
    expect(paths['/api/v1/auth/sso'].get.tags).toEqual(['auth']);
  });
});

describe('single sign-on with a provider trusted for its emails (OIDC_TRUST_EMAIL)', () => {
  const accounts = new Map<string, ProviderAccount>();
  let provider: Awaited<ReturnType<typeof startProvider>>;
  const overrides: Partial<Config> = {};
  beforeAll(async () => {
    provider = await startProvider(accounts);
    overrides.oidc = {
      issuer: provider.issuer,
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      redirectUri: REDIRECT_URI,
      municipality: 'STOCKHOLM',
      trustEmail: true,
    };
  });
  afterAll(async () => {
    await provider?.close();
  });
  const t = useTestApp('demo', overrides);

  const login = async (subject: string) => {
    const start = await t.anonymous.inject({ method: 'GET', url: '/api/v1/auth/oidc/login', headers: { accept: 'text/html' } });
    const callback = await signInAtProvider(new URL(String(start.headers.location)), subject);
    const finish = await t.anonymous.inject({
      method: 'GET',
      url: `${callback.pathname}${callback.search}`,
      headers: { accept: 'text/html', cookie: `planpuls_oidc=${start.cookies.find((c) => c.name === 'planpuls_oidc')!.value}` },
    });
    return { location: String(finish.headers.location), session: finish.cookies.find((c) => c.name === 'planpuls_session') };
  };
  const addUser = async (email: string) => {
    const [stockholm] = await t.database.owner.select().from(municipalities).where(eq(municipalities.code, 'STOCKHOLM'));
    const [user] = await t.database.owner.insert(users).values({ municipalityId: stockholm!.id, email, displayName: email }).returning();
    return user!;
  };

  it('links an email without email_verified at the first login', async () => {
    const user = await addUser('nora.tenant@planpuls.test');
    accounts.set('sub-nora', { email: 'nora.tenant@planpuls.test' });
    const { session } = await login('sub-nora');
    expect(session).toBeDefined();
    const [bound] = await t.database.owner.select({ subject: users.oidcSubject }).from(users).where(eq(users.id, user.id));
    expect(bound).toEqual({ subject: 'sub-nora' });
  });

  it('still refuses an email the provider says is not verified', async () => {
    await addUser('olof.false@planpuls.test');
    accounts.set('sub-olof', { email: 'olof.false@planpuls.test', email_verified: false });
    const { location, session } = await login('sub-olof');
    expect(location).toBe('/login?error=auth.sso_email_unverified');
    expect(session).toBeUndefined();
  });
});

describe('single sign-on when it is not configured', () => {
  const t = useTestApp('demo');

  it('tells the login page that single sign-on is off', async () => {
    const response = await t.anonymous.inject({ method: 'GET', url: '/api/v1/auth/sso' });
    expect(response.json()).toEqual({ enabled: false });
  });

  it('answers the login route with auth.sso_not_configured', async () => {
    const json = await t.anonymous.inject({ method: 'GET', url: '/api/v1/auth/oidc/login' });
    expect(json.statusCode).toBe(404);
    expect(json.json().error.code).toBe('auth.sso_not_configured');
    const browser = await t.anonymous.inject({
      method: 'GET',
      url: '/api/v1/auth/oidc/login',
      headers: { accept: 'text/html,application/xhtml+xml' },
    });
    expect(browser.statusCode).toBe(302);
    expect(browser.headers.location).toBe('/login?error=auth.sso_not_configured');
  });
});

describe('single sign-on when the provider cannot be reached', () => {
  const overrides: Partial<Config> = {};
  beforeAll(async () => {
    // A port that was free a moment ago: nothing answers there.
    const server = createServer().listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    server.close();
    await once(server, 'close');
    overrides.oidc = {
      issuer: `http://127.0.0.1:${port}`,
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      redirectUri: REDIRECT_URI,
      municipality: 'STOCKHOLM',
    };
  });
  const t = useTestApp('demo', overrides);

  it('answers 503 auth.sso_unavailable, or sends a browser back to the login page with it', async () => {
    const json = await t.anonymous.inject({ method: 'GET', url: '/api/v1/auth/oidc/login' });
    expect(json.statusCode).toBe(503);
    expect(json.json().error.code).toBe('auth.sso_unavailable');
    const browser = await t.anonymous.inject({ method: 'GET', url: '/api/v1/auth/oidc/login', headers: { accept: 'text/html' } });
    expect(browser.statusCode).toBe(302);
    expect(browser.headers.location).toBe('/login?error=auth.sso_unavailable');
  });
});

describe('failed single sign-on callbacks and the trail', () => {
  const accounts = new Map<string, ProviderAccount>();
  let provider: Awaited<ReturnType<typeof startProvider>>;
  const overrides: Partial<Config> = { rateLimit: { requestsPerMinute: 1e6, loginsPerMinute: 3 } };
  beforeAll(async () => {
    provider = await startProvider(accounts);
    overrides.oidc = {
      issuer: provider.issuer,
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      redirectUri: REDIRECT_URI,
      municipality: 'STOCKHOLM',
    };
  });
  afterAll(async () => {
    await provider?.close();
  });
  const t = useTestApp('demo', overrides);

  it('are limited per address like password logins, so nobody can flood the trail with them', async () => {
    const failedLogins = async () =>
      (await t.database.owner.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'login_failed'`)).rows[0]!
        .n;
    const before = await failedLogins();
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const response = await t.anonymous.inject({
        method: 'GET',
        url: `/api/v1/auth/oidc/callback?code=guess-${i}&state=guess`,
        remoteAddress: '198.51.100.9',
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 3)).toEqual([400, 400, 400]);
    expect(statuses.at(-1)).toBe(429);
    expect((await failedLogins()) - before).toBe(3);
  });
});
