import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { AuditObjectParamsSchema, AuditPageSchema, AuditQuerySchema } from '@planpuls/contracts';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { COMMON_ERRORS, errorResponses } from '../../errors';
import { redactAuditEntry } from './audit-redaction';
import { listAudit } from './audit.repository';

const PagingSchema = Type.Object(
  { page: Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }), pageSize: Type.Integer({ minimum: 1, maximum: 500, default: 100 }) },
  { additionalProperties: false },
);

export async function auditRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.get(
    '/audit',
    {
      config: { permission: 'audit:read' },
      schema: {
        tags: ['audit'],
        operationId: 'listAudit',
        summary: 'The audit trail, newest first, filtered by object, actor, action and time',
        querystring: AuditQuerySchema,
        response: { 200: AuditPageSchema, ...errorResponses(...COMMON_ERRORS, 401, 403) },
      },
    },
    async (request) => {
      const { items, total } = await listAudit(app.db, request.municipalityId, request.query);
      return {
        items: items.map((entry) => redactAuditEntry(entry, request.principal!.grants)),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  api.get(
    '/audit/:entityType/:entityId',
    {
      config: { permission: 'audit:read' },
      schema: {
        tags: ['audit'],
        operationId: 'getObjectHistory',
        summary: 'The history of one object (e.g. data_values/<id>): who, when, before, after, why',
        params: AuditObjectParamsSchema,
        querystring: PagingSchema,
        response: { 200: AuditPageSchema, ...errorResponses(...COMMON_ERRORS, 401, 403) },
      },
    },
    async (request) => {
      const { items, total } = await listAudit(app.db, request.municipalityId, { ...request.params, ...request.query });
      return {
        items: items.map((entry) => redactAuditEntry(entry, request.principal!.grants)),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );
}
