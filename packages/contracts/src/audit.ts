import { Type, type Static } from 'typebox';
import { IdSchema, Nullable } from './common';

export const AuditActionSchema = Type.Union([
  Type.Literal('create'),
  Type.Literal('update'),
  Type.Literal('delete'),
  Type.Literal('login_failed'),
  Type.Literal('access_denied'),
]);

export const AuditEntrySchema = Type.Object(
  {
    id: Type.Integer(),
    occurredAt: Type.String({ format: 'date-time', description: 'UTC' }),
    actor: Type.Object(
      {
        type: Type.Union([Type.Literal('user'), Type.Literal('token'), Type.Literal('system'), Type.Literal('anonymous')]),
        userId: Nullable(IdSchema),
        userName: Nullable(Type.String()),
        tokenId: Nullable(IdSchema),
      },
      { additionalProperties: false },
    ),
    action: AuditActionSchema,
    entityType: Type.String(),
    entityId: Nullable(IdSchema),
    before: Nullable(Type.Record(Type.String(), Type.Unknown())),
    after: Nullable(Type.Record(Type.String(), Type.Unknown())),
    reason: Nullable(Type.String()),
    requestId: Nullable(Type.String()),
  },
  { additionalProperties: false },
);
export type AuditEntry = Static<typeof AuditEntrySchema>;

export const AuditQuerySchema = Type.Object(
  {
    entityType: Type.Optional(Type.String({ pattern: '^[a-z_]{1,64}$' })),
    entityId: Type.Optional(IdSchema),
    actorUserId: Type.Optional(IdSchema),
    action: Type.Optional(AuditActionSchema),
    from: Type.Optional(Type.String({ format: 'date-time' })),
    to: Type.Optional(Type.String({ format: 'date-time' })),
    page: Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
  },
  { additionalProperties: false },
);
export type AuditQuery = Static<typeof AuditQuerySchema>;

export const AuditPageSchema = Type.Object(
  { items: Type.Array(AuditEntrySchema), page: Type.Integer(), pageSize: Type.Integer(), total: Type.Integer() },
  { additionalProperties: false },
);

export const AuditObjectParamsSchema = Type.Object(
  { entityType: Type.String({ pattern: '^[a-z_]{1,64}$' }), entityId: IdSchema },
  { additionalProperties: false },
);
