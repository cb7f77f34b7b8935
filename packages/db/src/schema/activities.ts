import { sql } from 'drizzle-orm';
import { check, date, foreignKey, pgEnum, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, svText, updatedAt } from './columns';
import { indicators } from './indicators';
import { units } from './organisation';
import { goals, plans } from './plans';
import { municipalityId } from './tenancy';

export const activityStatus = pgEnum('activity_status', ['not_started', 'ongoing', 'done', 'delayed', 'cancelled']);

/** Something done to reach a goal (aktivitet / åtgärd). */
export const activities = pgTable(
  'activities',
  {
    id: id(),
    municipalityId: municipalityId(),
    planId: uuid('plan_id').notNull(),
    goalId: uuid('goal_id'),
    indicatorId: uuid('indicator_id'),
    unitId: uuid('unit_id'),
    code: text('code').notNull(),
    name: svText('name').notNull(),
    owner: text('owner'),
    startDate: date('start_date', { mode: 'string' }),
    dueDate: date('due_date', { mode: 'string' }),
    definitionOfDone: text('definition_of_done'),
    status: activityStatus('status').notNull().default('not_started'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('activities_code_key').on(t.planId, t.code),
    unique('activities_tenant_key').on(t.municipalityId, t.id),
    check('activities_dates_ordered', sql`${t.startDate} IS NULL OR ${t.dueDate} IS NULL OR ${t.startDate} <= ${t.dueDate}`),
    foreignKey({ columns: [t.municipalityId, t.planId], foreignColumns: [plans.municipalityId, plans.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.municipalityId, t.goalId], foreignColumns: [goals.municipalityId, goals.id] }),
    foreignKey({ columns: [t.municipalityId, t.indicatorId], foreignColumns: [indicators.municipalityId, indicators.id] }),
    foreignKey({ columns: [t.municipalityId, t.unitId], foreignColumns: [units.municipalityId, units.id] }),
  ],
);
