import { HealthSchema } from '@planpuls/contracts';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { errorResponses } from '../../errors';

export async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    '/health',
    {
      schema: {
        tags: ['system'],
        operationId: 'getHealth',
        summary: 'Is the service and its database up?',
        // 400: text no database can hold (a NUL) in the query is refused on every route, this one included.
        response: { 200: HealthSchema, ...errorResponses(400), 503: HealthSchema },
      },
    },
    async (_request, reply) => {
      try {
        await app.db.execute(sql`SELECT 1`);
        return { status: 'ok', database: 'ok' } as const;
      } catch {
        return reply.status(503).send({ status: 'degraded', database: 'unavailable' });
      }
    },
  );
}
