import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  ApiTokenParamsSchema,
  ApiTokenSchema,
  CreateApiTokenSchema,
  CreatedApiTokenSchema,
  ListOf,
  NoQuerySchema,
} from '@planpuls/contracts';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { COMMON_ERRORS, errorResponses } from '../../errors';

export async function apiTokensRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const tokens = app.services.apiTokens;

  api.get(
    '/api-tokens',
    {
      config: { permission: 'integrations:manage' },
      schema: {
        tags: ['integrations'],
        operationId: 'listApiTokens',
        summary: 'API tokens of systems, without their secrets',
        querystring: NoQuerySchema,
        response: { 200: ListOf(ApiTokenSchema), ...errorResponses(...COMMON_ERRORS, 401, 403) },
      },
    },
    async (request) => ({ items: await tokens.list(request.municipalityId) }),
  );

  api.post(
    '/api-tokens',
    {
      config: { permission: 'integrations:manage' },
      schema: {
        tags: ['integrations'],
        operationId: 'createApiToken',
        summary: 'Create a token that writes the values of some units; the secret is shown once',
        querystring: NoQuerySchema,
        body: CreateApiTokenSchema,
        response: { 201: CreatedApiTokenSchema, ...errorResponses(...COMMON_ERRORS, 401, 403, 404, 413, 415) },
      },
    },
    async (request, reply) => {
      const userId = request.principal?.kind === 'user' ? request.principal.userId : null;
      return reply.status(201).send(await tokens.create(request.municipalityId, userId, request.body));
    },
  );

  api.delete(
    '/api-tokens/:tokenId',
    {
      config: { permission: 'integrations:manage' },
      schema: {
        tags: ['integrations'],
        operationId: 'revokeApiToken',
        summary: 'Revoke a token; it stops working at once',
        params: ApiTokenParamsSchema,
        querystring: NoQuerySchema,
        response: { 204: Type.Null(), ...errorResponses(...COMMON_ERRORS, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await tokens.revoke(request.municipalityId, request.params.tokenId);
      return reply.status(204).send(null);
    },
  );
}
