import { Type, type Static } from 'typebox';
import { CodeSchema, IdSchema, Nullable, PeriodKindSchema } from './common';
import { GoalSchema } from './plans';
import { NameSchema, Patch, PositionSchema, TextSchema } from './write-common';

export const GoalParamsSchema = Type.Object({ goalId: IdSchema }, { additionalProperties: false });

/** A goal on its own: as in the plan, plus its plan and focus area. */
export const GoalDetailSchema = Type.Object(
  { ...GoalSchema.properties, planId: IdSchema, focusArea: CodeSchema },
  { additionalProperties: false },
);
export type GoalDetail = Static<typeof GoalDetailSchema>;

export const CreateGoalSchema = Type.Object(
  {
    code: CodeSchema,
    name: NameSchema,
    focusArea: CodeSchema,
    indicator: Type.Optional(Nullable(CodeSchema)),
    owner: Type.Optional(Nullable(TextSchema(200))),
    dataSource: Type.Optional(Nullable(TextSchema(200))),
    frequency: Type.Optional(Nullable(PeriodKindSchema)),
    position: Type.Optional(PositionSchema),
  },
  { additionalProperties: false, description: 'focusArea and indicator are codes: focus area "2" of the plan, indicator "turnover_total"' },
);
export type CreateGoal = Static<typeof CreateGoalSchema>;

export const UpdateGoalSchema = Patch(CreateGoalSchema);
export type UpdateGoal = Static<typeof UpdateGoalSchema>;
