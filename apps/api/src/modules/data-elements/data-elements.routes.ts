import { DataElementSchema, ListOf } from '@planpuls/contracts';
import type { FastifyInstance } from 'fastify';
import { COMMON_ERRORS, errorResponses } from '../../errors';
import { listDataElements } from './data-elements.repository';

export async function dataElementsRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    '/data-elements',
    {
      schema: {
        tags: ['reference-data'],
        operationId: 'listDataElements',
        summary: 'Raw facts HR reports, with their reporting definitions',
        response: { 200: ListOf(DataElementSchema), ...errorResponses(...COMMON_ERRORS) },
      },
    },
    async (request) => ({ items: await listDataElements(app.db, request.municipalityId) }),
  );
}
