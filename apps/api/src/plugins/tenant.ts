import { ErrorCodes } from '@planpuls/contracts';
import type { FastifyInstance } from 'fastify';
import { ApiError } from '../errors';
import { findMunicipalityIdByCode } from '../modules/municipalities/municipalities.repository';

/**
 * Every request works inside one municipality. Until people log in (the accounts issue), that is the
 * configured one; afterwards it will be the user's or the token's.
 */
export function useTenant(app: FastifyInstance, municipalityCode: string): void {
  let cached: string | undefined;
  app.decorateRequest('municipalityId', '');
  app.addHook('preHandler', async (request) => {
    cached ??= await findMunicipalityIdByCode(app.db, municipalityCode);
    if (!cached) throw new ApiError(503, ErrorCodes.tenantMissing, `The municipality ${municipalityCode} has not been set up yet.`);
    request.municipalityId = cached;
  });
}
