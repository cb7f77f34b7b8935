import type { FastifyInstance } from 'fastify';
import type { ChangeFeed } from '../change-feed';
import { LiveCache } from '../live-cache';
import { findActiveToken, touchToken } from '../modules/api-tokens/api-tokens.repository';
import { apiTokenErrors, hashToken } from '../modules/api-tokens/api-tokens.service';
import { FailureThrottle } from '../modules/auth/failure-throttle';
import { ApiError } from '../errors';
import { currentContext } from './request-context';
import { clientOf } from './security';

const BEARER = /^Bearer\s+(\S+)$/i;
const TOKEN_MAX_AGE_MS = 60_000;
const TOUCH_EVERY_MS = 60_000;

interface KnownToken {
  id: string;
  municipalityId: string;
  units: string[];
  touchedAt: number;
}

/**
 * `Authorization: Bearer <token>` for systems: the token's units, with the rights of an integration.
 * An unknown token is refused here, before the general rate limit runs: so unknown tokens are counted per
 * address like failed logins (`failuresPerMinute`), and beyond that refused before the database is asked.
 * A known token is kept in memory until the change feed reports a change of tokens in its municipality.
 */
export function useApiTokenAuth(app: FastifyInstance, { failuresPerMinute, feed }: { failuresPerMinute: number; feed: ChangeFeed }): void {
  const unknownTokens = new FailureThrottle(failuresPerMinute);
  const known = new LiveCache<KnownToken>(feed, 'planpuls_principals');
  const find = (tokenHash: string) =>
    known.get(tokenHash, async () => {
      const token = await findActiveToken(app.db, tokenHash);
      if (!token) return undefined;
      const endsAt = Math.min(Date.now() + TOKEN_MAX_AGE_MS, token.expiresAt?.getTime() ?? Infinity);
      return {
        value: { id: token.id, municipalityId: token.municipalityId, units: token.units, touchedAt: 0 },
        group: token.municipalityId,
        expiresAt: endsAt,
      };
    });
  app.addHook('onRequest', async (request, reply) => {
    const header = request.headers.authorization;
    if (header === undefined) return;
    const keys = [`ip:${clientOf(request.ip)}`];
    const wait = unknownTokens.retryAfterSeconds(keys);
    if (wait > 0) {
      reply.header('retry-after', String(wait));
      throw new ApiError(429, 'request.rate_limited', `Too many requests: try again in ${wait} s.`);
    }
    const match = BEARER.exec(header);
    const token = match ? await find(hashToken(match[1]!)) : undefined;
    if (!token) {
      unknownTokens.record(keys);
      throw apiTokenErrors.invalidToken();
    }
    request.principal = {
      kind: 'token',
      tokenId: token.id,
      municipalityId: token.municipalityId,
      grants: [{ role: 'integration', allUnits: false, units: token.units }],
    };
    const context = currentContext();
    if (context) context.actor = { type: 'token', tokenId: token.id };
    const now = Date.now();
    if (now - token.touchedAt < TOUCH_EVERY_MS) return;
    token.touchedAt = now;
    await touchToken(app.db, token.id);
  });
}
