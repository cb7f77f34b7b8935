import { ListOf, PeriodQuerySchema, PeriodSchema } from '@planpuls/contracts';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { COMMON_ERRORS, errorResponses } from '../../errors';
import { listPeriods } from './periods.repository';

export async function periodsRoutes(app: FastifyInstance): Promise<void> {
  app.withTypeProvider<TypeBoxTypeProvider>().get(
    '/periods',
    {
      config: { permission: 'catalogue:read' },
      schema: {
        tags: ['reference-data'],
        operationId: 'listPeriods',
        summary: 'Calendar periods (year, tertial, quarter, month) ordered by end date',
        querystring: PeriodQuerySchema,
        response: { 200: ListOf(PeriodSchema), ...errorResponses(...COMMON_ERRORS) },
      },
    },
    async (request) => ({ items: await listPeriods(app.db, request.query) }),
  );
}
