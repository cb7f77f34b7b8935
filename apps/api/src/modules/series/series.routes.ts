import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { GoalSeriesParamsSchema, GoalSeriesQuerySchema, GoalSeriesSchema } from '@planpuls/contracts';
import type { FastifyInstance } from 'fastify';
import { COMMON_ERRORS, errorResponses } from '../../errors';
import { NOT_MODIFIED } from '../../response-cache';

export async function seriesRoutes(app: FastifyInstance): Promise<void> {
  const series = app.services.series;
  app.withTypeProvider<TypeBoxTypeProvider>().get(
    '/plans/:planId/goals/:goalId/series',
    {
      config: { permission: 'figures:read' },
      schema: {
        tags: ['plans'],
        operationId: 'getGoalSeries',
        summary:
          'A goal’s figures over time per target, for the municipality and the asked units: figure, status, checkpoint in force, suppression',
        params: GoalSeriesParamsSchema,
        querystring: GoalSeriesQuerySchema,
        response: { 200: GoalSeriesSchema, ...NOT_MODIFIED, ...errorResponses(...COMMON_ERRORS, 404) },
      },
    },
    async (request, reply) =>
      app.figureResponses.serve(request, reply, () =>
        series.forGoal(request.municipalityId, request.principal!.grants, request.params.planId, request.params.goalId, request.query),
      ),
  );
}
