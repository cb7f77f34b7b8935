import { Type, type Static } from 'typebox';
import { CodeSchema, IdSchema } from './common';
import { FocusAreaSchema } from './plans';
import { NameSchema, Patch, PositionSchema } from './write-common';

export const FocusAreaParamsSchema = Type.Object({ focusAreaId: IdSchema }, { additionalProperties: false });

/** A focus area on its own: as in the plan, plus the plan it belongs to. */
export const FocusAreaDetailSchema = Type.Object({ ...FocusAreaSchema.properties, planId: IdSchema }, { additionalProperties: false });
export type FocusAreaDetail = Static<typeof FocusAreaDetailSchema>;

export const CreateFocusAreaSchema = Type.Object(
  { code: CodeSchema, name: NameSchema, position: Type.Optional(PositionSchema) },
  { additionalProperties: false },
);
export type CreateFocusArea = Static<typeof CreateFocusAreaSchema>;

export const UpdateFocusAreaSchema = Patch(CreateFocusAreaSchema);
export type UpdateFocusArea = Static<typeof UpdateFocusAreaSchema>;
