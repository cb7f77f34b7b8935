import { Type, type Static } from 'typebox';
import { CodeSchema, IdSchema, Nullable, PeriodCodeSchema } from './common';
import { CompletenessSchema, FigureSchema } from './figures';
import { TargetKindSchema } from './plans';

export const StatusSchema = Type.Union([
  Type.Literal('met'),
  Type.Literal('at_risk'),
  Type.Literal('not_met'),
  Type.Literal('no_data'),
  Type.Literal('not_applicable'),
]);
export const TrendSchema = Type.Union([
  Type.Literal('improving'),
  Type.Literal('worsening'),
  Type.Literal('unchanged'),
  Type.Literal('unknown'),
]);

export const CriterionSchema = Type.Object(
  { kind: TargetKindSchema, min: Nullable(Type.Number()), max: Nullable(Type.Number()), value: Nullable(Type.Number()) },
  { additionalProperties: false },
);

const judged = {
  status: Nullable(StatusSchema),
  progress: Nullable(Type.Number({ minimum: 0, maximum: 100, description: 'Share of the way from the baseline to the final target' })),
  trend: TrendSchema,
  previousValue: Nullable(Type.Number()),
  baseline: Nullable(Type.Number()),
};

export const TargetProgressSchema = Type.Object(
  {
    targetId: IdSchema,
    group: Nullable(CodeSchema),
    level: Type.Union([Type.Literal('unit'), Type.Literal('city')]),
    final: CriterionSchema,
    deadline: Nullable(PeriodCodeSchema),
    inForce: Type.Object(
      {
        source: Type.Union([Type.Literal('milestone'), Type.Literal('final')]),
        period: PeriodCodeSchema,
        criterion: CriterionSchema,
        tolerance: Nullable(Type.Number()),
      },
      { additionalProperties: false },
    ),
    municipality: Type.Object({ ...FigureSchema.properties, ...judged, completeness: CompletenessSchema }, { additionalProperties: false }),
    units: Type.Array(
      Type.Object(
        {
          unit: CodeSchema,
          ...FigureSchema.properties,
          ...judged,
        },
        { additionalProperties: false, description: 'status is null where the target is judged at city level only' },
      ),
    ),
  },
  { additionalProperties: false },
);
export type TargetProgress = Static<typeof TargetProgressSchema>;

export const GoalProgressSchema = Type.Object(
  {
    goalId: IdSchema,
    code: CodeSchema,
    name: Type.String(),
    indicator: Nullable(CodeSchema),
    formulaVersion: Nullable(Type.Integer()),
    targets: Type.Array(TargetProgressSchema),
  },
  { additionalProperties: false },
);

export const PlanProgressSchema = Type.Object(
  {
    planId: IdSchema,
    planCode: CodeSchema,
    period: PeriodCodeSchema,
    goals: Type.Array(GoalProgressSchema),
  },
  { additionalProperties: false },
);
export type PlanProgress = Static<typeof PlanProgressSchema>;

export const PlanProgressQuerySchema = Type.Object({ period: PeriodCodeSchema }, { additionalProperties: false });
