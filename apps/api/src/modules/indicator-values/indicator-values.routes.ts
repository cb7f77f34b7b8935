import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { IndicatorCodeParamsSchema, IndicatorValuesQuerySchema, IndicatorValuesSchema } from '@planpuls/contracts';
import type { FastifyInstance } from 'fastify';
import { COMMON_ERRORS, errorResponses } from '../../errors';
import { NOT_MODIFIED } from '../../response-cache';

export async function indicatorValuesRoutes(app: FastifyInstance): Promise<void> {
  const indicatorValues = app.services.indicatorValues;
  app.withTypeProvider<TypeBoxTypeProvider>().get(
    '/indicators/:indicatorCode/values',
    {
      config: { permission: 'figures:read' },
      schema: {
        tags: ['indicators'],
        operationId: 'getIndicatorValues',
        summary: 'Computed values with numerator and denominator: per unit, and rolled up for the municipality (Σ/Σ)',
        params: IndicatorCodeParamsSchema,
        querystring: IndicatorValuesQuerySchema,
        response: { 200: IndicatorValuesSchema, ...NOT_MODIFIED, ...errorResponses(...COMMON_ERRORS, 404) },
      },
    },
    async (request, reply) =>
      app.figureResponses.serve(request, reply, () =>
        indicatorValues.get(request.municipalityId, request.principal!.grants, request.params.indicatorCode, request.query),
      ),
  );
}
