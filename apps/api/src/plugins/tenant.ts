import type { FastifyInstance } from 'fastify';

/** Every request works inside one municipality: the one of the user (or, later, the token) behind it. */
export function useTenant(app: FastifyInstance): void {
  app.decorateRequest('municipalityId', '');
  app.addHook('preHandler', async (request) => {
    if (request.principal) request.municipalityId = request.principal.municipalityId;
  });
}
