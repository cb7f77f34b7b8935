import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { ListOf, PlanParamsSchema, PlanSchema, PlanSummarySchema } from '@planpuls/contracts';
import type { FastifyInstance } from 'fastify';
import { COMMON_ERRORS, errorResponses } from '../../errors';
import { plansServiceFactory } from './plans.service';

export async function plansRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const plans = plansServiceFactory({ db: app.db });

  api.get(
    '/plans',
    {
      schema: {
        tags: ['plans'],
        operationId: 'listPlans',
        summary: 'Every version of every plan',
        response: { 200: ListOf(PlanSummarySchema), ...errorResponses(...COMMON_ERRORS) },
      },
    },
    async (request) => ({ items: await plans.list(request.municipalityId) }),
  );

  api.get(
    '/plans/:planId',
    {
      schema: {
        tags: ['plans'],
        operationId: 'getPlan',
        summary: 'A plan with its focus areas, goals, targets and activities',
        params: PlanParamsSchema,
        response: { 200: PlanSchema, ...errorResponses(...COMMON_ERRORS, 404) },
      },
    },
    async (request) => plans.get(request.municipalityId, request.params.planId),
  );
}
