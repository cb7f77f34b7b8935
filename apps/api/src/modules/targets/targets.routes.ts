import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  CreateTargetSchema,
  DeletedSchema,
  GoalParamsSchema,
  NoQuerySchema,
  TargetDetailSchema,
  TargetParamsSchema,
  UpdateTargetSchema,
} from '@planpuls/contracts';
import type { FastifyInstance } from 'fastify';
import { COMMON_ERRORS, errorResponses } from '../../errors';

export async function targetsRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const targets = app.services.targets;

  api.post(
    '/goals/:goalId/targets',
    {
      config: { permission: 'plans:write' },
      schema: {
        tags: ['plans'],
        operationId: 'createTarget',
        summary: 'Add a target to a goal, with its baseline, milestones and reference values; group and periods are codes',
        params: GoalParamsSchema,
        querystring: NoQuerySchema,
        body: CreateTargetSchema,
        response: { 201: TargetDetailSchema, ...errorResponses(...COMMON_ERRORS, 403, 404, 409, 413, 415) },
      },
    },
    async (request, reply) => reply.status(201).send(await targets.create(request.municipalityId, request.params.goalId, request.body)),
  );

  api.get(
    '/targets/:targetId',
    {
      config: { permission: 'catalogue:read' },
      schema: {
        tags: ['plans'],
        operationId: 'getTarget',
        summary: 'A target with its baseline, milestones and reference values',
        params: TargetParamsSchema,
        querystring: NoQuerySchema,
        response: { 200: TargetDetailSchema, ...errorResponses(...COMMON_ERRORS, 404) },
      },
    },
    async (request) => targets.get(request.municipalityId, request.params.targetId),
  );

  api.patch(
    '/targets/:targetId',
    {
      config: { permission: 'plans:write' },
      schema: {
        tags: ['plans'],
        operationId: 'updateTarget',
        summary: 'Change a target; milestones and references, when sent, replace the old ones',
        params: TargetParamsSchema,
        querystring: NoQuerySchema,
        body: UpdateTargetSchema,
        response: { 200: TargetDetailSchema, ...errorResponses(...COMMON_ERRORS, 403, 404, 409, 413, 415) },
      },
    },
    async (request) => targets.update(request.municipalityId, request.params.targetId, request.body),
  );

  api.delete(
    '/targets/:targetId',
    {
      config: { permission: 'plans:write' },
      schema: {
        tags: ['plans'],
        operationId: 'deleteTarget',
        summary: 'Delete a target with its milestones and reference values',
        params: TargetParamsSchema,
        querystring: NoQuerySchema,
        response: { 200: DeletedSchema, ...errorResponses(...COMMON_ERRORS, 403, 404, 409) },
      },
    },
    async (request) => targets.remove(request.municipalityId, request.params.targetId),
  );
}
