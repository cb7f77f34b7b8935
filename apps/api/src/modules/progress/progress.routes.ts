import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { PlanParamsSchema, PlanProgressQuerySchema, PlanProgressSchema } from '@planpuls/contracts';
import type { FastifyInstance } from 'fastify';
import { COMMON_ERRORS, errorResponses } from '../../errors';
import { NOT_MODIFIED } from '../../response-cache';

export async function progressRoutes(app: FastifyInstance): Promise<void> {
  const progress = app.services.progress;
  app.withTypeProvider<TypeBoxTypeProvider>().get(
    '/plans/:planId/progress',
    {
      config: { permission: 'figures:read' },
      schema: {
        tags: ['plans'],
        operationId: 'getPlanProgress',
        summary: 'Per goal and target: the checkpoint in force, the municipality figure with completeness, and each unit judged',
        params: PlanParamsSchema,
        querystring: PlanProgressQuerySchema,
        response: { 200: PlanProgressSchema, ...NOT_MODIFIED, ...errorResponses(...COMMON_ERRORS, 404) },
      },
    },
    async (request, reply) =>
      app.figureResponses.serve(request, reply, () =>
        progress.forPlan(request.municipalityId, request.principal!.grants, request.params.planId, request.query.period),
      ),
  );
}
