import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  CreateGoalSchema,
  DeletedSchema,
  GoalDetailSchema,
  GoalParamsSchema,
  NoQuerySchema,
  PlanParamsSchema,
  UpdateGoalSchema,
} from '@planpuls/contracts';
import type { FastifyInstance } from 'fastify';
import { COMMON_ERRORS, errorResponses } from '../../errors';

export async function goalsRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const goals = app.services.goals;

  api.post(
    '/plans/:planId/goals',
    {
      config: { permission: 'plans:write' },
      schema: {
        tags: ['plans'],
        operationId: 'createGoal',
        summary: 'Add a goal to a focus area of the plan; focusArea and indicator are codes',
        params: PlanParamsSchema,
        querystring: NoQuerySchema,
        body: CreateGoalSchema,
        response: { 201: GoalDetailSchema, ...errorResponses(...COMMON_ERRORS, 403, 404, 409, 413, 415) },
      },
    },
    async (request, reply) => reply.status(201).send(await goals.create(request.municipalityId, request.params.planId, request.body)),
  );

  api.get(
    '/goals/:goalId',
    {
      config: { permission: 'catalogue:read' },
      schema: {
        tags: ['plans'],
        operationId: 'getGoal',
        summary: 'A goal with its targets',
        params: GoalParamsSchema,
        querystring: NoQuerySchema,
        response: { 200: GoalDetailSchema, ...errorResponses(...COMMON_ERRORS, 404) },
      },
    },
    async (request) => goals.get(request.municipalityId, request.params.goalId),
  );

  api.patch(
    '/goals/:goalId',
    {
      config: { permission: 'plans:write' },
      schema: {
        tags: ['plans'],
        operationId: 'updateGoal',
        summary: 'Change a goal; null clears indicator, owner, data source or frequency',
        params: GoalParamsSchema,
        querystring: NoQuerySchema,
        body: UpdateGoalSchema,
        response: { 200: GoalDetailSchema, ...errorResponses(...COMMON_ERRORS, 403, 404, 409, 413, 415) },
      },
    },
    async (request) => goals.update(request.municipalityId, request.params.goalId, request.body),
  );

  api.delete(
    '/goals/:goalId',
    {
      config: { permission: 'plans:write' },
      schema: {
        tags: ['plans'],
        operationId: 'deleteGoal',
        summary: 'Delete a goal with its targets, unless activities work toward it',
        params: GoalParamsSchema,
        querystring: NoQuerySchema,
        response: { 200: DeletedSchema, ...errorResponses(...COMMON_ERRORS, 403, 404, 409) },
      },
    },
    async (request) => goals.remove(request.municipalityId, request.params.goalId),
  );
}
