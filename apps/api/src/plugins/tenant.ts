import { ErrorCodes } from '@planpuls/contracts';
import type { FastifyInstance } from 'fastify';
import { ApiError } from '../errors';
import { findMunicipalityIdByCode } from '../modules/municipalities/municipalities.repository';

/**
 * Every request works inside one municipality: the logged-in user's; for anonymous requests, until every
 * route requires login, the configured one.
 */
export function useTenant(app: FastifyInstance, municipalityCode: string): void {
  let cached: string | undefined;
  app.decorateRequest('municipalityId', '');
  app.addHook('preHandler', async (request) => {
    if (request.principal) {
      request.municipalityId = request.principal.municipalityId;
      return;
    }
    cached ??= await findMunicipalityIdByCode(app.db, municipalityCode);
    if (!cached) throw new ApiError(503, ErrorCodes.tenantMissing, `The municipality ${municipalityCode} has not been set up yet.`);
    request.municipalityId = cached;
  });
}
