import fastifyCsrf from '@fastify/csrf-protection';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from '../errors';

export const CSRF_HEADER = 'x-csrf-token';

export interface SecurityOptions {
  /** Requests per minute for one client (a token, a session, else an address). */
  requestsPerMinute: number;
  /** Login attempts per minute from one address. */
  loginsPerMinute: number;
}

/**
 * Headers (a strict Content-Security-Policy the web app works under), rate limits with 429 and Retry-After,
 * and CSRF tokens for writes made with the session cookie.
 */
export async function registerSecurity(app: FastifyInstance, options: SecurityOptions): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        // Charts and transitions set style attributes from script; no inline <style> or <script> is allowed.
        styleSrcAttr: ["'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // The API docs page brings its own policy for its scripts (see the swagger plugin).
    global: true,
  });

  await app.register(rateLimit, {
    global: true,
    max: options.requestsPerMinute,
    timeWindow: 60_000,
    // Keyed by who was authenticated, never by the header as sent: `bearer  <token>` is the same token as
    // `Bearer <token>`, and an unknown token never gets this far (api-token-auth.ts throttles those).
    keyGenerator: (request) =>
      request.principal?.kind === 'token'
        ? `token:${request.principal.tokenId}`
        : request.session?.userId
          ? `user:${request.session.userId}`
          : `ip:${request.ip}`,
    errorResponseBuilder: (_request, context) =>
      new ApiError(429, 'request.rate_limited', `Too many requests: try again in ${Math.ceil(context.ttl / 1000)} s.`),
  });

  await app.register(fastifyCsrf, { sessionPlugin: '@fastify/session', getToken: (request) => request.headers[CSRF_HEADER] as string | undefined });
}

/** Answers that may carry what one person may see: the API's, the generated API document, and every error. */
const PRIVATE_PATHS = /^\/(api\/|docs\/(json|yaml)(\?|$))/;

/**
 * `Cache-Control: no-store` on every API answer and every error, so neither the browser's cache nor a proxy
 * keeps a person's data after logout (a route that set its own cache header keeps it). The web app's built
 * files and the docs' static assets keep their caching.
 */
export function useNoStore(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply) => {
    if (reply.hasHeader('cache-control')) return;
    if (reply.statusCode >= 400 || PRIVATE_PATHS.test(request.url)) reply.header('cache-control', 'no-store');
  });
}

/** Login routes get a stricter limit than the rest. */
export const loginRateLimit = (loginsPerMinute: number) => ({ rateLimit: { max: loginsPerMinute, timeWindow: 60_000, keyGenerator: (request: FastifyRequest) => `login:${request.ip}` } });

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Writes authenticated by the session cookie must carry the CSRF token; token (Bearer) calls cannot be forged by a browser. */
export function requireCsrfForCookieWrites(app: FastifyInstance): void {
  app.addHook('preHandler', (request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void) => {
    if (!UNSAFE.has(request.method) || request.principal?.kind !== 'user') return done();
    // On a missing or wrong token the plugin answers itself (403, mapped to auth.csrf_invalid by the error handler).
    app.csrfProtection(request, reply, done);
  });
}
