import { Type, type Static } from 'typebox';
import { CodeSchema, DateSchema, IdSchema, Nullable } from './common';
import { NameSchema, Patch } from './write-common';

export const UnitParamsSchema = Type.Object({ unitId: IdSchema }, { additionalProperties: false });

export const CreateUnitSchema = Type.Object(
  {
    code: CodeSchema,
    name: NameSchema,
    kind: Type.Union([Type.Literal('central'), Type.Literal('district')]),
    parent: Type.Optional(Nullable(CodeSchema)),
    validFrom: Type.Optional(Nullable(DateSchema)),
    validTo: Type.Optional(Nullable(DateSchema)),
    predecessor: Type.Optional(Nullable(CodeSchema)),
  },
  { additionalProperties: false },
);
export type CreateUnit = Static<typeof CreateUnitSchema>;

export const UpdateUnitSchema = Patch(CreateUnitSchema);
export type UpdateUnit = Static<typeof UpdateUnitSchema>;
