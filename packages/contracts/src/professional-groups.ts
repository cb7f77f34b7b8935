import { Type, type Static } from 'typebox';
import { CodeSchema, IdSchema } from './common';
import { NameSchema, Patch } from './write-common';

export const ProfessionalGroupParamsSchema = Type.Object({ groupId: IdSchema }, { additionalProperties: false });

export const CreateProfessionalGroupSchema = Type.Object({ code: CodeSchema, name: NameSchema }, { additionalProperties: false });
export type CreateProfessionalGroup = Static<typeof CreateProfessionalGroupSchema>;

export const UpdateProfessionalGroupSchema = Patch(CreateProfessionalGroupSchema);
export type UpdateProfessionalGroup = Static<typeof UpdateProfessionalGroupSchema>;
