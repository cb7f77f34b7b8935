import { Type, type Static } from 'typebox';
import { CodeSchema, IdSchema, Nullable, PeriodCodeSchema } from './common';
import { TextSchema } from './write-common';

/** Stable error codes of positions (clients translate them). */
export const PositionErrorCodes = {
  notFound: 'positions.not_found',
  /** The caller is a union user without a reference group. */
  noReferenceGroup: 'positions.no_reference_group',
  /** The position belongs to another reference group than the caller's. */
  otherReferenceGroup: 'positions.other_reference_group',
  /** The reference group has an active position on the goal in the cycle: edit, withdraw or restate it. */
  exists: 'positions.exists',
  /** The goal is not in the cycle's plan. */
  goalOutsideCycle: 'positions.goal_outside_cycle',
  /** A signatory is not a user of the position's reference group (details list them). */
  invalidSignatories: 'positions.invalid_signatories',
  /** Confirming a position one is not listed on. */
  notSignatory: 'positions.not_a_signatory',
  /** The steering group has answered: withdraw or restate instead of editing. */
  answered: 'positions.answered',
  /** Restating an unanswered position: edit it instead. */
  notAnswered: 'positions.not_answered',
  /** The position is withdrawn or superseded. */
  notActive: 'positions.not_active',
  /** The cycle's review is closed: the position is frozen. */
  frozen: 'positions.frozen',
} as const;

/** A union reference group's formal stance on a goal (ståndpunkt). */
export const PositionStanceSchema = Type.Union([Type.Literal('supports'), Type.Literal('partly_supports'), Type.Literal('reservation')]);
export type PositionStance = Static<typeof PositionStanceSchema>;

/** `active` until withdrawn, or `superseded` when restated (the restatement is a new position pointing back). */
export const PositionStateSchema = Type.Union([Type.Literal('active'), Type.Literal('withdrawn'), Type.Literal('superseded')]);
export type PositionState = Static<typeof PositionStateSchema>;

const PersonSchema = Type.Object({ id: IdSchema, name: Type.String() }, { additionalProperties: false });

export const PositionSignatorySchema = Type.Object(
  { userId: IdSchema, name: Type.String(), confirmedAt: Nullable(Type.String({ format: 'date-time' })) },
  { additionalProperties: false },
);
export type PositionSignatory = Static<typeof PositionSignatorySchema>;

export const PositionAnswerSchema = Type.Object(
  {
    id: IdSchema,
    text: Type.String(),
    answeredBy: PersonSchema,
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);
export type PositionAnswer = Static<typeof PositionAnswerSchema>;

/**
 * What a client may do with a position now, so the web does not repeat the rules:
 * `edit` while unanswered and the review open; `withdraw` while active and the review open;
 * `restate` once answered and the review open; nothing once the review is closed (`frozen`).
 */
export const PositionAllowedSchema = Type.Object(
  { edit: Type.Boolean(), withdraw: Type.Boolean(), restate: Type.Boolean(), answer: Type.Boolean() },
  { additionalProperties: false },
);

export const UnionPositionSchema = Type.Object(
  {
    id: IdSchema,
    cycleId: IdSchema,
    period: PeriodCodeSchema,
    goalId: IdSchema,
    goal: CodeSchema,
    referenceGroup: Type.Object(
      { id: IdSchema, code: CodeSchema, name: Type.String(), scope: Type.Union([Type.Literal('all'), Type.Literal('units')]) },
      { additionalProperties: false },
    ),
    stance: PositionStanceSchema,
    text: Type.String(),
    meeting: Type.String(),
    minutesReference: Nullable(Type.String()),
    state: PositionStateSchema,
    /** The earlier position this one restates. */
    restatesId: Nullable(IdSchema),
    /** Who recorded it; null for readers who do not see who sits for a union (see `signatories`). */
    recordedBy: Nullable(PersonSchema),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
    withdrawnAt: Nullable(Type.String({ format: 'date-time' })),
    /**
     * Who signed. Which person sits for a union is sensitive (GDPR art. 9): listed for the reference group's own
     * members, the steering group and administrators, empty for every other reader (`signed` still says whether it is signed).
     */
    signatories: Type.Array(PositionSignatorySchema),
    /** Every signatory has confirmed with their own login (false when nobody is listed). */
    signed: Type.Boolean(),
    answer: Nullable(PositionAnswerSchema),
    /** The cycle's steering review is closed: nothing about this position changes any more. */
    frozen: Type.Boolean(),
    /** For the caller: which changes are open now (the server still checks). */
    allowed: PositionAllowedSchema,
  },
  { additionalProperties: false },
);
export type UnionPosition = Static<typeof UnionPositionSchema>;

export const PositionParamsSchema = Type.Object({ positionId: IdSchema }, { additionalProperties: false });

const positionFields = {
  stance: PositionStanceSchema,
  text: TextSchema(10_000, "The position in the reference group's own words"),
  meeting: TextSchema(300, 'The meeting it was taken at, e.g. "Samverkan 2025-06-12"'),
  minutesReference: Type.Optional(Nullable(TextSchema(300, 'Reference to the minutes, e.g. "Protokoll 2025:7 § 4"'))),
  signatories: Type.Optional(
    Type.Array(IdSchema, {
      maxItems: 50,
      uniqueItems: true,
      description: 'Users of the same reference group who sign; each confirms with their own login',
    }),
  ),
};

/** Recorded for the caller's own reference group (`users.reference_group_id`). */
export const CreatePositionSchema = Type.Object({ cycleId: IdSchema, ...positionFields }, { additionalProperties: false });
export type CreatePosition = Static<typeof CreatePositionSchema>;

/** An edit: allowed only while unanswered and the review open. A changed stance or text resets confirmations. */
export const UpdatePositionSchema = Type.Partial(Type.Object(positionFields), { additionalProperties: false, minProperties: 1 });
export type UpdatePosition = Static<typeof UpdatePositionSchema>;

/** A restatement after the steering group's answer: a new position; the old one becomes `superseded`. */
export const RestatePositionSchema = Type.Object(positionFields, { additionalProperties: false });
export type RestatePosition = Static<typeof RestatePositionSchema>;

export const WithdrawPositionSchema = Type.Object(
  { reason: Type.Optional(TextSchema(1000, 'Why the reference group withdraws it')) },
  { additionalProperties: false },
);
export type WithdrawPosition = Static<typeof WithdrawPositionSchema>;

export const AnswerPositionSchema = Type.Object(
  { text: TextSchema(10_000, "The steering group's answer") },
  { additionalProperties: false },
);
export type AnswerPosition = Static<typeof AnswerPositionSchema>;

export const GoalPositionsQuerySchema = Type.Object(
  {
    cycle: Type.Optional(IdSchema),
    /** Withdrawn and superseded positions too (the record of the dialogue). */
    history: Type.Optional(Type.Boolean({ default: false })),
  },
  { additionalProperties: false },
);
export type GoalPositionsQuery = Static<typeof GoalPositionsQuerySchema>;

export const PositionListSchema = Type.Object({ items: Type.Array(UnionPositionSchema) }, { additionalProperties: false });
export type PositionList = Static<typeof PositionListSchema>;
