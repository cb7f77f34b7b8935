import { sql } from 'drizzle-orm';
import { boolean, check, date, foreignKey, pgEnum, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './columns';
import { dataElements } from './data';
import { units } from './organisation';
import { periods } from './periods';
import { plans } from './plans';
import { municipalityId } from './tenancy';

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
    deadline: date('deadline', { mode: 'string' }).notNull(),
    reviewClosedAt: timestamp('review_closed_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
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
    foreignKey({ columns: [t.municipalityId, t.cycleId], foreignColumns: [reportingCycles.municipalityId, reportingCycles.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.municipalityId, t.dataElementId], foreignColumns: [dataElements.municipalityId, dataElements.id] }).onDelete('cascade'),
  ],
);

/** PRODUCT.md's one diagram: open → submitted → approved, or returned (back to open) with a comment. */
export const unitReportState = pgEnum('unit_report_state', ['open', 'submitted', 'approved', 'returned']);

export const unitReports = pgTable(
  'unit_reports',
  {
    id: id(),
    municipalityId: municipalityId(),
    cycleId: uuid('cycle_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    state: unitReportState('state').notNull().default('open'),
    changedAfterApproval: boolean('changed_after_approval').notNull().default(false),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    returnComment: text('return_comment'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('unit_reports_unit_key').on(t.cycleId, t.unitId),
    check('unit_reports_returned_has_comment', sql`${t.state} <> 'returned' OR ${t.returnComment} IS NOT NULL`),
    foreignKey({ columns: [t.municipalityId, t.cycleId], foreignColumns: [reportingCycles.municipalityId, reportingCycles.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.municipalityId, t.unitId], foreignColumns: [units.municipalityId, units.id] }).onDelete('cascade'),
  ],
);
