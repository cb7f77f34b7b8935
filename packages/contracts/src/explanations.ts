import { Type, type Static } from 'typebox';
import { CodeSchema, IdSchema, Nullable, PeriodCodeSchema } from './common';
import { ActorSchema } from './reporting-cycles';
import { TextSchema } from './write-common';

/**
 * Why a figure missed its target in force or moved more than the cycle allows, one per
 * indicator × unit × group × period; shown on the goal and in later reports.
 */
export const ExplanationSchema = Type.Object(
  {
    id: IdSchema,
    indicator: CodeSchema,
    unit: CodeSchema,
    group: Nullable(CodeSchema),
    period: PeriodCodeSchema,
    text: Type.String(),
    author: Nullable(ActorSchema),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);
export type Explanation = Static<typeof ExplanationSchema>;

export const ExplanationListSchema = Type.Object({ items: Type.Array(ExplanationSchema) }, { additionalProperties: false });

export const ExplanationQuerySchema = Type.Object(
  {
    indicator: Type.Optional(CodeSchema),
    unit: Type.Optional(CodeSchema),
    group: Type.Optional(CodeSchema),
    period: Type.Optional(PeriodCodeSchema),
  },
  { additionalProperties: false },
);
export type ExplanationQuery = Static<typeof ExplanationQuerySchema>;

export const ExplanationParamsSchema = Type.Object(
  { indicatorCode: CodeSchema, unitCode: CodeSchema, periodCode: PeriodCodeSchema },
  { additionalProperties: false },
);
export const ExplanationGroupQuerySchema = Type.Object({ group: Type.Optional(CodeSchema) }, { additionalProperties: false });

export const PutExplanationSchema = Type.Object(
  {
    text: TextSchema(4000),
    reason: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 1000,
        description: 'Why the explanation changes; required once the unit’s report is approved or the review closed',
      }),
    ),
  },
  { additionalProperties: false },
);
export type PutExplanation = Static<typeof PutExplanationSchema>;
