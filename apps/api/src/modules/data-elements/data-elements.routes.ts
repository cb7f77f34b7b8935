import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  CreateDataElementSchema,
  DataElementParamsSchema,
  DataElementSchema,
  DeletedSchema,
  ListOf,
  NoQuerySchema,
  UpdateDataElementSchema,
} from '@planpuls/contracts';
import type { FastifyInstance } from 'fastify';
import { COMMON_ERRORS, errorResponses } from '../../errors';
import { listDataElements } from './data-elements.repository';

export async function dataElementsRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const elements = app.services.dataElements;

  api.get(
    '/data-elements',
    {
      config: { permission: 'catalogue:read' },
      schema: {
        tags: ['reference-data'],
        operationId: 'listDataElements',
        summary: 'Raw facts HR reports, with their reporting definitions',
        querystring: NoQuerySchema,
        response: { 200: ListOf(DataElementSchema), ...errorResponses(...COMMON_ERRORS) },
      },
    },
    async (request) => ({ items: await listDataElements(app.db, request.municipalityId) }),
  );

  api.get(
    '/data-elements/:dataElementId',
    {
      config: { permission: 'catalogue:read' },
      schema: {
        tags: ['reference-data'],
        operationId: 'getDataElement',
        summary: 'One data element with its reporting definition',
        params: DataElementParamsSchema,
        querystring: NoQuerySchema,
        response: { 200: DataElementSchema, ...errorResponses(...COMMON_ERRORS, 404) },
      },
    },
    async (request) => elements.get(request.municipalityId, request.params.dataElementId),
  );

  api.post(
    '/data-elements',
    {
      config: { permission: 'catalogue:write' },
      schema: {
        tags: ['reference-data'],
        operationId: 'createDataElement',
        summary: 'Add a data element HR reports',
        querystring: NoQuerySchema,
        body: CreateDataElementSchema,
        response: { 201: DataElementSchema, ...errorResponses(...COMMON_ERRORS, 403, 409, 413, 415) },
      },
    },
    async (request, reply) => reply.status(201).send(await elements.create(request.municipalityId, request.body)),
  );

  api.patch(
    '/data-elements/:dataElementId',
    {
      config: { permission: 'catalogue:write' },
      schema: {
        tags: ['reference-data'],
        operationId: 'updateDataElement',
        summary: 'Change a data element; its value type, frequency and split are fixed once values exist',
        params: DataElementParamsSchema,
        querystring: NoQuerySchema,
        body: UpdateDataElementSchema,
        response: { 200: DataElementSchema, ...errorResponses(...COMMON_ERRORS, 403, 404, 409, 413, 415) },
      },
    },
    async (request) => elements.update(request.municipalityId, request.params.dataElementId, request.body),
  );

  api.delete(
    '/data-elements/:dataElementId',
    {
      config: { permission: 'catalogue:write' },
      schema: {
        tags: ['reference-data'],
        operationId: 'deleteDataElement',
        summary: 'Delete a data element no value, formula or reporting cycle refers to',
        params: DataElementParamsSchema,
        querystring: NoQuerySchema,
        response: { 200: DeletedSchema, ...errorResponses(...COMMON_ERRORS, 403, 404, 409) },
      },
    },
    async (request) => elements.remove(request.municipalityId, request.params.dataElementId),
  );
}
