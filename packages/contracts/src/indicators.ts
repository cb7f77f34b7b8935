import { Type, type Static } from 'typebox';
import { CodeSchema, IdSchema, Nullable } from './common';
import { NameSchema, Patch, TextSchema } from './write-common';

export const IndicatorParamsSchema = Type.Object({ indicatorId: IdSchema }, { additionalProperties: false });

/** The formula fields; changing any of them creates a new formula version, the old one stays as it was. */
const formulaFields = {
  numerator: Type.Array(CodeSchema, {
    minItems: 1,
    maxItems: 20,
    uniqueItems: true,
    description: 'Data element codes summed into the numerator',
  }),
  denominator: Type.Optional(Nullable(CodeSchema)),
  factor: Type.Number({ exclusiveMinimum: 0, maximum: 1_000_000, description: '100 for percentages' }),
  window: Type.Union([Type.Literal('none'), Type.Literal('rolling_12_months')]),
};

export const CreateIndicatorSchema = Type.Object(
  {
    code: CodeSchema,
    name: NameSchema,
    kind: Type.Union([Type.Literal('share'), Type.Literal('ratio'), Type.Literal('count')], {
      description: 'share and ratio divide by a denominator; count has none',
    }),
    unitOfMeasure: TextSchema(32),
    decimals: Type.Integer({ minimum: 0, maximum: 6 }),
    source: TextSchema(500),
    ...formulaFields,
  },
  { additionalProperties: false },
);
export type CreateIndicator = Static<typeof CreateIndicatorSchema>;

export const UpdateIndicatorSchema = Patch(CreateIndicatorSchema);
export type UpdateIndicator = Static<typeof UpdateIndicatorSchema>;

/** Stable codes of the catalogue's errors about figures on record (migration 0018). */
export const CatalogueOnRecordErrorCodes = {
  /** A new formula version, or other decimals, for an indicator whose figures of some period are on record. */
  formulaOnRecord: 'indicators.formula_on_record',
  /** An old formula version changed in place: versions are history, a change is a new version. */
  formulaVersionFrozen: 'indicators.formula_version_frozen',
  /** Another time aggregation, or counting people, for a data element whose figures of some period are on record. */
  elementOnRecord: 'data_elements.on_record',
} as const;
