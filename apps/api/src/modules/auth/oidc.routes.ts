import { createHmac } from 'node:crypto';
import { Signer } from '@fastify/cookie';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { ApiError, COMMON_ERRORS, errorResponses } from '../../errors';
import { type PendingLogin } from './oidc.service';
import { loggableError } from '../../database-errors';
import { loginRateLimit } from '../../plugins/security';

export const SsoStatusSchema = Type.Object(
  { enabled: Type.Boolean({ description: 'Whether the login page offers single sign-on' }) },
  { additionalProperties: false, title: 'SsoStatus' },
);

const OidcLoginQuerySchema = Type.Object(
  {
    redirect: Type.Optional(
      Type.String({ maxLength: 2048, description: 'A path of this app to land on after login; anything else means /' }),
    ),
  },
  { additionalProperties: false },
);

/** What the provider sends back; providers add parameters of their own (Entra ID: session_state), so others are let through. */
const OidcCallbackQuerySchema = Type.Object(
  {
    code: Type.Optional(Type.String({ maxLength: 4096 })),
    state: Type.Optional(Type.String({ maxLength: 1024 })),
    iss: Type.Optional(Type.String({ maxLength: 1024 })),
    error: Type.Optional(Type.String({ maxLength: 256 })),
    error_description: Type.Optional(Type.String({ maxLength: 4096 })),
  },
  { additionalProperties: true },
);

const Redirect = Type.Null({ description: 'Redirect (see the Location header)' });

export const PENDING_COOKIE = 'planpuls_oidc';
const PENDING_SECONDS = 10 * 60;

/**
 * Single sign-on with OpenID Connect. The login and callback are browser navigations: on failure a browser
 * (Accept: text/html) is sent to `/login?error=<code>`, any other client gets the error as JSON.
 */
export async function oidcRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const oidc = app.services.oidc;
  const pending = pendingLoginCookie(app.config.session.secret, `${app.prefix}/auth/oidc`);

  api.get(
    '/auth/sso',
    {
      schema: {
        tags: ['auth'],
        operationId: 'getSsoStatus',
        summary: 'Whether single sign-on is configured, for the login page',
        security: [],
        response: { 200: SsoStatusSchema, ...errorResponses(...COMMON_ERRORS) },
      },
    },
    async () => ({ enabled: oidc.enabled }),
  );

  api.get(
    '/auth/oidc/login',
    {
      schema: {
        tags: ['auth'],
        operationId: 'startSso',
        summary: 'Start single sign-on: redirects to the provider (authorization code with PKCE)',
        security: [],
        querystring: OidcLoginQuerySchema,
        response: { 302: Redirect, ...errorResponses(...COMMON_ERRORS, 404) },
      },
    },
    async (request, reply) => {
      try {
        const { url, pending: login } = await oidc.begin(request.query.redirect);
        pending.set(reply, login);
        return reply.redirect(url, 302);
      } catch (error) {
        return failed(request, reply, error);
      }
    },
  );

  api.get(
    '/auth/oidc/callback',
    {
      // Each refused callback is a login_failed row in the trail: limited per address like password logins,
      // or anyone could append to the append-only log as fast as the general limit lets them.
      config: loginRateLimit(app.config.rateLimit.loginsPerMinute),
      schema: {
        tags: ['auth'],
        operationId: 'finishSso',
        summary: 'Where the provider sends the browser back: starts the session and redirects to the kept path',
        security: [],
        querystring: OidcCallbackQuerySchema,
        response: { 302: Redirect, ...errorResponses(...COMMON_ERRORS, 403, 404, 429) },
      },
    },
    async (request, reply) => {
      const login = pending.take(request, reply);
      try {
        const at = request.url.indexOf('?');
        const query = at === -1 ? '' : request.url.slice(at + 1);
        const { userId, municipalityId, redirect } = await oidc.complete(query, login, String(request.id));
        // A new session id at login, as with a password: an id planted before login is worth nothing afterwards.
        await request.session.regenerate();
        request.session.userId = userId;
        request.session.municipalityId = municipalityId;
        return reply.redirect(redirect, 302);
      } catch (error) {
        return failed(request, reply, error);
      }
    },
  );
}

/**
 * Logged always. A browser lands on the login page with the error code (never on a 500 page); other clients
 * get the error as JSON from the error handler.
 */
function failed(request: FastifyRequest, reply: FastifyReply, error: unknown): FastifyReply {
  const known = error instanceof ApiError;
  if (known) request.log.warn({ code: error.code, cause: summary(error.cause) }, 'single sign-on failed');
  if (!String(request.headers.accept ?? '').includes('text/html')) throw error;
  if (!known) request.log.error({ err: loggableError(error) }, 'single sign-on failed unexpectedly');
  return reply.redirect(`/login?error=${encodeURIComponent(known ? error.code : 'auth.sso_failed')}`, 302);
}

/** Name, message and code of what went wrong underneath, never the provider's response body (it may hold tokens). */
function summary(cause: unknown) {
  if (!(cause instanceof Error)) return undefined;
  return { name: cause.name, message: cause.message, code: (cause as { code?: unknown }).code };
}

/**
 * State, nonce, PKCE verifier and the path to return to, between leaving for the provider and coming back:
 * a short-lived, signed, HttpOnly cookie, because a session is only stored once someone is logged in.
 * SameSite=Lax still lets it come along on the provider's top-level redirect back.
 */
function pendingLoginCookie(sessionSecret: string, path: string) {
  // A key of its own, derived from the session secret, so this cookie's signature is good for nothing else.
  const signer = new Signer(createHmac('sha256', sessionSecret).update('planpuls oidc pending login').digest('base64url'));
  const options = { path, httpOnly: true, sameSite: 'lax', secure: 'auto' } as const;

  return {
    set(reply: FastifyReply, login: PendingLogin): void {
      const payload = Buffer.from(JSON.stringify({ ...login, expiresAt: Date.now() + PENDING_SECONDS * 1000 })).toString('base64url');
      reply.setCookie(PENDING_COOKIE, signer.sign(payload), { ...options, maxAge: PENDING_SECONDS });
    },

    /** The pending login if the cookie is ours and fresh; the cookie is used up either way. */
    take(request: FastifyRequest, reply: FastifyReply): PendingLogin | undefined {
      const raw = request.cookies[PENDING_COOKIE];
      if (raw === undefined) return undefined;
      reply.clearCookie(PENDING_COOKIE, options);
      const unsigned = signer.unsign(raw);
      if (!unsigned.valid) return undefined;
      let login: unknown;
      try {
        login = JSON.parse(Buffer.from(unsigned.value, 'base64url').toString('utf8'));
      } catch {
        return undefined;
      }
      if (typeof login !== 'object' || login === null) return undefined;
      const { state, nonce, codeVerifier, redirect, expiresAt } = login as Record<string, unknown>;
      if (typeof expiresAt !== 'number' || expiresAt <= Date.now()) return undefined;
      if (typeof state !== 'string' || typeof nonce !== 'string' || typeof codeVerifier !== 'string' || typeof redirect !== 'string')
        return undefined;
      return { state, nonce, codeVerifier, redirect };
    },
  };
}
