import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  CreateIndicatorSchema,
  DeletedSchema,
  IndicatorParamsSchema,
  IndicatorSchema,
  ListOf,
  NoQuerySchema,
  UpdateIndicatorSchema,
} from '@planpuls/contracts';
import type { FastifyInstance } from 'fastify';
import { COMMON_ERRORS, errorResponses } from '../../errors';
import { listIndicators } from './indicators.repository';

export async function indicatorsRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const indicators = app.services.indicators;

  api.get(
    '/indicators',
    {
      config: { permission: 'catalogue:read' },
      schema: {
        tags: ['reference-data'],
        operationId: 'listIndicators',
        summary: 'Indicators with their current formula over data elements',
        querystring: NoQuerySchema,
        response: { 200: ListOf(IndicatorSchema), ...errorResponses(...COMMON_ERRORS) },
      },
    },
    async (request) => ({ items: await listIndicators(app.db, request.municipalityId) }),
  );

  api.get(
    '/indicators/:indicatorId',
    {
      config: { permission: 'catalogue:read' },
      schema: {
        tags: ['reference-data'],
        operationId: 'getIndicator',
        summary: 'One indicator with its current formula',
        params: IndicatorParamsSchema,
        querystring: NoQuerySchema,
        response: { 200: IndicatorSchema, ...errorResponses(...COMMON_ERRORS, 404) },
      },
    },
    async (request) => indicators.get(request.municipalityId, request.params.indicatorId),
  );

  api.post(
    '/indicators',
    {
      config: { permission: 'catalogue:write' },
      schema: {
        tags: ['reference-data'],
        operationId: 'createIndicator',
        summary: 'Add an indicator: numerator and denominator are data element codes; its formula starts at version 1',
        querystring: NoQuerySchema,
        body: CreateIndicatorSchema,
        response: { 201: IndicatorSchema, ...errorResponses(...COMMON_ERRORS, 403, 404, 409, 413, 415) },
      },
    },
    async (request, reply) => reply.status(201).send(await indicators.create(request.municipalityId, request.body)),
  );

  api.patch(
    '/indicators/:indicatorId',
    {
      config: { permission: 'catalogue:write' },
      schema: {
        tags: ['reference-data'],
        operationId: 'updateIndicator',
        summary: 'Change an indicator; a changed numerator, denominator, factor or window becomes a new formula version',
        params: IndicatorParamsSchema,
        querystring: NoQuerySchema,
        body: UpdateIndicatorSchema,
        response: { 200: IndicatorSchema, ...errorResponses(...COMMON_ERRORS, 403, 404, 409, 413, 415) },
      },
    },
    async (request) => indicators.update(request.municipalityId, request.params.indicatorId, request.body),
  );

  api.delete(
    '/indicators/:indicatorId',
    {
      config: { permission: 'catalogue:write' },
      schema: {
        tags: ['reference-data'],
        operationId: 'deleteIndicator',
        summary: 'Delete an indicator no goal or activity follows, with all its formula versions',
        params: IndicatorParamsSchema,
        querystring: NoQuerySchema,
        response: { 200: DeletedSchema, ...errorResponses(...COMMON_ERRORS, 403, 404, 409) },
      },
    },
    async (request) => indicators.remove(request.municipalityId, request.params.indicatorId),
  );
}
