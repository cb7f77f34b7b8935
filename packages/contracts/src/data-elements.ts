import { Type, type Static } from 'typebox';
import { CodeSchema, IdSchema, Nullable, PeriodKindSchema } from './common';
import { AmountSchema, NameSchema, Patch, TextSchema } from './write-common';

export const DataElementParamsSchema = Type.Object({ dataElementId: IdSchema }, { additionalProperties: false });

export const CreateDataElementSchema = Type.Object(
  {
    code: CodeSchema,
    name: NameSchema,
    definition: TextSchema(4000, 'Reporting instruction shown where values are entered'),
    valueType: Type.Union([Type.Literal('integer'), Type.Literal('decimal')]),
    timeAggregation: Type.Union([Type.Literal('sum'), Type.Literal('average'), Type.Literal('last')]),
    frequency: PeriodKindSchema,
    disaggregation: Type.Union([Type.Literal('professional_group'), Type.Literal('none')]),
    min: Type.Optional(Nullable(AmountSchema('Smallest value accepted'))),
    max: Type.Optional(Nullable(AmountSchema('Largest value accepted'))),
  },
  { additionalProperties: false },
);
export type CreateDataElement = Static<typeof CreateDataElementSchema>;

export const UpdateDataElementSchema = Patch(CreateDataElementSchema);
export type UpdateDataElement = Static<typeof UpdateDataElementSchema>;
