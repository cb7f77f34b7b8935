import { Type, type Static } from 'typebox';
import { CodeSchema, IdSchema, Nullable } from './common';

export const MeasurabilityProblemCodeSchema = Type.Union([
  Type.Literal('plan.missing_goals'),
  Type.Literal('goal.missing_indicator'),
  Type.Literal('goal.missing_target'),
  Type.Literal('goal.missing_owner'),
  Type.Literal('goal.missing_data_source'),
  Type.Literal('goal.missing_frequency'),
  Type.Literal('target.missing_baseline'),
  Type.Literal('target.missing_deadline'),
  Type.Literal('activity.missing_owner'),
  Type.Literal('activity.missing_due_date'),
  Type.Literal('activity.missing_definition_of_done'),
]);

/** One thing that keeps a plan from being adopted; `goal` and `activity` are codes, `target` an id. */
export const MeasurabilityProblemSchema = Type.Object(
  {
    code: MeasurabilityProblemCodeSchema,
    message: Type.String(),
    goal: Type.Optional(CodeSchema),
    target: Type.Optional(IdSchema),
    group: Type.Optional(Nullable(CodeSchema)),
    activity: Type.Optional(CodeSchema),
  },
  { additionalProperties: false },
);
export type MeasurabilityProblem = Static<typeof MeasurabilityProblemSchema>;

export const MeasurabilitySchema = Type.Object(
  {
    planId: IdSchema,
    measurable: Type.Boolean({ description: 'True when nothing is missing and the plan may be adopted' }),
    problems: Type.Array(MeasurabilityProblemSchema),
  },
  { additionalProperties: false },
);
export type Measurability = Static<typeof MeasurabilitySchema>;
