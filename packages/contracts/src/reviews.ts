import { Type, type Static } from 'typebox';
import { CodeSchema, IdSchema, Nullable, PeriodCodeSchema } from './common';
import { ActivitySchema } from './plans';
import { UnionPositionSchema } from './positions';
import { StatusSchema } from './progress';
import { TextSchema } from './write-common';

/** Stable error codes of the steering-group review (clients translate them). */
export const ReviewErrorCodes = {
  /** The assessed status differs from the computed one and no reason is given. */
  overrideReasonRequired: 'reviews.override_reason_required',
  /** Closing refused: details list every active reservation without an answer. */
  unansweredReservations: 'reviews.unanswered_reservations',
  /** The review is closed: the cycle is locked. */
  closed: 'reviews.closed',
} as const;

export const ReviewParamsSchema = Type.Object({ cycleId: IdSchema }, { additionalProperties: false });
export const ReviewGoalParamsSchema = Type.Object({ cycleId: IdSchema, goalId: IdSchema }, { additionalProperties: false });
export const ReviewTargetParamsSchema = Type.Object(
  { cycleId: IdSchema, goalId: IdSchema, targetId: IdSchema },
  { additionalProperties: false },
);

const PersonSchema = Type.Object({ id: IdSchema, name: Type.String() }, { additionalProperties: false });

/** The steering group's assessment of a goal or one of its targets in a review cycle. */
export const AssessmentSchema = Type.Object(
  {
    id: IdSchema,
    /** The status computed when the assessment was last saved. */
    computedStatus: Nullable(StatusSchema),
    assessedStatus: StatusSchema,
    /** Why the assessed status differs from the computed one (required then). */
    overrideReason: Nullable(Type.String()),
    assessment: Nullable(Type.String()),
    decisions: Nullable(Type.String()),
    assessedBy: PersonSchema,
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);
export type Assessment = Static<typeof AssessmentSchema>;

/**
 * Body of PUT …/review/goals/{goalId} (and …/targets/{targetId}). `assessedStatus` may differ from the status
 * computed now only with an `overrideReason` (400 reviews.override_reason_required).
 */
export const AssessGoalSchema = Type.Object(
  {
    assessedStatus: StatusSchema,
    overrideReason: Type.Optional(Nullable(TextSchema(2000))),
    assessment: Type.Optional(Nullable(TextSchema(10_000))),
    decisions: Type.Optional(Nullable(TextSchema(10_000))),
  },
  { additionalProperties: false },
);
export type AssessGoal = Static<typeof AssessGoalSchema>;

export const ReviewActivitySchema = Type.Object(
  {
    ...ActivitySchema.properties,
    /** The due date has passed and it is neither done nor cancelled. */
    overdue: Type.Boolean(),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);
export type ReviewActivity = Static<typeof ReviewActivitySchema>;

export const ReviewTargetSchema = Type.Object(
  {
    targetId: IdSchema,
    group: Nullable(CodeSchema),
    level: Type.Union([Type.Literal('unit'), Type.Literal('city')]),
    /**
     * The status computed for the cycle's period: a city-level target is judged on the roll-up; a unit-level target
     * takes its worst unit status (not_met before at_risk before met; no_data when no unit could be judged).
     */
    computedStatus: Nullable(StatusSchema),
    assessment: Nullable(AssessmentSchema),
  },
  { additionalProperties: false },
);

export const ReviewGoalSchema = Type.Object(
  {
    goalId: IdSchema,
    code: CodeSchema,
    name: Type.String(),
    /** The worst computed status among its targets; null for a goal without targets. */
    computedStatus: Nullable(StatusSchema),
    assessment: Nullable(AssessmentSchema),
    targets: Type.Array(ReviewTargetSchema),
    /** Active positions of this cycle, with answers and signatures. */
    positions: Type.Array(UnionPositionSchema),
    activities: Type.Array(ReviewActivitySchema),
  },
  { additionalProperties: false },
);
export type ReviewGoal = Static<typeof ReviewGoalSchema>;

export const ReviewBoardSchema = Type.Object(
  {
    cycleId: IdSchema,
    planId: IdSchema,
    period: PeriodCodeSchema,
    closed: Type.Boolean(),
    closedAt: Nullable(Type.String({ format: 'date-time' })),
    closedBy: Nullable(PersonSchema),
    /** Active reservations without an answer: the review cannot close while any remain. */
    unansweredReservations: Type.Array(IdSchema),
    goals: Type.Array(ReviewGoalSchema),
  },
  { additionalProperties: false },
);
export type ReviewBoard = Static<typeof ReviewBoardSchema>;

export const CloseReviewSchema = Type.Object(
  { reason: Type.Optional(TextSchema(1000)) },
  { additionalProperties: false, description: 'Closing locks the cycle: positions and assessments freeze' },
);
export type CloseReview = Static<typeof CloseReviewSchema>;

export const ReviewClosedSchema = Type.Object(
  { cycleId: IdSchema, closedAt: Type.String({ format: 'date-time' }), closedBy: PersonSchema },
  { additionalProperties: false },
);
export type ReviewClosed = Static<typeof ReviewClosedSchema>;
