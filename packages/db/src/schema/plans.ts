import { sql } from 'drizzle-orm';
import { check, date, foreignKey, integer, pgEnum, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, decimal, id, svText, updatedAt } from './columns';
import { indicators } from './indicators';
import { professionalGroups } from './organisation';
import { periodKind, periods } from './periods';
import { municipalityId } from './tenancy';

export const planStatus = pgEnum('plan_status', ['draft', 'adopted', 'archived']);

/** A versioned handlingsplan. A revision is a new row linking back to the version it revises (its code may
 * change with it, HP-2016 → HP-2024; the same code gets version + 1). */
export const plans = pgTable(
  'plans',
  {
    id: id(),
    municipalityId: municipalityId(),
    code: text('code').notNull(),
    version: integer('version').notNull().default(1),
    name: svText('name').notNull(),
    status: planStatus('status').notNull().default('draft'),
    validFromPeriodId: uuid('valid_from_period_id').references(() => periods.id),
    validToPeriodId: uuid('valid_to_period_id').references(() => periods.id),
    reportingFrequency: periodKind('reporting_frequency'),
    adoptedOn: date('adopted_on', { mode: 'string' }),
    adoptionDecision: text('adoption_decision'),
    previousVersionId: uuid('previous_version_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('plans_code_version_key').on(t.municipalityId, t.code, t.version),
    unique('plans_tenant_key').on(t.municipalityId, t.id),
    foreignKey({ columns: [t.municipalityId, t.previousVersionId], foreignColumns: [t.municipalityId, t.id] }),
    check('plans_adopted_has_decision', sql`${t.status} = 'draft' OR ${t.adoptedOn} IS NOT NULL OR ${t.status} = 'archived'`),
  ],
);

/** A point of the plan (fokusområde). */
export const focusAreas = pgTable(
  'focus_areas',
  {
    id: id(),
    municipalityId: municipalityId(),
    planId: uuid('plan_id').notNull(),
    code: text('code').notNull(),
    name: svText('name').notNull(),
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    unique('focus_areas_code_key').on(t.planId, t.code),
    unique('focus_areas_tenant_key').on(t.municipalityId, t.id),
    foreignKey({ columns: [t.municipalityId, t.planId], foreignColumns: [plans.municipalityId, plans.id] }).onDelete('cascade'),
  ],
);

/** A measurable goal (mål); its code (`2.1`) is unique within the plan. */
export const goals = pgTable(
  'goals',
  {
    id: id(),
    municipalityId: municipalityId(),
    planId: uuid('plan_id').notNull(),
    focusAreaId: uuid('focus_area_id').notNull(),
    code: text('code').notNull(),
    name: svText('name').notNull(),
    indicatorId: uuid('indicator_id'),
    owner: text('owner'),
    dataSource: text('data_source'),
    frequency: periodKind('frequency'),
    previousGoalId: uuid('previous_goal_id'),
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('goals_code_key').on(t.planId, t.code),
    unique('goals_tenant_key').on(t.municipalityId, t.id),
    foreignKey({ columns: [t.municipalityId, t.previousGoalId], foreignColumns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.planId], foreignColumns: [plans.municipalityId, plans.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.municipalityId, t.focusAreaId], foreignColumns: [focusAreas.municipalityId, focusAreas.id] }).onDelete(
      'cascade',
    ),
    foreignKey({ columns: [t.municipalityId, t.indicatorId], foreignColumns: [indicators.municipalityId, indicators.id] }),
  ],
);

export const targetKind = pgEnum('target_kind', ['range', 'at_most', 'at_least', 'exact']);
export const targetLevel = pgEnum('target_level', ['unit', 'city']);
export const baselineKind = pgEnum('baseline_kind', ['fixed', 'from_data']);

/** A target (målvärde) of a goal, optionally for one professional group. Direction comes from the kind. */
export const targets = pgTable(
  'targets',
  {
    id: id(),
    municipalityId: municipalityId(),
    goalId: uuid('goal_id').notNull(),
    professionalGroupId: uuid('professional_group_id'),
    kind: targetKind('kind').notNull(),
    level: targetLevel('level').notNull(),
    value: decimal('value'),
    min: decimal('min'),
    max: decimal('max'),
    deadlinePeriodId: uuid('deadline_period_id').references(() => periods.id),
    baselineKind: baselineKind('baseline_kind'),
    baselineValue: decimal('baseline_value'),
    baselinePeriodId: uuid('baseline_period_id').references(() => periods.id),
    baselineSource: text('baseline_source'),
    baselineNote: text('baseline_note'),
    /** Absolute tolerance; null means the default, 10 % of the bound's value. */
    tolerance: decimal('tolerance'),
    previousTargetId: uuid('previous_target_id'),
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('targets_tenant_key').on(t.municipalityId, t.id),
    foreignKey({ columns: [t.municipalityId, t.previousTargetId], foreignColumns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.goalId], foreignColumns: [goals.municipalityId, goals.id] }).onDelete('cascade'),
    foreignKey({
      columns: [t.municipalityId, t.professionalGroupId],
      foreignColumns: [professionalGroups.municipalityId, professionalGroups.id],
    }),
    check(
      'targets_bounds_match_kind',
      sql`(${t.kind} = 'range' AND ${t.min} IS NOT NULL AND ${t.max} IS NOT NULL AND ${t.min} <= ${t.max} AND ${t.value} IS NULL)
        OR (${t.kind} <> 'range' AND ${t.value} IS NOT NULL AND ${t.min} IS NULL AND ${t.max} IS NULL)`,
    ),
    check(
      'targets_baseline_complete',
      sql`${t.baselineKind} IS NULL
        OR (${t.baselineKind} = 'fixed' AND ${t.baselineValue} IS NOT NULL)
        OR (${t.baselineKind} = 'from_data' AND ${t.baselinePeriodId} IS NOT NULL)`,
    ),
    check('targets_tolerance_non_negative', sql`${t.tolerance} IS NULL OR ${t.tolerance} >= 0`),
  ],
);

/** An interim target (delmål) due at a period. For a range target one number bounds the baseline's side. */
export const targetMilestones = pgTable(
  'target_milestones',
  {
    id: id(),
    municipalityId: municipalityId(),
    targetId: uuid('target_id').notNull(),
    periodId: uuid('period_id')
      .notNull()
      .references(() => periods.id),
    value: decimal('value').notNull(),
  },
  (t) => [
    unique('target_milestones_period_key').on(t.targetId, t.periodId),
    foreignKey({ columns: [t.municipalityId, t.targetId], foreignColumns: [targets.municipalityId, targets.id] }).onDelete('cascade'),
  ],
);

/** A figure drawn as a reference line (e.g. the city's official 2021 turnover), possibly with another definition. */
export const targetReferenceValues = pgTable(
  'target_reference_values',
  {
    id: id(),
    municipalityId: municipalityId(),
    targetId: uuid('target_id').notNull(),
    label: text('label').notNull(),
    value: decimal('value').notNull(),
    periodId: uuid('period_id').references(() => periods.id),
    source: text('source'),
  },
  (t) => [
    foreignKey({ columns: [t.municipalityId, t.targetId], foreignColumns: [targets.municipalityId, targets.id] }).onDelete('cascade'),
  ],
);
