import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { MeasurabilitySchema, NoQuerySchema, PlanParamsSchema } from '@planpuls/contracts';
import type { FastifyInstance } from 'fastify';
import { COMMON_ERRORS, errorResponses } from '../../errors';

export async function measurabilityRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const measurability = app.services.measurability;

  api.get(
    '/plans/:planId/measurability',
    {
      config: { permission: 'catalogue:read' },
      schema: {
        tags: ['plans'],
        operationId: 'getPlanMeasurability',
        summary:
          'What keeps the plan from being adopted: goals without indicator, target, baseline, deadline, owner, data source or frequency; activities without owner, due date or definition of done',
        params: PlanParamsSchema,
        querystring: NoQuerySchema,
        response: { 200: MeasurabilitySchema, ...errorResponses(...COMMON_ERRORS, 404) },
      },
    },
    async (request) => measurability.forPlan(request.municipalityId, request.params.planId),
  );
}
