import { Type, type Static } from 'typebox';
import { CodeSchema, IdSchema, Nullable, PeriodCodeSchema } from './common';
import { TextSchema } from './write-common';

/**
 * Comment threads on a goal, a target, an activity or one figure. Comments are official documents (public
 * record): there is no way to delete one, and an edit keeps the earlier text as a revision.
 */

export const CommentSubjectKindSchema = Type.Union([
  Type.Literal('goal'),
  Type.Literal('target'),
  Type.Literal('activity'),
  Type.Literal('figure'),
]);
export type CommentSubjectKind = Static<typeof CommentSubjectKindSchema>;

const DateTimeSchema = Type.String({ format: 'date-time' });

/**
 * What a thread is about. Goals, targets and activities by id; a figure by codes, like the rest of the API:
 * indicator, unit, professional group (absent or null: all groups together) and period.
 */
const SubjectFields = {
  goal: Type.Optional(IdSchema),
  target: Type.Optional(IdSchema),
  activity: Type.Optional(IdSchema),
  indicator: Type.Optional(CodeSchema),
  unit: Type.Optional(CodeSchema),
  group: Type.Optional(CodeSchema),
  period: Type.Optional(PeriodCodeSchema),
};

/** Exactly one subject: `goal`, `target`, `activity`, or `indicator` + `unit` + `period` (+ `group`). */
export const CommentQuerySchema = Type.Object(SubjectFields, {
  additionalProperties: false,
  description: 'Exactly one subject: goal, target or activity (ids), or a figure: indicator, unit, period (and group) codes',
});
export type CommentQuery = Static<typeof CommentQuerySchema>;

export const CommentParamsSchema = Type.Object({ commentId: IdSchema }, { additionalProperties: false });

/** A flat description of the subject (fields of other kinds are null). */
export const CommentSubjectSchema = Type.Object(
  {
    kind: CommentSubjectKindSchema,
    goalId: Nullable(IdSchema),
    targetId: Nullable(IdSchema),
    activityId: Nullable(IdSchema),
    indicator: Nullable(CodeSchema),
    unit: Nullable(CodeSchema),
    group: Nullable(CodeSchema),
    period: Nullable(PeriodCodeSchema),
  },
  { additionalProperties: false },
);
export type CommentSubject = Static<typeof CommentSubjectSchema>;

export const CommentPersonSchema = Type.Object({ id: IdSchema, displayName: Type.String() }, { additionalProperties: false });
export type CommentPerson = Static<typeof CommentPersonSchema>;

/** The union a member wrote as. Membership is sensitive personal data: only ever sent to logged-in people. */
export const CommentUnionSchema = Type.Object({ code: CodeSchema, name: Type.String() }, { additionalProperties: false });

export const CommentSchema = Type.Object(
  {
    id: IdSchema,
    /** The first comment of the thread; null for the first comment itself. */
    threadId: Nullable(IdSchema),
    author: CommentPersonSchema,
    /** The union the author wrote as; null when they did not write as a union member. */
    asUnion: Nullable(CommentUnionSchema),
    body: Type.String(),
    createdAt: DateTimeSchema,
    edited: Type.Boolean(),
    editedAt: Nullable(DateTimeSchema),
    /** Until when the author may still change the text. */
    editableUntil: DateTimeSchema,
    mentions: Type.Array(CommentPersonSchema),
  },
  { additionalProperties: false },
);
export type Comment = Static<typeof CommentSchema>;

export const CommentThreadSchema = Type.Object(
  {
    /** The id of the thread's first comment. */
    id: IdSchema,
    subject: CommentSubjectSchema,
    resolved: Type.Boolean(),
    resolvedAt: Nullable(DateTimeSchema),
    resolvedBy: Nullable(CommentPersonSchema),
    /** Oldest first: the first opens the thread, the rest are replies. */
    comments: Type.Array(CommentSchema),
  },
  { additionalProperties: false },
);
export type CommentThread = Static<typeof CommentThreadSchema>;

export const CommentThreadListSchema = Type.Object({ items: Type.Array(CommentThreadSchema) }, { additionalProperties: false });
export type CommentThreadList = Static<typeof CommentThreadListSchema>;

export const CommentBodySchema = TextSchema(5000, 'The text; `@someone@example.se` mentions a user by email');

const MentionsSchema = Type.Array(IdSchema, {
  maxItems: 20,
  uniqueItems: true,
  description: 'Users (ids) of the same municipality to mention and notify, as chosen in the UI',
});

const ReasonSchema = Type.Optional(TextSchema(1000, 'Kept in the audit trail with the change'));

/** A new thread (a subject) or a reply (`threadId`, no subject). */
export const CreateCommentSchema = Type.Object(
  {
    ...SubjectFields,
    threadId: Type.Optional(IdSchema),
    body: CommentBodySchema,
    mentions: Type.Optional(MentionsSchema),
    reason: ReasonSchema,
  },
  { additionalProperties: false, description: 'A new thread on one subject, or a reply to a thread with threadId' },
);
export type CreateComment = Static<typeof CreateCommentSchema>;

/** Only the author, only within the edit window; the earlier text is kept as a revision. */
export const UpdateCommentSchema = Type.Object(
  { body: CommentBodySchema, mentions: Type.Optional(MentionsSchema), reason: ReasonSchema },
  { additionalProperties: false },
);
export type UpdateComment = Static<typeof UpdateCommentSchema>;

export const CommentRevisionSchema = Type.Object(
  {
    body: Type.String(),
    /** When this text was written (the comment's creation or an earlier edit). */
    writtenAt: DateTimeSchema,
    /** When an edit replaced it. */
    replacedAt: DateTimeSchema,
  },
  { additionalProperties: false },
);
export type CommentRevision = Static<typeof CommentRevisionSchema>;

/** The earlier texts of a comment, oldest first, and its current one. */
export const CommentRevisionListSchema = Type.Object(
  { commentId: IdSchema, current: Type.String(), items: Type.Array(CommentRevisionSchema) },
  { additionalProperties: false },
);
export type CommentRevisionList = Static<typeof CommentRevisionListSchema>;

/** People who can be mentioned: active users of one's municipality, found by part of their name or email. */
export const MentionableQuerySchema = Type.Object(
  { q: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Part of the name or email, any case' })) },
  { additionalProperties: false },
);
export type MentionableQuery = Static<typeof MentionableQuerySchema>;

/** At most 20, by name; never anything about a person's union. */
export const MentionableListSchema = Type.Object({ items: Type.Array(CommentPersonSchema) }, { additionalProperties: false });
export type MentionableList = Static<typeof MentionableListSchema>;

/** Error codes of the comments API, for the web's translations. */
export const CommentErrorCodes = {
  notFound: 'comments.not_found',
  subjectInvalid: 'comments.subject_invalid',
  subjectNotFound: 'comments.subject_not_found',
  unitForbidden: 'comments.unit_forbidden',
  notAuthor: 'comments.not_author',
  editWindowClosed: 'comments.edit_window_closed',
  resolveForbidden: 'comments.resolve_forbidden',
  mentionUnknown: 'comments.mention_unknown',
} as const;
