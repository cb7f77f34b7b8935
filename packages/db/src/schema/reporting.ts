import { sql } from 'drizzle-orm';
import { boolean, check, date, foreignKey, integer, pgEnum, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, decimal, id, updatedAt } from './columns';
import { dataElements } from './data';
import { indicators } from './indicators';
import { professionalGroups, units } from './organisation';
import { periods } from './periods';
import { plans } from './plans';
import { municipalityId } from './tenancy';
import { users } from './users';

/** One follow-up round of a plan for a period (uppföljning), with what each unit reports (its data set). */
export const reportingCycles = pgTable(
  'reporting_cycles',
  {
    id: id(),
    municipalityId: municipalityId(),
    planId: uuid('plan_id').notNull(),
    periodId: uuid('period_id')
      .notNull()
      .references(() => periods.id),
    opensOn: date('opens_on', { mode: 'string' }).notNull(),
    /** The deadline as decided. */
    deadline: date('deadline', { mode: 'string' }).notNull(),
    /** The deadline in force: moved to the next Swedish working day when it falls on a weekend or holiday. */
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    /** Remind HR this many days before `dueOn`. */
    remindDaysBefore: integer('remind_days_before').notNull().default(3),
    /** A figure moving more than this (in the indicator's unit) from the last period needs an explanation. */
    explainChangeAbove: decimal('explain_change_above'),
    /** Closing the steering review locks the cycle. */
    reviewClosedAt: timestamp('review_closed_at', { withTimezone: true }),
    reviewClosedBy: uuid('review_closed_by'),
    createdAt: createdAt(),
  },
  (t) => [
    check('reporting_cycles_due_after_deadline', sql`${t.dueOn} >= ${t.deadline}`),
    check('reporting_cycles_remind_days_non_negative', sql`${t.remindDaysBefore} >= 0`),
    foreignKey({ columns: [t.municipalityId, t.reviewClosedBy], foreignColumns: [users.municipalityId, users.id] }),
    unique('reporting_cycles_period_key').on(t.planId, t.periodId),
    unique('reporting_cycles_tenant_key').on(t.municipalityId, t.id),
    check('reporting_cycles_dates_ordered', sql`${t.opensOn} <= ${t.deadline}`),
    foreignKey({ columns: [t.municipalityId, t.planId], foreignColumns: [plans.municipalityId, plans.id] }).onDelete('cascade'),
  ],
);

export const reportingCycleElements = pgTable(
  'reporting_cycle_elements',
  {
    municipalityId: municipalityId(),
    cycleId: uuid('cycle_id').notNull(),
    dataElementId: uuid('data_element_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.cycleId, t.dataElementId] }),
    foreignKey({ columns: [t.municipalityId, t.cycleId], foreignColumns: [reportingCycles.municipalityId, reportingCycles.id] }).onDelete(
      'cascade',
    ),
    foreignKey({ columns: [t.municipalityId, t.dataElementId], foreignColumns: [dataElements.municipalityId, dataElements.id] }).onDelete(
      'cascade',
    ),
  ],
);

/** The one diagram of docs/domain.md#reports-and-cycles: open → submitted → approved, or returned (back to open) with a comment. */
export const unitReportState = pgEnum('unit_report_state', ['open', 'submitted', 'approved', 'returned']);

export const unitReports = pgTable(
  'unit_reports',
  {
    id: id(),
    municipalityId: municipalityId(),
    cycleId: uuid('cycle_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    state: unitReportState('state').notNull().default('open'),
    /** A value changed while submitted or approved, or after the review closed (always with a reason). */
    changedAfterApproval: boolean('changed_after_approval').notNull().default(false),
    /** A value entered after the deadline in force. */
    lateEntry: boolean('late_entry').notNull().default(false),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    approvedBy: uuid('approved_by'),
    returnedAt: timestamp('returned_at', { withTimezone: true }),
    returnedBy: uuid('returned_by'),
    returnComment: text('return_comment'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('unit_reports_unit_key').on(t.cycleId, t.unitId),
    unique('unit_reports_tenant_key').on(t.municipalityId, t.id),
    check('unit_reports_returned_has_comment', sql`${t.state} <> 'returned' OR ${t.returnComment} IS NOT NULL`),
    foreignKey({ columns: [t.municipalityId, t.cycleId], foreignColumns: [reportingCycles.municipalityId, reportingCycles.id] }).onDelete(
      'cascade',
    ),
    foreignKey({ columns: [t.municipalityId, t.unitId], foreignColumns: [units.municipalityId, units.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.municipalityId, t.submittedBy], foreignColumns: [users.municipalityId, users.id] }),
    foreignKey({ columns: [t.municipalityId, t.approvedBy], foreignColumns: [users.municipalityId, users.id] }),
    foreignKey({ columns: [t.municipalityId, t.returnedBy], foreignColumns: [users.municipalityId, users.id] }),
  ],
);

/** Why a validation rule broken at submission is nevertheless right (one per rule and subject). */
export const ruleExplanations = pgTable(
  'rule_explanations',
  {
    id: id(),
    municipalityId: municipalityId(),
    unitReportId: uuid('unit_report_id').notNull(),
    /** The rule's code, e.g. `numerator_le_denominator`. */
    ruleCode: text('rule_code').notNull(),
    /** What the rule was broken for, e.g. the element and group codes; '' when the rule is about the whole report. */
    subject: text('subject').notNull().default(''),
    text: text('text').notNull(),
    authorUserId: uuid('author_user_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('rule_explanations_subject_key').on(t.unitReportId, t.ruleCode, t.subject),
    check('rule_explanations_text_present', sql`has_visible_text(${t.text})`),
    foreignKey({ columns: [t.municipalityId, t.unitReportId], foreignColumns: [unitReports.municipalityId, unitReports.id] }).onDelete(
      'cascade',
    ),
    foreignKey({ columns: [t.municipalityId, t.authorUserId], foreignColumns: [users.municipalityId, users.id] }),
  ],
);

/**
 * Why a figure missed its target in force or moved more than the cycle allows: one per indicator × unit ×
 * group × period. Shown on the goal and in later reports.
 */
export const explanations = pgTable(
  'explanations',
  {
    id: id(),
    municipalityId: municipalityId(),
    indicatorId: uuid('indicator_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    professionalGroupId: uuid('professional_group_id'),
    periodId: uuid('period_id')
      .notNull()
      .references(() => periods.id),
    text: text('text').notNull(),
    authorUserId: uuid('author_user_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('explanations_figure_key').on(t.indicatorId, t.unitId, t.professionalGroupId, t.periodId).nullsNotDistinct(),
    unique('explanations_tenant_key').on(t.municipalityId, t.id),
    check('explanations_text_present', sql`has_visible_text(${t.text})`),
    foreignKey({ columns: [t.municipalityId, t.indicatorId], foreignColumns: [indicators.municipalityId, indicators.id] }).onDelete(
      'cascade',
    ),
    foreignKey({ columns: [t.municipalityId, t.unitId], foreignColumns: [units.municipalityId, units.id] }).onDelete('cascade'),
    foreignKey({
      columns: [t.municipalityId, t.professionalGroupId],
      foreignColumns: [professionalGroups.municipalityId, professionalGroups.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.municipalityId, t.authorUserId], foreignColumns: [users.municipalityId, users.id] }),
  ],
);
