import { permits, type Permission } from '@planpuls/domain';
import type { FastifyInstance } from 'fastify';
import { ApiError } from '../errors';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** What a route needs. A route without one is refused to everybody: a new route cannot be forgotten. */
    permission?: Permission;
  }
}

export const accessErrors = {
  notLoggedIn: () => new ApiError(401, 'auth.not_logged_in', 'Log in to continue.'),
  forbidden: () => new ApiError(403, 'auth.forbidden', 'Your roles do not allow this.'),
};

/**
 * Checks, before the request is even validated, that someone is logged in and holds the route's permission:
 * who may not use a route learns nothing about what it expects.
 */
export function useAccessControl(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (!request.principal) throw accessErrors.notLoggedIn();
    const permission = request.routeOptions.config.permission;
    if (!permission || !permits(request.principal.grants, permission)) {
      // Counted in the trail with every other 403 (denials.ts).
      throw accessErrors.forbidden();
    }
  });
}
