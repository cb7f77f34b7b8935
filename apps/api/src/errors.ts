import { ErrorSchema, type ErrorCode } from '@planpuls/contracts';
import { Type } from 'typebox';

/** An error the client can act on: a stable dotted code, an HTTP status and optional field details. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode | `${string}.${string}`,
    message: string,
    readonly details?: Array<{ field?: string; message: string }>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const ERROR_SCHEMA_ID = 'Error';
export const errorSchema = { ...ErrorSchema, $id: ERROR_SCHEMA_ID };

/** Response schemas for the error statuses a route can answer with. */
export function errorResponses(...statuses: number[]) {
  return Object.fromEntries(statuses.map((status) => [status, Type.Ref(ERROR_SCHEMA_ID)]));
}

/** Statuses every route can produce: bad input, and the server's own troubles. */
export const COMMON_ERRORS = [400, 500, 503] as const;
