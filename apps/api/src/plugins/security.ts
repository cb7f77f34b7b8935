import fastifyCsrf from '@fastify/csrf-protection';
import helmet from '@fastify/helmet';
import { isIPv6 } from 'node:net';
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
 * The client an address stands for in rate limits: an IPv4 address as it is, an IPv6 address by its /64. One host
 * is usually given a whole /64 and may take a new address from it for every request, so counting IPv6 addresses
 * one by one would give it 2^64 budgets. An IPv4 address seen through an IPv6 socket (::ffff:a.b.c.d) is itself.
 */
export function clientOf(ip: string): string {
  if (!isIPv6(ip)) return ip;
  let text = ip.split('%')[0]!;
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const before = head ? head.split(':') : [];
  const after = tail ? tail.split(':') : [];
  const groups = (tail === undefined ? before : [...before, ...Array<string>(8 - before.length - after.length).fill('0'), ...after]).map(
    (group) => parseInt(group, 16),
  );
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
    return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join('.');
  }
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`;
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
          : `ip:${clientOf(request.ip)}`,
    errorResponseBuilder: (_request, context) =>
      new ApiError(429, 'request.rate_limited', `Too many requests: try again in ${Math.ceil(context.ttl / 1000)} s.`),
  });

  await app.register(fastifyCsrf, {
    sessionPlugin: '@fastify/session',
    getToken: (request) => request.headers[CSRF_HEADER] as string | undefined,
  });
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
export const loginRateLimit = (loginsPerMinute: number) => ({
  rateLimit: { max: loginsPerMinute, timeWindow: 60_000, keyGenerator: (request: FastifyRequest) => `login:${clientOf(request.ip)}` },
});

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Writes authenticated by the session cookie must carry the CSRF token; token (Bearer) calls cannot be forged by a browser. */
export function requireCsrfForCookieWrites(app: FastifyInstance): void {
  app.addHook('preHandler', (request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void) => {
    if (!UNSAFE.has(request.method) || request.principal?.kind !== 'user') return done();
    // On a missing or wrong token the plugin answers itself (403, mapped to auth.csrf_invalid by the error handler).
    app.csrfProtection(request, reply, done);
  });
}
