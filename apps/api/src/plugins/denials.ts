import { sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** Routes counted one by one in a minute's row; a caller's further routes that minute count in the total only. */
const ROUTES_PER_ROW = 20;

/**
 * Every 403 answered to a logged-in caller or a token is counted in the trail, whichever check refused it (a
 * role without the route's permission, a unit outside one's own, a wrong CSRF token): it joins the caller's
 * row of the current minute in access_denials (migration 0015), which the audit API shows as one
 * `access_denied` entry with the count. Each refusal stays visible, yet a caller refused 600 times a minute
 * adds one row, not 600. Refusals of nobody (a failed single sign-on) are the login's to record.
 */
export function useDenialCounting(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode !== 403 || !request.principal) return payload;
    try {
      await recordDenial(app, request, errorCodeOf(payload));
    } catch (error) {
      request.log.error({ err: error }, 'could not count a refused request');
    }
    return payload;
  });
}

function errorCodeOf(payload: unknown): string {
  if (typeof payload !== 'string') return 'unknown';
  try {
    const code = (JSON.parse(payload) as { error?: { code?: unknown } }).error?.code;
    return typeof code === 'string' ? code.slice(0, 100) : 'unknown';
  } catch {
    return 'unknown';
  }
}

async function recordDenial(app: FastifyInstance, request: FastifyRequest, code: string): Promise<void> {
  const principal = request.principal!;
  // The route's pattern, never the raw URL: the keys stay within the routes and error codes that exist.
  const route = request.routeOptions.url ?? '(no route)';
  const key = `${request.method} ${route} (${code})`;
  const permission = request.routeOptions.config?.permission ?? null;
  const userId = principal.kind === 'user' ? principal.userId : null;
  const tokenId = principal.kind === 'token' ? principal.tokenId : null;
  await app.db.execute(sql`
    INSERT INTO access_denials AS d (municipality_id, window_start, actor_type, actor_user_id, actor_token_id,
      method, route, permission, code, request_id, routes)
    VALUES (${principal.municipalityId}::uuid, date_trunc('minute', now()), ${principal.kind}::actor_type, ${userId}::uuid, ${tokenId}::uuid,
      ${request.method}, ${route}, ${permission}, ${code}, ${String(request.id)}, jsonb_build_object(${key}::text, 1))
    ON CONFLICT ON CONSTRAINT access_denials_window_key DO UPDATE SET
      denials = d.denials + 1,
      last_at = greatest(d.last_at, now()),
      routes = CASE WHEN d.routes ? ${key}::text OR (SELECT count(*) FROM jsonb_object_keys(d.routes)) < ${ROUTES_PER_ROW}
        THEN jsonb_set(d.routes, ARRAY[${key}::text], to_jsonb(coalesce((d.routes ->> ${key}::text)::int, 0) + 1))
        ELSE d.routes END`);
}
