import { Type, type Static } from 'typebox';
import { CodeSchema, IdSchema, Nullable } from './common';
import { NameSchema } from './write-common';

export const ApiTokenSchema = Type.Object(
  {
    id: IdSchema,
    name: Type.String(),
    prefix: Type.String({ description: 'The first characters of the token, to tell tokens apart' }),
    units: Type.Array(CodeSchema),
    createdAt: Type.String({ format: 'date-time' }),
    expiresAt: Nullable(Type.String({ format: 'date-time' })),
    lastUsedAt: Nullable(Type.String({ format: 'date-time' })),
    revokedAt: Nullable(Type.String({ format: 'date-time' })),
    revokedReason: Nullable(
      Type.Union([Type.Literal('revoked'), Type.Literal('unit_deleted')], {
        description: '`revoked` by an administrator; `unit_deleted`: one of its units was deleted, so the token stopped working',
      }),
    ),
  },
  { additionalProperties: false },
);
export type ApiToken = Static<typeof ApiTokenSchema>;

export const CreatedApiTokenSchema = Type.Object(
  { ...ApiTokenSchema.properties, token: Type.String({ description: 'The secret: shown once, never again' }) },
  { additionalProperties: false },
);

export const CreateApiTokenSchema = Type.Object(
  {
    name: NameSchema,
    units: Type.Array(CodeSchema, { minItems: 1, maxItems: 500, uniqueItems: true, description: 'Units whose values the token may write' }),
    expiresAt: Type.Optional(Type.String({ format: 'date-time' })),
  },
  { additionalProperties: false },
);
export type CreateApiToken = Static<typeof CreateApiTokenSchema>;

export const ApiTokenParamsSchema = Type.Object({ tokenId: IdSchema }, { additionalProperties: false });
