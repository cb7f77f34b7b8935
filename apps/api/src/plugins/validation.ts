import { Ajv, type Options } from 'ajv';
import addFormats from 'ajv-formats';
import { ErrorCodes } from '@planpuls/contracts';
import { isStorableText } from '@planpuls/domain';
import type { FastifyInstance } from 'fastify';
import { ApiError } from '../errors';
import { decodeReason, REASON_HEADER } from './request-context';

const shared: Options = { allErrors: true, removeAdditional: false, useDefaults: true, strict: false };

/**
 * Bodies are validated as sent: a string is never coerced into a number. Query strings and path
 * parameters are text by nature, so there "2" may become 2. Unknown fields are refused, not dropped.
 */
export function useStrictValidation(app: FastifyInstance): void {
  const exact = addFormats.default(new Ajv({ ...shared, coerceTypes: false }));
  const coercing = addFormats.default(new Ajv({ ...shared, coerceTypes: 'array' }));
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? exact : coercing).compile(schema));
}

/**
 * Where in a parsed value (a JSON body, the query, the path parameters) a string or a key holds what PostgreSQL
 * text cannot: `note`, `items.2.reason`. Walked with a stack of its own, so no nesting depth overflows it.
 */
export function unstorableTextPaths(value: unknown, limit = 20): string[] {
  const found: string[] = [];
  const pending: Array<{ value: unknown; path: string }> = [{ value, path: '' }];
  const join = (path: string, key: string) => (path ? `${path}.${key}` : key);
  while (pending.length > 0 && found.length < limit) {
    const { value: current, path } = pending.pop()!;
    if (typeof current === 'string') {
      if (!isStorableText(current)) found.push(path);
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => pending.push({ value: item, path: join(path, String(index)) }));
    } else if (
      current !== null &&
      typeof current === 'object' &&
      (ArrayBuffer.isView(current) || typeof (current as { pipe?: unknown }).pipe === 'function')
    ) {
      // Buffers and streams (uploads) are read, and their text checked, by their own routes.
    } else if (current !== null && typeof current === 'object') {
      for (const [key, item] of Object.entries(current)) {
        if (!isStorableText(key)) found.push(join(path, '(key)'));
        pending.push({ value: item, path: join(path, key) });
      }
    }
  }
  return found;
}

/**
 * Refuses, on every route and before anything reads them, strings PostgreSQL cannot store: in the path, the
 * query, a JSON body, and the headers (X-Change-Reason as decoded). One check for the whole API rather than a
 * pattern on every schema; it runs before access control because it concerns the bytes sent, not the route,
 * and so tells a caller nothing about what a route expects. The rejected text is never logged or echoed.
 */
export function useStorableText(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const fields = [
      ...unstorableTextPaths(request.params).map((path) => `params.${path}`),
      ...unstorableTextPaths(request.query).map((path) => `query.${path}`),
      ...unstorableTextPaths(request.body).map((path) => `body.${path}`),
      ...unstorableTextPaths(request.headers).map((path) => `headers.${path}`),
    ];
    const reason = request.headers[REASON_HEADER];
    if (typeof reason === 'string' && !isStorableText(decodeReason(reason)) && !fields.includes(`headers.${REASON_HEADER}`))
      fields.push(`headers.${REASON_HEADER}`);
    if (fields.length === 0) return;
    throw new ApiError(
      400,
      ErrorCodes.invalidCharacter,
      'The request contains a character that cannot be stored: a NUL (U+0000) or broken Unicode (a lone surrogate). Remove it and send again.',
      fields.map((field) => ({ field, message: 'contains a NUL character or broken Unicode' })),
    );
  });
}
