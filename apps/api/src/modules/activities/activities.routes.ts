import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  ActivityDetailSchema,
  ActivityParamsSchema,
  CreateActivitySchema,
  DeletedSchema,
  NoQuerySchema,
  PlanParamsSchema,
  UpdateActivitySchema,
} from '@planpuls/contracts';
import type { FastifyInstance } from 'fastify';
import { COMMON_ERRORS, errorResponses } from '../../errors';

export async function activitiesRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const activities = app.services.activities;

  api.post(
    '/plans/:planId/activities',
    {
      config: { permission: 'plans:write' },
      schema: {
        tags: ['plans'],
        operationId: 'createActivity',
        summary: 'Add an activity to a plan; goal and unit are codes',
        params: PlanParamsSchema,
        querystring: NoQuerySchema,
        body: CreateActivitySchema,
        response: { 201: ActivityDetailSchema, ...errorResponses(...COMMON_ERRORS, 403, 404, 409, 413, 415) },
      },
    },
    async (request, reply) => reply.status(201).send(await activities.create(request.municipalityId, request.params.planId, request.body)),
  );

  api.get(
    '/activities/:activityId',
    {
      config: { permission: 'catalogue:read' },
      schema: {
        tags: ['plans'],
        operationId: 'getActivity',
        summary: 'One activity',
        params: ActivityParamsSchema,
        querystring: NoQuerySchema,
        response: { 200: ActivityDetailSchema, ...errorResponses(...COMMON_ERRORS, 404) },
      },
    },
    async (request) => activities.get(request.municipalityId, request.params.activityId),
  );

  api.patch(
    '/activities/:activityId',
    {
      config: { permission: 'plans:write' },
      schema: {
        tags: ['plans'],
        operationId: 'updateActivity',
        summary: 'Change an activity, e.g. its status; the start date must not be after the due date',
        params: ActivityParamsSchema,
        querystring: NoQuerySchema,
        body: UpdateActivitySchema,
        response: { 200: ActivityDetailSchema, ...errorResponses(...COMMON_ERRORS, 403, 404, 409, 413, 415) },
      },
    },
    async (request) => activities.update(request.municipalityId, request.params.activityId, request.body),
  );

  api.delete(
    '/activities/:activityId',
    {
      config: { permission: 'plans:write' },
      schema: {
        tags: ['plans'],
        operationId: 'deleteActivity',
        summary: 'Delete an activity',
        params: ActivityParamsSchema,
        querystring: NoQuerySchema,
        response: { 200: DeletedSchema, ...errorResponses(...COMMON_ERRORS, 403, 404, 409) },
      },
    },
    async (request) => activities.remove(request.municipalityId, request.params.activityId),
  );
}
