import { sql } from 'drizzle-orm';
import { check, foreignKey, index, pgEnum, pgTable, primaryKey, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { activities } from './activities';
import { createdAt, id, updatedAt } from './columns';
import { indicators } from './indicators';
import { professionalGroups, referenceGroups, unions, units } from './organisation';
import { periods } from './periods';
import { goals, targets } from './plans';
import { reportingCycles } from './reporting';
import { municipalityId } from './tenancy';
import { users } from './users';

export const commentSubject = pgEnum('comment_subject', ['goal', 'target', 'activity', 'figure']);

/**
 * A comment on a goal, a target, an activity or one figure (indicator × unit × group × period). A reply points
 * at the first comment of its thread. Comments are official documents: they are never deleted, and an edit
 * keeps the earlier text in `comment_revisions`.
 */
export const comments = pgTable(
  'comments',
  {
    id: id(),
    municipalityId: municipalityId(),
    subject: commentSubject('subject').notNull(),
    goalId: uuid('goal_id'),
    targetId: uuid('target_id'),
    activityId: uuid('activity_id'),
    indicatorId: uuid('indicator_id'),
    unitId: uuid('unit_id'),
    professionalGroupId: uuid('professional_group_id'),
    periodId: uuid('period_id').references(() => periods.id),
    /** The first comment of the thread; null for the first comment itself. */
    threadId: uuid('thread_id'),
    authorUserId: uuid('author_user_id').notNull(),
    /** The union the author wrote as (sensitive personal data: shown to logged-in users only). */
    asUnionId: uuid('as_union_id'),
    body: text('body').notNull(),
    createdAt: createdAt(),
    editedAt: timestamp('edited_at', { withTimezone: true }),
    /** Set on the thread's first comment. */
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedBy: uuid('resolved_by'),
  },
  (t) => [
    unique('comments_tenant_key').on(t.municipalityId, t.id),
    index('comments_goal_idx').on(t.goalId),
    index('comments_target_idx').on(t.targetId),
    index('comments_activity_idx').on(t.activityId),
    index('comments_figure_idx').on(t.indicatorId, t.unitId, t.periodId),
    index('comments_thread_idx').on(t.threadId),
    check('comments_body_present', sql`has_visible_text(${t.body})`),
    check(
      'comments_subject_matches',
      sql`(${t.subject} = 'goal' AND ${t.goalId} IS NOT NULL AND ${t.targetId} IS NULL AND ${t.activityId} IS NULL AND ${t.indicatorId} IS NULL)
        OR (${t.subject} = 'target' AND ${t.targetId} IS NOT NULL AND ${t.goalId} IS NULL AND ${t.activityId} IS NULL AND ${t.indicatorId} IS NULL)
        OR (${t.subject} = 'activity' AND ${t.activityId} IS NOT NULL AND ${t.goalId} IS NULL AND ${t.targetId} IS NULL AND ${t.indicatorId} IS NULL)
        OR (${t.subject} = 'figure' AND ${t.indicatorId} IS NOT NULL AND ${t.unitId} IS NOT NULL AND ${t.periodId} IS NOT NULL
            AND ${t.goalId} IS NULL AND ${t.targetId} IS NULL AND ${t.activityId} IS NULL)`,
    ),
    foreignKey({ columns: [t.municipalityId, t.goalId], foreignColumns: [goals.municipalityId, goals.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.municipalityId, t.targetId], foreignColumns: [targets.municipalityId, targets.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.municipalityId, t.activityId], foreignColumns: [activities.municipalityId, activities.id] }).onDelete(
      'cascade',
    ),
    foreignKey({ columns: [t.municipalityId, t.indicatorId], foreignColumns: [indicators.municipalityId, indicators.id] }).onDelete(
      'cascade',
    ),
    foreignKey({ columns: [t.municipalityId, t.unitId], foreignColumns: [units.municipalityId, units.id] }).onDelete('cascade'),
    foreignKey({
      columns: [t.municipalityId, t.professionalGroupId],
      foreignColumns: [professionalGroups.municipalityId, professionalGroups.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.municipalityId, t.threadId], foreignColumns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.authorUserId], foreignColumns: [users.municipalityId, users.id] }),
    foreignKey({ columns: [t.municipalityId, t.asUnionId], foreignColumns: [unions.municipalityId, unions.id] }),
    foreignKey({ columns: [t.municipalityId, t.resolvedBy], foreignColumns: [users.municipalityId, users.id] }),
  ],
);

