import type { FastifyInstance } from 'fastify';
import { findActiveToken, touchToken } from '../modules/api-tokens/api-tokens.repository';
import { apiTokenErrors, hashToken } from '../modules/api-tokens/api-tokens.service';
import { FailureThrottle } from '../modules/auth/failure-throttle';
import { ApiError } from '../errors';
import { currentContext } from './request-context';

const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * `Authorization: Bearer <token>` for systems: the token's units, with the rights of an integration.
 * An unknown token is refused here, before the general rate limit runs: so unknown tokens are counted per
 * address like failed logins (`failuresPerMinute`), and beyond that refused before the database is asked.
 */
export function useApiTokenAuth(app: FastifyInstance, { failuresPerMinute }: { failuresPerMinute: number }): void {
  const unknownTokens = new FailureThrottle(failuresPerMinute);
  app.addHook('onRequest', async (request, reply) => {
    const header = request.headers.authorization;
    if (header === undefined) return;
    const keys = [`ip:${request.ip}`];
    const wait = unknownTokens.retryAfterSeconds(keys);
    if (wait > 0) {
      reply.header('retry-after', String(wait));
      throw new ApiError(429, 'request.rate_limited', `Too many requests: try again in ${wait} s.`);
    }
    const match = BEARER.exec(header);
    const token = match ? await findActiveToken(app.db, hashToken(match[1]!)) : undefined;
    if (!token) {
      unknownTokens.record(keys);
      throw apiTokenErrors.invalidToken();
    }
    request.principal = { kind: 'token', tokenId: token.id, municipalityId: token.municipalityId, grants: [{ role: 'integration', allUnits: false, units: token.units }] };
    const context = currentContext();
    if (context) context.actor = { type: 'token', tokenId: token.id };
    await touchToken(app.db, token.id);
  });
}
