import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { accessErrors } from './access';

export const API_TAGS = [
  { name: 'system', description: 'Health of the service' },
  { name: 'auth', description: 'Log in and out; who am I' },
  { name: 'audit', description: 'The append-only history of every change' },
  { name: 'users', description: 'People, their roles and deputies (administrators)' },
  { name: 'integrations', description: 'API tokens for systems such as the HR system' },
  { name: 'reference-data', description: 'Units, professional groups, data elements, indicators and periods' },
  { name: 'indicators', description: 'Computed indicator values' },
  { name: 'plans', description: 'Action plans with focus areas, goals, targets and activities' },
  { name: 'data-values', description: 'Values HR reports per data element, unit, group and period' },
  { name: 'comments', description: 'Comment threads on goals, targets, activities and figures; never deleted' },
];

/**
 * OpenAPI 3.1 generated from the same route schemas the server validates with; UI at /docs, JSON at /docs/json.
 * Unless `public` (DOCS_PUBLIC), only a logged-in person or an API token reads them: in production the map of
 * every route and field is no help to an anonymous visitor. Register after sessions and token auth, so the
 * docs' routes know who is asking.
 */
export async function registerSwagger(app: FastifyInstance, { public: isPublic }: { public: boolean }): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Planpuls API',
        version: '1.0.0',
        description: 'Follow-up of a municipal action plan: measurable goals, indicator values per unit and period, positions.',
      },
      servers: [{ url: '/' }],
      tags: API_TAGS,
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'planpuls_session', description: 'People: log in with POST /api/v1/auth/login' },
          apiToken: { type: 'http', scheme: 'bearer', description: 'Systems: an API token created by an administrator' },
        },
      },
      security: [{ session: [] }, { apiToken: [] }],
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });
  const onRequest = async (request: FastifyRequest) => {
    if (!request.principal) throw accessErrors.notLoggedIn();
  };
  await app.register(swaggerUi, { routePrefix: '/docs', ...(isPublic ? {} : { uiHooks: { onRequest } }) });
}
