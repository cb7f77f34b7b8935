import { Type, type Static } from 'typebox';
import { CodeSchema, DateSchema, IdSchema, Nullable, PeriodCodeSchema, PeriodKindSchema } from './common';

export const UnitSchema = Type.Object(
  {
    id: IdSchema,
    code: CodeSchema,
    name: Type.String(),
    kind: Type.Union([Type.Literal('central'), Type.Literal('district')]),
    parent: Nullable(CodeSchema),
    validFrom: Nullable(DateSchema),
    validTo: Nullable(DateSchema),
    predecessor: Nullable(CodeSchema),
  },
  { additionalProperties: false },
);
export type Unit = Static<typeof UnitSchema>;

export const ProfessionalGroupSchema = Type.Object(
  { id: IdSchema, code: CodeSchema, name: Type.String() },
  { additionalProperties: false },
);
export type ProfessionalGroup = Static<typeof ProfessionalGroupSchema>;

export const DataElementSchema = Type.Object(
  {
    id: IdSchema,
    code: CodeSchema,
    name: Type.String(),
    definition: Type.String({ description: 'Reporting instruction shown where values are entered' }),
    valueType: Type.Union([Type.Literal('integer'), Type.Literal('decimal')]),
    timeAggregation: Type.Union([Type.Literal('sum'), Type.Literal('average'), Type.Literal('last')]),
    frequency: PeriodKindSchema,
    disaggregation: Type.Union([Type.Literal('professional_group'), Type.Literal('none')]),
    min: Nullable(Type.Number()),
    max: Nullable(Type.Number()),
  },
  { additionalProperties: false },
);
export type DataElement = Static<typeof DataElementSchema>;

export const IndicatorFormulaSchema = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    numerator: Type.Array(CodeSchema, { description: 'Data elements summed into the numerator' }),
    denominator: Nullable(CodeSchema),
    factor: Type.Number(),
    window: Type.Union([Type.Literal('none'), Type.Literal('rolling_12_months')]),
  },
  { additionalProperties: false },
);

export const IndicatorSchema = Type.Object(
  {
    id: IdSchema,
    code: CodeSchema,
    name: Type.String(),
    kind: Type.Union([Type.Literal('share'), Type.Literal('ratio'), Type.Literal('count')]),
    unitOfMeasure: Type.String(),
    decimals: Type.Integer({ minimum: 0 }),
    source: Type.String(),
    formula: IndicatorFormulaSchema,
  },
  { additionalProperties: false },
);
export type Indicator = Static<typeof IndicatorSchema>;

export const PeriodSchema = Type.Object(
  {
    code: PeriodCodeSchema,
    kind: PeriodKindSchema,
    year: Type.Integer(),
    number: Type.Integer(),
    startDate: DateSchema,
    endDate: DateSchema,
  },
  { additionalProperties: false },
);
export type Period = Static<typeof PeriodSchema>;

export const PeriodQuerySchema = Type.Object(
  {
    kind: Type.Optional(PeriodKindSchema),
    fromYear: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2050 })),
    toYear: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2050 })),
  },
  { additionalProperties: false },
);
export type PeriodQuery = Static<typeof PeriodQuerySchema>;
