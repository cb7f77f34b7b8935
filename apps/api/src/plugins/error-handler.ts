import { ErrorCodes, type ErrorBody } from '@planpuls/contracts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { dataExceptionError, loggableError, pgFailure, valueWriteRuleError } from '../database-errors';
import { ApiError } from '../errors';

/** Validation problems listed in an answer; beyond them, one more entry says how many were left out. */
const MAX_DETAILS = 20;

const FASTIFY_CODES: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: ErrorCodes.unsupportedMediaType, message: 'Send the body as application/json.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: ErrorCodes.malformedBody,
    message: 'The Content-Length does not match the body.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: ErrorCodes.payloadTooLarge, message: 'The body is larger than allowed.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: ErrorCodes.malformedBody, message: 'The body is empty but was declared as JSON.' },
  FST_CSRF_INVALID_TOKEN: {
    status: 403,
    code: 'auth.csrf_invalid',
    message: 'The CSRF token is missing or wrong: reload the page and try again.',
  },
  FST_CSRF_MISSING_SECRET: {
    status: 403,
    code: 'auth.csrf_invalid',
    message: 'The CSRF token is missing or wrong: reload the page and try again.',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: ErrorCodes.malformedBody, message: 'The body is not valid JSON.' },
};

/** Connection-level failures (server gone, refused, too many clients): the database, not the request, is at fault. */
const DATABASE_DOWN = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P03', '53300', '08006', '08001', '08003']);

export function send(reply: FastifyReply, status: number, error: ErrorBody['error']): FastifyReply {
  return reply.status(status).send({ error, requestId: String(reply.request.id) } satisfies ErrorBody);
}

/** One error shape for everything; internals of 5xx errors are logged, never sent. */
export function useErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const ruled = valueWriteRuleError(error);
    if (ruled)
      return send(reply, ruled.statusCode, {
        code: ruled.code,
        message: ruled.message,
        ...(ruled.details ? { details: ruled.details } : {}),
      });
    const refused = dataExceptionError(error);
    if (refused) {
      // Validation let a value through that PostgreSQL refused: worth fixing, so say where; never the value.
      request.log.warn({ sqlState: pgFailure(error)?.code, route: request.routeOptions.url }, 'data exception answered as 400');
      return send(reply, refused.statusCode, { code: refused.code, message: refused.message });
    }
    if (error instanceof ApiError) {
      return send(reply, error.statusCode, {
        code: error.code,
        message: error.message,
        ...(error.details ? { details: error.details } : {}),
      });
    }
    if (error.validation) {
      // The first problems, and how many more: a body of a million unknown fields gets a short answer.
      const details: Array<{ field?: string; message: string }> = error.validation.slice(0, MAX_DETAILS).map((issue) => ({
        field: [
          error.validationContext,
          issue.instancePath.replace(/^\//, '').replaceAll('/', '.'),
          (issue.params as { missingProperty?: string; additionalProperty?: string }).missingProperty ??
            (issue.params as { additionalProperty?: string }).additionalProperty,
        ]
          .filter(Boolean)
          .join('.'),
        message: issue.message ?? 'is invalid',
      }));
      const more = error.validation.length - MAX_DETAILS;
      if (more > 0) details.push({ message: `and ${more} more problems` });
      return send(reply, 400, { code: ErrorCodes.badRequest, message: 'The request is not valid.', details });
    }
    const known = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (known) return send(reply, known.status, { code: known.code, message: known.message });
    if (error instanceof SyntaxError || (error.statusCode && error.statusCode < 500 && error.statusCode >= 400)) {
      return send(reply, error.statusCode ?? 400, { code: ErrorCodes.badRequest, message: 'The request could not be read.' });
    }
    const cause = (error as { cause?: { code?: string } }).cause;
    if (DATABASE_DOWN.has(String(error.code)) || DATABASE_DOWN.has(String(cause?.code))) {
      request.log.error({ err: loggableError(error) }, 'database unavailable');
      return send(reply, 503, {
        code: ErrorCodes.databaseUnavailable,
        message: 'The database is not reachable right now. Try again shortly.',
      });
    }
    request.log.error({ err: loggableError(error) }, 'unhandled error');
    return send(reply, 500, {
      code: ErrorCodes.internal,
      message: 'Something went wrong on our side. The request id identifies it in the log.',
    });
  });
}

export function sendRouteNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const path = request.url.split('?')[0] ?? '';
  const shown = path.length > 200 ? `${path.slice(0, 200)}…` : path;
  return send(reply, 404, { code: ErrorCodes.routeNotFound, message: `No route ${request.method} ${shown}.` });
}
