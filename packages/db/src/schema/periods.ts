import { check, date, integer, pgEnum, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

export const periodKind = pgEnum('period_kind', ['year', 'tertial', 'quarter', 'month']);

/** Calendar periods shared by every municipality (a custom migration fills 2000–2050);
 * rows reference them by id, the API by code (`2025`, `2025-T2`, `2025-Q3`, `2025-07`). */
export const periods = pgTable(
  'periods',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    kind: periodKind('kind').notNull(),
    year: integer('year').notNull(),
    number: integer('number').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
  },
  (t) => [
    unique('periods_kind_year_number_key').on(t.kind, t.year, t.number),
    check('periods_dates_ordered', sql`${t.startDate} <= ${t.endDate}`),
  ],
);
