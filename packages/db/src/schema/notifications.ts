import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns';
import { units } from './organisation';
import { reportingCycles } from './reporting';
import { municipalityId } from './tenancy';
import { users } from './users';

/** A message in a user's in-app inbox. */
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    municipalityId: municipalityId(),
    userId: uuid('user_id').notNull(),
    /** What happened, e.g. `cycle_opened`, `deadline_near`, `overdue`, `mentioned`, `report_returned`. */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** Where in the app the message leads, e.g. `/reporting/<cycle>/<unit>`. */
    link: text('link'),
    createdAt: createdAt(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    index('notifications_inbox_idx').on(t.userId, t.createdAt),
    foreignKey({ columns: [t.municipalityId, t.userId], foreignColumns: [users.municipalityId, users.id] }).onDelete('cascade'),
  ],
);

export const reminderStep = pgEnum('reminder_step', ['opened', 'due_soon', 'overdue']);

/**
 * The ledger that makes each reminder step happen once per cycle and unit: whoever inserts the row sends,
 * so two API processes never remind twice.
 */
export const reminderDispatches = pgTable(
  'reminder_dispatches',
  {
    municipalityId: municipalityId(),
    cycleId: uuid('cycle_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    step: reminderStep('step').notNull(),
    dispatchedAt: timestamp('dispatched_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.cycleId, t.unitId, t.step] }),
    foreignKey({ columns: [t.municipalityId, t.cycleId], foreignColumns: [reportingCycles.municipalityId, reportingCycles.id] }).onDelete(
      'cascade',
    ),
    foreignKey({ columns: [t.municipalityId, t.unitId], foreignColumns: [units.municipalityId, units.id] }).onDelete('cascade'),
  ],
);

/** Email to send, or — without SMTP configured — kept here for the administrator to read. */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: id(),
    municipalityId: municipalityId(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
  },
  (t) => [
    index('email_outbox_unsent_idx')
      .on(t.municipalityId, t.createdAt)
      .where(sql`${t.sentAt} IS NULL`),
  ],
);
