import { IndicatorSchema, ListOf } from '@planpuls/contracts';
import type { FastifyInstance } from 'fastify';
import { COMMON_ERRORS, errorResponses } from '../../errors';
import { listIndicators } from './indicators.repository';

export async function indicatorsRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    '/indicators',
    {
      schema: {
        tags: ['reference-data'],
        operationId: 'listIndicators',
        summary: 'Indicators with their current formula over data elements',
        response: { 200: ListOf(IndicatorSchema), ...errorResponses(...COMMON_ERRORS) },
      },
    },
    async (request) => ({ items: await listIndicators(app.db, request.municipalityId) }),
  );
}
