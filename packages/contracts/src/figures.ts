import { Type, type Static } from 'typebox';
import { CodeSchema, Nullable, PeriodCodeSchema } from './common';

export const OutcomeSchema = Type.Union([Type.Literal('computed'), Type.Literal('no_data'), Type.Literal('not_applicable')], {
  description: 'no_data: a value the formula needs is missing; not_applicable: the denominator is zero',
});

export const CompletenessSchema = Type.Object(
  {
    reported: Type.Integer({ description: 'Units with a complete figure' }),
    expected: Type.Integer(),
    missingUnits: Type.Array(CodeSchema),
  },
  { additionalProperties: false },
);

/** One computed figure. `period` is the period the figure belongs to (a yearly survey shown at a tertial keeps its year). */
export const FigureSchema = Type.Object(
  {
    period: PeriodCodeSchema,
    outcome: OutcomeSchema,
    numerator: Nullable(Type.Number()),
    denominator: Nullable(Type.Number()),
    value: Nullable(Type.Number({ description: 'Rounded to the indicator’s decimals' })),
    suppressed: Type.Boolean({ description: 'Hidden: it counts fewer than five people (shown as "–"), or would reveal one that does' }),
    suppressedBecause: Nullable(
      Type.Union(
        [
          Type.Literal('small_numbers'),
          Type.Literal('numerator_below_threshold'),
          Type.Literal('denominator_below_threshold'),
          Type.Literal('complementary'),
        ],
        {
          description:
            'Why a figure is hidden: every hidden figure says small_numbers (fewer than five people, or it would reveal a figure that counts fewer), since naming the small part, or that a figure is hidden only to protect another, would tell which of its numbers are at least five. The other values are no longer given.',
        },
      ),
    ),
  },
  { additionalProperties: false },
);

export const FormulaRefSchema = Type.Object({ version: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });

export const IndicatorValuesQuerySchema = Type.Object(
  {
    period: PeriodCodeSchema,
    unit: Type.Optional(CodeSchema),
    group: Type.Optional(CodeSchema),
  },
  { additionalProperties: false },
);
export type IndicatorValuesQuery = Static<typeof IndicatorValuesQuerySchema>;

export const IndicatorValuesSchema = Type.Object(
  {
    indicator: CodeSchema,
    formulaVersion: Type.Integer({ minimum: 1 }),
    requestedPeriod: PeriodCodeSchema,
    group: Nullable(CodeSchema),
    municipality: Type.Object({ ...FigureSchema.properties, completeness: CompletenessSchema }, { additionalProperties: false }),
    units: Type.Array(Type.Object({ unit: CodeSchema, ...FigureSchema.properties }, { additionalProperties: false })),
  },
  { additionalProperties: false },
);
export type IndicatorValues = Static<typeof IndicatorValuesSchema>;

export const IndicatorCodeParamsSchema = Type.Object({ indicatorCode: CodeSchema }, { additionalProperties: false });
