import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  CreateFocusAreaSchema,
  DeletedSchema,
  FocusAreaDetailSchema,
  FocusAreaParamsSchema,
  NoQuerySchema,
  PlanParamsSchema,
  UpdateFocusAreaSchema,
} from '@planpuls/contracts';
import type { FastifyInstance } from 'fastify';
import { COMMON_ERRORS, errorResponses } from '../../errors';

export async function focusAreasRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const focusAreas = app.services.focusAreas;

  api.post(
    '/plans/:planId/focus-areas',
    {
      config: { permission: 'plans:write' },
      schema: {
        tags: ['plans'],
        operationId: 'createFocusArea',
        summary: 'Add a focus area (fokusområde) to a plan; its code is unique within the plan',
        params: PlanParamsSchema,
        querystring: NoQuerySchema,
        body: CreateFocusAreaSchema,
        response: { 201: FocusAreaDetailSchema, ...errorResponses(...COMMON_ERRORS, 403, 404, 409, 413, 415) },
      },
    },
    async (request, reply) => reply.status(201).send(await focusAreas.create(request.municipalityId, request.params.planId, request.body)),
  );

  api.get(
    '/focus-areas/:focusAreaId',
    {
      config: { permission: 'catalogue:read' },
      schema: {
        tags: ['plans'],
        operationId: 'getFocusArea',
        summary: 'A focus area with its goals and their targets',
        params: FocusAreaParamsSchema,
        querystring: NoQuerySchema,
        response: { 200: FocusAreaDetailSchema, ...errorResponses(...COMMON_ERRORS, 404) },
      },
    },
    async (request) => focusAreas.get(request.municipalityId, request.params.focusAreaId),
  );

  api.patch(
    '/focus-areas/:focusAreaId',
    {
      config: { permission: 'plans:write' },
      schema: {
        tags: ['plans'],
        operationId: 'updateFocusArea',
        summary: 'Change a focus area’s code, name or position',
        params: FocusAreaParamsSchema,
        querystring: NoQuerySchema,
        body: UpdateFocusAreaSchema,
        response: { 200: FocusAreaDetailSchema, ...errorResponses(...COMMON_ERRORS, 403, 404, 409, 413, 415) },
      },
    },
    async (request) => focusAreas.update(request.municipalityId, request.params.focusAreaId, request.body),
  );

  api.delete(
    '/focus-areas/:focusAreaId',
    {
      config: { permission: 'plans:write' },
      schema: {
        tags: ['plans'],
        operationId: 'deleteFocusArea',
        summary: 'Delete a focus area without goals',
        params: FocusAreaParamsSchema,
        querystring: NoQuerySchema,
        response: { 200: DeletedSchema, ...errorResponses(...COMMON_ERRORS, 403, 404, 409) },
      },
    },
    async (request) => focusAreas.remove(request.municipalityId, request.params.focusAreaId),
  );
}
