import { Type, type Static } from 'typebox';
import { CodeSchema, DateSchema, Nullable, PeriodCodeSchema, PeriodKindSchema } from './common';
import { NameSchema, Patch, TextSchema } from './write-common';

/** A new plan is always a draft; it becomes binding through POST /plans/{planId}/adopt. */
export const CreatePlanSchema = Type.Object(
  {
    code: CodeSchema,
    name: NameSchema,
    validFrom: Type.Optional(Nullable(PeriodCodeSchema)),
    validTo: Type.Optional(Nullable(PeriodCodeSchema)),
    reportingFrequency: Type.Optional(Nullable(PeriodKindSchema)),
  },
  { additionalProperties: false },
);
export type CreatePlan = Static<typeof CreatePlanSchema>;

export const UpdatePlanSchema = Patch(CreatePlanSchema);
export type UpdatePlan = Static<typeof UpdatePlanSchema>;

export const AdoptPlanSchema = Type.Object(
  {
    adoptedOn: DateSchema,
    decision: TextSchema(2000, 'The committee decision adopting the plan, e.g. "Socialnämnden 2024-02-20 § 12"'),
  },
  { additionalProperties: false },
);
export type AdoptPlan = Static<typeof AdoptPlanSchema>;

/**
 * Revising an adopted plan: a new draft version (version + 1, same code unless given) that copies focus areas,
 * goals and targets with their milestones and reference values, each linked to what it copies so trends continue.
 */
export const RevisePlanSchema = Type.Object(
  {
    code: Type.Optional(CodeSchema),
    name: Type.Optional(NameSchema),
    validFrom: Type.Optional(Nullable(PeriodCodeSchema)),
    validTo: Type.Optional(Nullable(PeriodCodeSchema)),
  },
  { additionalProperties: false },
);
export type RevisePlan = Static<typeof RevisePlanSchema>;
