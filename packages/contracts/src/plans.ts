import { Type, type Static } from 'typebox';
import { CodeSchema, DateSchema, IdSchema, Nullable, PeriodCodeSchema, PeriodKindSchema } from './common';

export const TargetKindSchema = Type.Union([
  Type.Literal('range'),
  Type.Literal('at_most'),
  Type.Literal('at_least'),
  Type.Literal('exact'),
]);

export const BaselineSchema = Type.Union([
  Type.Object(
    {
      kind: Type.Literal('fixed'),
      value: Type.Number(),
      period: Nullable(PeriodCodeSchema),
      source: Nullable(Type.String()),
      note: Nullable(Type.String()),
    },
    { additionalProperties: false },
  ),
  Type.Object({ kind: Type.Literal('from_data'), period: PeriodCodeSchema }, { additionalProperties: false }),
]);

export const TargetSchema = Type.Object(
  {
    id: IdSchema,
    kind: TargetKindSchema,
    level: Type.Union([Type.Literal('unit'), Type.Literal('city')]),
    group: Nullable(CodeSchema),
    value: Nullable(Type.Number({ description: 'For at_most, at_least and exact' })),
    min: Nullable(Type.Number({ description: 'Lower bound of a range' })),
    max: Nullable(Type.Number({ description: 'Upper bound of a range' })),
    deadline: Nullable(PeriodCodeSchema),
    baseline: Nullable(BaselineSchema),
    tolerance: Nullable(Type.Number({ description: 'Absolute; null means 10 % of the bound' })),
    milestones: Type.Array(Type.Object({ period: PeriodCodeSchema, value: Type.Number() }, { additionalProperties: false })),
    references: Type.Array(
      Type.Object(
        { label: Type.String(), value: Type.Number(), period: Nullable(PeriodCodeSchema), source: Nullable(Type.String()) },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type Target = Static<typeof TargetSchema>;

export const GoalSchema = Type.Object(
  {
    id: IdSchema,
    code: CodeSchema,
    name: Type.String(),
    indicator: Nullable(CodeSchema),
    owner: Nullable(Type.String()),
    dataSource: Nullable(Type.String()),
    frequency: Nullable(PeriodKindSchema),
    targets: Type.Array(TargetSchema),
  },
  { additionalProperties: false },
);
export type Goal = Static<typeof GoalSchema>;

export const FocusAreaSchema = Type.Object(
  { id: IdSchema, code: CodeSchema, name: Type.String(), goals: Type.Array(GoalSchema) },
  { additionalProperties: false },
);
export type FocusArea = Static<typeof FocusAreaSchema>;

export const ActivitySchema = Type.Object(
  {
    id: IdSchema,
    code: CodeSchema,
    name: Type.String(),
    goal: Nullable(CodeSchema),
    unit: Nullable(CodeSchema),
    owner: Nullable(Type.String()),
    startDate: Nullable(DateSchema),
    dueDate: Nullable(DateSchema),
    definitionOfDone: Nullable(Type.String()),
    status: Type.Union([
      Type.Literal('not_started'),
      Type.Literal('ongoing'),
      Type.Literal('done'),
      Type.Literal('delayed'),
      Type.Literal('cancelled'),
    ]),
  },
  { additionalProperties: false },
);
export type Activity = Static<typeof ActivitySchema>;

export const PlanSummarySchema = Type.Object(
  {
    id: IdSchema,
    code: CodeSchema,
    version: Type.Integer({ minimum: 1 }),
    name: Type.String(),
    status: Type.Union([Type.Literal('draft'), Type.Literal('adopted'), Type.Literal('archived')]),
    validFrom: Nullable(PeriodCodeSchema),
    validTo: Nullable(PeriodCodeSchema),
    reportingFrequency: Nullable(PeriodKindSchema),
    adoptedOn: Nullable(DateSchema),
    adoptionDecision: Nullable(Type.String()),
    previousVersionId: Nullable(IdSchema),
  },
  { additionalProperties: false },
);
export type PlanSummary = Static<typeof PlanSummarySchema>;

export const PlanSchema = Type.Object(
  { ...PlanSummarySchema.properties, focusAreas: Type.Array(FocusAreaSchema), activities: Type.Array(ActivitySchema) },
  { additionalProperties: false },
);
export type Plan = Static<typeof PlanSchema>;

export const PlanParamsSchema = Type.Object(
  { planId: Type.String({ minLength: 1, maxLength: 64, description: 'Plan UUID, or its code for the latest version' }) },
  { additionalProperties: false },
);
