import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  CreateUnitSchema,
  DeletedSchema,
  ListOf,
  NoQuerySchema,
  UnitParamsSchema,
  UnitSchema,
  UpdateUnitSchema,
} from '@planpuls/contracts';
import type { FastifyInstance } from 'fastify';
import { COMMON_ERRORS, errorResponses } from '../../errors';
import { listUnits } from './units.repository';

export async function unitsRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const units = app.services.units;

  api.get(
    '/units',
    {
      config: { permission: 'catalogue:read' },
      schema: {
        tags: ['reference-data'],
        operationId: 'listUnits',
        summary: 'Administrations (förvaltningar) that report, in Swedish name order',
        querystring: NoQuerySchema,
        response: { 200: ListOf(UnitSchema), ...errorResponses(...COMMON_ERRORS) },
      },
    },
    async (request) => ({ items: await listUnits(app.db, request.municipalityId) }),
  );

  api.get(
    '/units/:unitId',
    {
      config: { permission: 'catalogue:read' },
      schema: {
        tags: ['reference-data'],
        operationId: 'getUnit',
        summary: 'One administration',
        params: UnitParamsSchema,
        querystring: NoQuerySchema,
        response: { 200: UnitSchema, ...errorResponses(...COMMON_ERRORS, 404) },
      },
    },
    async (request) => units.get(request.municipalityId, request.params.unitId),
  );

  api.post(
    '/units',
    {
      config: { permission: 'catalogue:write' },
      schema: {
        tags: ['reference-data'],
        operationId: 'createUnit',
        summary: 'Add an administration; parent and predecessor are unit codes',
        querystring: NoQuerySchema,
        body: CreateUnitSchema,
        response: { 201: UnitSchema, ...errorResponses(...COMMON_ERRORS, 403, 404, 409, 413, 415) },
      },
    },
    async (request, reply) => reply.status(201).send(await units.create(request.municipalityId, request.body)),
  );

  api.patch(
    '/units/:unitId',
    {
      config: { permission: 'catalogue:write' },
      schema: {
        tags: ['reference-data'],
        operationId: 'updateUnit',
        summary: 'Change an administration; only the fields sent change',
        params: UnitParamsSchema,
        querystring: NoQuerySchema,
        body: UpdateUnitSchema,
        response: { 200: UnitSchema, ...errorResponses(...COMMON_ERRORS, 403, 404, 409, 413, 415) },
      },
    },
    async (request) => units.update(request.municipalityId, request.params.unitId, request.body),
  );

  api.delete(
    '/units/:unitId',
    {
      config: { permission: 'catalogue:write' },
      schema: {
        tags: ['reference-data'],
        operationId: 'deleteUnit',
        summary: 'Delete an administration nothing refers to (no values, reports, activities or sub-units)',
        params: UnitParamsSchema,
        querystring: NoQuerySchema,
        response: { 200: DeletedSchema, ...errorResponses(...COMMON_ERRORS, 403, 404, 409) },
      },
    },
    async (request) => units.remove(request.municipalityId, request.params.unitId),
  );
}
