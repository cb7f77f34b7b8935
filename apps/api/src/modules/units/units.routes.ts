import { ListOf, UnitSchema } from '@planpuls/contracts';
import type { FastifyInstance } from 'fastify';
import { COMMON_ERRORS, errorResponses } from '../../errors';
import { listUnits } from './units.repository';

export async function unitsRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    '/units',
    {
      schema: {
        tags: ['reference-data'],
        operationId: 'listUnits',
        summary: 'Administrations (förvaltningar) that report, in Swedish name order',
        response: { 200: ListOf(UnitSchema), ...errorResponses(...COMMON_ERRORS) },
      },
    },
    async (request) => ({ items: await listUnits(app.db, request.municipalityId) }),
  );
}
