import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { OutboxPageSchema, OutboxQuerySchema } from '@planpuls/contracts';
import type { FastifyInstance } from 'fastify';
import { COMMON_ERRORS, errorResponses } from '../../errors';
import { listOutbox } from './outbox.repository';

export async function outboxRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.get(
    '/outbox',
    {
      config: { permission: 'outbox:read' },
      schema: {
        tags: ['notifications'],
        operationId: 'listOutbox',
        summary: 'The email outbox, newest first: sent, waiting, or — without SMTP — kept here to read',
        querystring: OutboxQuerySchema,
        response: { 200: OutboxPageSchema, ...errorResponses(...COMMON_ERRORS, 401, 403) },
      },
    },
    async (request) => ({
      ...(await listOutbox(app.db, request.municipalityId, request.query)),
      page: request.query.page,
      pageSize: request.query.pageSize,
      smtpConfigured: app.config.smtp !== undefined,
    }),
  );
}
