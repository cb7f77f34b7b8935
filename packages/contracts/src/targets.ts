import { Type, type Static } from 'typebox';
import { CodeSchema, IdSchema, Nullable, PeriodCodeSchema } from './common';
import { TargetKindSchema, TargetSchema } from './plans';
import { AmountSchema, Patch, PositionSchema, TextSchema } from './write-common';

export const TargetParamsSchema = Type.Object({ targetId: IdSchema }, { additionalProperties: false });

/** A target on its own: as in the plan, plus its goal. */
export const TargetDetailSchema = Type.Object({ ...TargetSchema.properties, goalId: IdSchema }, { additionalProperties: false });
export type TargetDetail = Static<typeof TargetDetailSchema>;

export const BaselineInputSchema = Type.Union([
  Type.Object(
    {
      kind: Type.Literal('fixed'),
      value: AmountSchema(),
      period: Type.Optional(Nullable(PeriodCodeSchema)),
      source: Type.Optional(Nullable(TextSchema(500))),
      note: Type.Optional(Nullable(TextSchema(500))),
    },
    { additionalProperties: false },
  ),
  Type.Object({ kind: Type.Literal('from_data'), period: PeriodCodeSchema }, { additionalProperties: false }),
]);
export type BaselineInput = Static<typeof BaselineInputSchema>;

export const MilestoneInputSchema = Type.Object({ period: PeriodCodeSchema, value: AmountSchema() }, { additionalProperties: false });
export const ReferenceValueInputSchema = Type.Object(
  {
    label: TextSchema(200),
    value: AmountSchema(),
    period: Type.Optional(Nullable(PeriodCodeSchema)),
    source: Type.Optional(Nullable(TextSchema(500))),
  },
  { additionalProperties: false },
);

export const CreateTargetSchema = Type.Object(
  {
    kind: TargetKindSchema,
    level: Type.Union([Type.Literal('unit'), Type.Literal('city')]),
    group: Type.Optional(Nullable(CodeSchema)),
    value: Type.Optional(Nullable(AmountSchema('Required for at_most, at_least and exact'))),
    min: Type.Optional(Nullable(AmountSchema('Lower bound; required for range'))),
    max: Type.Optional(Nullable(AmountSchema('Upper bound; required for range'))),
    deadline: Type.Optional(Nullable(PeriodCodeSchema)),
    baseline: Type.Optional(Nullable(BaselineInputSchema)),
    tolerance: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: 1e12, description: 'Absolute; null means 10 % of the bound' }))),
    milestones: Type.Optional(Type.Array(MilestoneInputSchema, { maxItems: 50, description: 'Replaces all milestones' })),
    references: Type.Optional(Type.Array(ReferenceValueInputSchema, { maxItems: 20, description: 'Replaces all reference values' })),
    position: Type.Optional(PositionSchema),
  },
  { additionalProperties: false, description: 'group and periods are codes: group "SOC", deadline "2026-T3"' },
);
export type CreateTarget = Static<typeof CreateTargetSchema>;

export const UpdateTargetSchema = Patch(CreateTargetSchema);
export type UpdateTarget = Static<typeof UpdateTargetSchema>;
