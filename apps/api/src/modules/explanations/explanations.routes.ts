import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  ExplanationGroupQuerySchema,
  ExplanationListSchema,
  ExplanationParamsSchema,
  ExplanationQuerySchema,
  ExplanationSchema,
  PutExplanationSchema,
} from '@planpuls/contracts';
import type { FastifyInstance } from 'fastify';
import { COMMON_ERRORS, errorResponses } from '../../errors';

export async function explanationsRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const explanations = app.services.explanations;
  const tags = ['reporting-cycles'];

  api.get(
    '/explanations',
    {
      config: { permission: 'reports:read' },
      schema: {
        tags,
        operationId: 'listExplanations',
        summary: 'Explanations of figures that missed their target or moved much, by indicator, unit, group and period codes',
        querystring: ExplanationQuerySchema,
        response: { 200: ExplanationListSchema, ...errorResponses(...COMMON_ERRORS) },
      },
    },
    async (request) => ({ items: await explanations.list(request.municipalityId, request.principal!.grants, request.query) }),
  );

  api.put(
    '/explanations/:indicatorCode/:unitCode/:periodCode',
    {
      config: { permission: 'explanations:write' },
      schema: {
        tags,
        operationId: 'putExplanation',
        summary:
          'Explain a unit’s figure for a period (?group= for one professional group); replaces an earlier explanation. Read-only for HR once the unit’s report is submitted; a change to an approved or closed one needs a reason and flags the report (409)',
        params: ExplanationParamsSchema,
        querystring: ExplanationGroupQuerySchema,
        body: PutExplanationSchema,
        response: { 200: ExplanationSchema, ...errorResponses(...COMMON_ERRORS, 403, 404, 409, 413, 415) },
      },
    },
    async (request) =>
      explanations.put(
        request.municipalityId,
        request.principal!.grants,
        request.principal?.kind === 'user' ? request.principal.userId : null,
        {
          indicatorCode: request.params.indicatorCode,
          unitCode: request.params.unitCode,
          periodCode: request.params.periodCode,
          groupCode: request.query.group,
        },
        request.body,
      ),
  );
}
