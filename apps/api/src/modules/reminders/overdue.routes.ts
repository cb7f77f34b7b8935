import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { NoQuerySchema, OverdueReportListSchema } from '@planpuls/contracts';
import { todayInStockholm, unitScope } from '@planpuls/domain';
import type { FastifyInstance } from 'fastify';
import { COMMON_ERRORS, errorResponses } from '../../errors';
import { listOverdueReports } from './overdue.repository';

export interface OverdueRoutesOptions {
  /** The time "overdue" is judged by; the real clock unless a test injects one. */
  clock?: () => Date;
}

export async function overdueRoutes(app: FastifyInstance, { clock = () => new Date() }: OverdueRoutesOptions = {}): Promise<void> {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.get(
    '/overdue-reports',
    {
      config: { permission: 'reports:read' },
      schema: {
        tags: ['reporting'],
        operationId: 'listOverdueReports',
        summary: 'Units whose report is past its deadline and not submitted, most overdue first; HR and unions see their own units',
        querystring: NoQuerySchema,
        response: { 200: OverdueReportListSchema, ...errorResponses(...COMMON_ERRORS, 401, 403) },
      },
    },
    async (request) => {
      const today = todayInStockholm(clock());
      const scope = unitScope(request.principal?.grants ?? [], 'reports:read');
      return { today, items: await listOverdueReports(app.db, request.municipalityId, today, scope) };
    },
  );
}
