import type { FastifyInstance } from 'fastify';
import { findActiveToken, touchToken } from '../modules/api-tokens/api-tokens.repository';
import { apiTokenErrors, hashToken } from '../modules/api-tokens/api-tokens.service';
import { currentContext } from './request-context';

const BEARER = /^Bearer\s+(\S+)$/i;

/** `Authorization: Bearer <token>` for systems: the token's units, with the rights of an integration. */
export function useApiTokenAuth(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    const header = request.headers.authorization;
    if (header === undefined) return;
    const match = BEARER.exec(header);
    const token = match ? await findActiveToken(app.db, hashToken(match[1]!)) : undefined;
    if (!token) throw apiTokenErrors.invalidToken();
    request.principal = { kind: 'token', tokenId: token.id, municipalityId: token.municipalityId, grants: [{ role: 'integration', allUnits: false, units: token.units }] };
    const context = currentContext();
    if (context) context.actor = { type: 'token', tokenId: token.id };
    await touchToken(app.db, token.id);
  });
}
