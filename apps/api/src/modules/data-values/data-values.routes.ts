import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  DataValueGroupQuerySchema,
  DataValuePageSchema,
  DataValueParamsSchema,
  DataValueQuerySchema,
  DataValueSchema,
  IfMatchHeadersSchema,
  PutDataValueSchema,
} from '@planpuls/contracts';
import type { FastifyInstance } from 'fastify';
import { COMMON_ERRORS, errorResponses } from '../../errors';
import { etagOf } from './data-values.service';

export async function dataValuesRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const dataValues = app.services.dataValues;

  api.get(
    '/data-values',
    {
      config: { permission: 'data_values:read' },
      schema: {
        tags: ['data-values'],
        operationId: 'listDataValues',
        summary: 'Entered values with their reporting state and version, filtered by codes and paged',
        querystring: DataValueQuerySchema,
        response: { 200: DataValuePageSchema, ...errorResponses(...COMMON_ERRORS) },
      },
    },
    async (request) => {
      const { items, total } = await dataValues.list(request.municipalityId, request.principal!.grants, request.query);
      return { items, total, page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  api.put(
    '/data-values/:dataElementCode/:unitCode/:periodCode',
    {
      config: { permission: 'data_values:write' },
      schema: {
        tags: ['data-values'],
        operationId: 'putDataValue',
        summary: 'Create a value, or change it with If-Match: its ETag (428 without, 412 when stale)',
        params: DataValueParamsSchema,
        querystring: DataValueGroupQuerySchema,
        headers: IfMatchHeadersSchema,
        body: PutDataValueSchema,
        response: {
          200: DataValueSchema,
          201: DataValueSchema,
          ...errorResponses(...COMMON_ERRORS, 403, 404, 409, 412, 415, 428),
        },
      },
    },
    async (request, reply) => {
      const { value, created } = await dataValues.put({
        municipalityId: request.municipalityId,
        grants: request.principal!.grants,
        elementCode: request.params.dataElementCode,
        unitCode: request.params.unitCode,
        periodCode: request.params.periodCode,
        groupCode: request.query.group,
        body: request.body,
        ifMatch: request.headers['if-match'],
      });
      return reply
        .status(created ? 201 : 200)
        .header('etag', etagOf(value.version))
        .send(value);
    },
  );
}
