import { Type, type Static } from 'typebox';

/** Every error response has this shape; `code` is stable (`module.error`) and mapped to a translated text by clients. */
export const ErrorSchema = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ examples: ['data_values.version_conflict'] }),
      message: Type.String(),
      details: Type.Optional(
        Type.Array(Type.Object({ field: Type.Optional(Type.String()), message: Type.String() }, { additionalProperties: true })),
      ),
    }),
    requestId: Type.String(),
  },
  { $id: 'Error', title: 'Error' },
);
export type ErrorBody = Static<typeof ErrorSchema>;

export const ErrorCodes = {
  badRequest: 'request.invalid',
  /** A NUL (U+0000) or a lone UTF-16 surrogate in a text: PostgreSQL's text cannot hold it. */
  invalidCharacter: 'request.invalid_character',
  /** A value PostgreSQL refused as data (too long, out of range, not valid text) that validation did not catch. */
  invalidValue: 'request.invalid_value',
  malformedBody: 'request.malformed_body',
  unsupportedMediaType: 'request.unsupported_media_type',
  payloadTooLarge: 'request.payload_too_large',
  routeNotFound: 'request.route_not_found',
  methodNotAllowed: 'request.method_not_allowed',
  internal: 'server.internal_error',
  databaseUnavailable: 'server.database_unavailable',
  tenantMissing: 'municipalities.not_found',
  planNotFound: 'plans.not_found',
} as const;
