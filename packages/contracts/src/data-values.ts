import { Type, type Static } from 'typebox';
import { CodeSchema, IdSchema, Nullable, PeriodCodeSchema } from './common';

export const ReportStateSchema = Type.Union([
  Type.Literal('open'),
  Type.Literal('submitted'),
  Type.Literal('approved'),
  Type.Literal('returned'),
]);

export const DataValueSchema = Type.Object(
  {
    id: IdSchema,
    dataElement: CodeSchema,
    unit: CodeSchema,
    group: Nullable(CodeSchema),
    period: PeriodCodeSchema,
    value: Nullable(Type.Number({ description: 'Null when suppressed' })),
    suppressed: Type.Boolean({ description: 'A count of fewer than five people, hidden from readers without HR rights for the unit' }),
    note: Nullable(Type.String()),
    version: Type.Integer({ minimum: 1, description: 'Send as If-Match ("<version>") to change the value' }),
    state: ReportStateSchema,
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);
export type DataValue = Static<typeof DataValueSchema>;

export const DataValueQuerySchema = Type.Object(
  {
    dataElement: Type.Optional(CodeSchema),
    unit: Type.Optional(CodeSchema),
    group: Type.Optional(CodeSchema),
    period: Type.Optional(PeriodCodeSchema),
    page: Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 1000, default: 100 }),
  },
  { additionalProperties: false },
);
export type DataValueQuery = Static<typeof DataValueQuerySchema>;

export const DataValuePageSchema = Type.Object(
  {
    items: Type.Array(DataValueSchema),
    page: Type.Integer(),
    pageSize: Type.Integer(),
    total: Type.Integer({ description: 'Values matching the filters, over all pages' }),
  },
  { additionalProperties: false },
);

export const DataValueParamsSchema = Type.Object(
  { dataElementCode: CodeSchema, unitCode: CodeSchema, periodCode: PeriodCodeSchema },
  { additionalProperties: false },
);
export const DataValueGroupQuerySchema = Type.Object({ group: Type.Optional(CodeSchema) }, { additionalProperties: false });

export const PutDataValueSchema = Type.Object(
  {
    value: Type.Number({ minimum: -1e12, maximum: 1e12 }),
    note: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
    reason: Type.Optional(Type.String({ minLength: 1, maxLength: 1000, description: 'Why the value is entered or changed' })),
  },
  { additionalProperties: false },
);
export type PutDataValue = Static<typeof PutDataValueSchema>;

export const IfMatchHeadersSchema = Type.Object(
  { 'if-match': Type.Optional(Type.String({ maxLength: 200, description: 'The ETag of the value being changed' })) },
  { additionalProperties: true },
);
