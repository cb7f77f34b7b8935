import { Type, type Static } from 'typebox';
import { CodeSchema, DateSchema, IdSchema, Nullable } from './common';
import { ActivitySchema } from './plans';
import { NameSchema, Patch, TextSchema } from './write-common';

export const ActivityParamsSchema = Type.Object({ activityId: IdSchema }, { additionalProperties: false });

/** An activity on its own: as in the plan, plus the plan it belongs to. */
export const ActivityDetailSchema = Type.Object({ ...ActivitySchema.properties, planId: IdSchema }, { additionalProperties: false });
export type ActivityDetail = Static<typeof ActivityDetailSchema>;

export const CreateActivitySchema = Type.Object(
  {
    code: CodeSchema,
    name: NameSchema,
    goal: Type.Optional(Nullable(CodeSchema)),
    unit: Type.Optional(Nullable(CodeSchema)),
    owner: Type.Optional(Nullable(TextSchema(200))),
    startDate: Type.Optional(Nullable(DateSchema)),
    dueDate: Type.Optional(Nullable(DateSchema)),
    definitionOfDone: Type.Optional(Nullable(TextSchema(2000))),
    status: Type.Optional(ActivitySchema.properties.status),
  },
  { additionalProperties: false, description: 'goal and unit are codes: goal "2.1" of the same plan, unit "FARSTA"' },
);
export type CreateActivity = Static<typeof CreateActivitySchema>;

export const UpdateActivitySchema = Patch(CreateActivitySchema);
export type UpdateActivity = Static<typeof UpdateActivitySchema>;
