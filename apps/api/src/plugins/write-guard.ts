import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from '../errors';

/**
 * Until accounts and roles arrive (issue 4), anyone may read but only a development instance accepts writes.
 * Routes that change something use this as their preHandler.
 */
export async function requireWritable(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
  if (request.server.config.mode !== 'development') {
    throw new ApiError(403, 'auth.writes_disabled', 'Changes are only accepted in development mode until login is available.');
  }
}
