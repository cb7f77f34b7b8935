import { sql } from 'drizzle-orm';
import type { Database } from '@planpuls/db';
import { permits, type Permission } from '@planpuls/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Principal } from '../modules/auth/principal';
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
      await recordDenial(app.db, request, request.principal, permission);
      throw accessErrors.forbidden();
    }
  });
}

/** Routes counted one by one in a minute's row; a caller's further routes that minute count in the total only. */
const ROUTES_PER_ROW = 20;

/**
 * A refusal joins its caller's row of the current minute in access_denials (migration 0015), which the trail
 * shows as one `access_denied` entry with the count: every refusal is visible, yet a caller who is refused
 * 600 times a minute adds one row, not 600.
 */
async function recordDenial(db: Database, request: FastifyRequest, principal: Principal, permission: Permission | undefined): Promise<void> {
  // The route's pattern, never the raw URL: the key stays within the routes that exist.
  const route = request.routeOptions.url ?? '(no route)';
  const key = `${request.method} ${route}`;
  const userId = principal.kind === 'user' ? principal.userId : null;
  const tokenId = principal.kind === 'token' ? principal.tokenId : null;
  await db.execute(sql`
    INSERT INTO access_denials AS d (municipality_id, window_start, actor_type, actor_user_id, actor_token_id,
      method, route, permission, request_id, routes)
    VALUES (${principal.municipalityId}::uuid, date_trunc('minute', now()), ${principal.kind}::actor_type, ${userId}::uuid, ${tokenId}::uuid,
      ${request.method}, ${route}, ${permission ?? null}, ${String(request.id)}, jsonb_build_object(${key}::text, 1))
    ON CONFLICT ON CONSTRAINT access_denials_window_key DO UPDATE SET
      denials = d.denials + 1,
      last_at = greatest(d.last_at, now()),
      routes = CASE WHEN d.routes ? ${key}::text OR (SELECT count(*) FROM jsonb_object_keys(d.routes)) < ${ROUTES_PER_ROW}
        THEN jsonb_set(d.routes, ARRAY[${key}::text], to_jsonb(coalesce((d.routes ->> ${key}::text)::int, 0) + 1))
        ELSE d.routes END`);
}