/** A comment's earlier text, kept when it is edited. */
export const commentRevisions = pgTable(
  'comment_revisions',
  {
    id: id(),
    municipalityId: municipalityId(),
    commentId: uuid('comment_id').notNull(),
    body: text('body').notNull(),
    /** When this text was written (the comment's creation or its previous edit). */
    writtenAt: timestamp('written_at', { withTimezone: true }).notNull(),
    replacedAt: timestamp('replaced_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('comment_revisions_comment_idx').on(t.commentId, t.replacedAt),
    foreignKey({ columns: [t.municipalityId, t.commentId], foreignColumns: [comments.municipalityId, comments.id] }).onDelete('cascade'),
  ],
);

export const commentMentions = pgTable(
  'comment_mentions',
  {
    municipalityId: municipalityId(),
    commentId: uuid('comment_id').notNull(),
    userId: uuid('user_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.commentId, t.userId] }),
    foreignKey({ columns: [t.municipalityId, t.commentId], foreignColumns: [comments.municipalityId, comments.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.municipalityId, t.userId], foreignColumns: [users.municipalityId, users.id] }).onDelete('cascade'),
  ],
);

export const positionStance = pgEnum('position_stance', ['supports', 'partly_supports', 'reservation']);
/** `active` until withdrawn, or superseded when restated (the restatement is a new row pointing back). */
export const positionState = pgEnum('position_state', ['active', 'withdrawn', 'superseded']);

/**
 * A union reference group's formal position (ståndpunkt) on a goal for one review cycle. Frozen once the
 * cycle's review is closed; after the steering group has answered, it can only be withdrawn or restated.
 */
export const positions = pgTable(
  'positions',
  {
    id: id(),
    municipalityId: municipalityId(),
    cycleId: uuid('cycle_id').notNull(),
    goalId: uuid('goal_id').notNull(),
    referenceGroupId: uuid('reference_group_id').notNull(),
    stance: positionStance('stance').notNull(),
    text: text('text').notNull(),
    /** The meeting it was taken at, e.g. "Samverkan 2025-06-12". */
    meeting: text('meeting').notNull(),
    minutesReference: text('minutes_reference'),
    state: positionState('state').notNull().default('active'),
    /** The position this one restates. */
    restatesId: uuid('restates_id'),
    recordedBy: uuid('recorded_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  },
  (t) => [
    unique('positions_tenant_key').on(t.municipalityId, t.id),
    uniqueIndex('positions_one_active_key')
      .on(t.cycleId, t.goalId, t.referenceGroupId)
      .where(sql`${t.state} = 'active'`),
    check('positions_text_present', sql`has_visible_text(${t.text}) AND has_visible_text(${t.meeting})`),
    foreignKey({ columns: [t.municipalityId, t.cycleId], foreignColumns: [reportingCycles.municipalityId, reportingCycles.id] }).onDelete(
      'cascade',
    ),
    foreignKey({ columns: [t.municipalityId, t.goalId], foreignColumns: [goals.municipalityId, goals.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.municipalityId, t.referenceGroupId], foreignColumns: [referenceGroups.municipalityId, referenceGroups.id] }),
    foreignKey({ columns: [t.municipalityId, t.restatesId], foreignColumns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.recordedBy], foreignColumns: [users.municipalityId, users.id] }),
  ],
);

/** Who signs a position; each confirms with their own login. */
export const positionSignatories = pgTable(
  'position_signatories',
  {
    municipalityId: municipalityId(),
    positionId: uuid('position_id').notNull(),
    userId: uuid('user_id').notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.positionId, t.userId] }),
    foreignKey({ columns: [t.municipalityId, t.positionId], foreignColumns: [positions.municipalityId, positions.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.municipalityId, t.userId], foreignColumns: [users.municipalityId, users.id] }),
  ],
);

/** The steering group's answer to a position; every reservation needs one before the review can close. */
export const positionAnswers = pgTable(
  'position_answers',
  {
    id: id(),
    municipalityId: municipalityId(),
    positionId: uuid('position_id').notNull(),
    text: text('text').notNull(),
    answeredBy: uuid('answered_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('position_answers_position_key').on(t.positionId),
    check('position_answers_text_present', sql`has_visible_text(${t.text})`),
    foreignKey({ columns: [t.municipalityId, t.positionId], foreignColumns: [positions.municipalityId, positions.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.municipalityId, t.answeredBy], foreignColumns: [users.municipalityId, users.id] }),
  ],
);

export const assessedStatus = pgEnum('assessed_status', ['met', 'at_risk', 'not_met', 'no_data', 'not_applicable']);

/**
 * The steering group's assessment of a goal (and optionally one of its targets) in a review cycle: the status
 * computed when assessed, the status decided (different only with a reason), and the decisions taken.
 */
export const goalAssessments = pgTable(
  'goal_assessments',
  {
    id: id(),
    municipalityId: municipalityId(),
    cycleId: uuid('cycle_id').notNull(),
    goalId: uuid('goal_id').notNull(),
    targetId: uuid('target_id'),
    computedStatus: assessedStatus('computed_status'),
    assessedStatus: assessedStatus('assessed_status').notNull(),
    overrideReason: text('override_reason'),
    assessment: text('assessment'),
    decisions: text('decisions'),
    assessedBy: uuid('assessed_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('goal_assessments_subject_key').on(t.cycleId, t.goalId, t.targetId).nullsNotDistinct(),
    check(
      'goal_assessments_override_has_reason',
      sql`${t.computedStatus} IS NULL OR ${t.assessedStatus} = ${t.computedStatus} OR has_visible_text(${t.overrideReason})`,
    ),
    foreignKey({ columns: [t.municipalityId, t.cycleId], foreignColumns: [reportingCycles.municipalityId, reportingCycles.id] }).onDelete(
      'cascade',
    ),
    foreignKey({ columns: [t.municipalityId, t.goalId], foreignColumns: [goals.municipalityId, goals.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.municipalityId, t.targetId], foreignColumns: [targets.municipalityId, targets.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.municipalityId, t.assessedBy], foreignColumns: [users.municipalityId, users.id] }),
  ],
);
