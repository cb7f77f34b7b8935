import { and, eq, sql } from 'drizzle-orm';
import { plans, type Database } from '@planpuls/db';

/** The version that revises the plan, if any. */
export async function revisionOf(
  db: Database,
  municipalityId: string,
  planId: string,
): Promise<{ id: string; code: string; version: number } | undefined> {
  const [row] = await db
    .select({ id: plans.id, code: plans.code, version: plans.version })
    .from(plans)
    .where(and(eq(plans.municipalityId, municipalityId), eq(plans.previousVersionId, planId)));
  return row;
}

/**
 * Copies the content of one plan version into another: focus areas by code, goals with a link to the goal they
 * copy, targets with a link to the target they copy, and the targets' milestones and reference values. The
 * indicators stay the same, so figures, progress and trends read the same data in both versions.
 */
export async function copyPlanContent(db: Database, municipalityId: string, fromPlanId: string, toPlanId: string): Promise<void> {
  await db.execute(sql`
    INSERT INTO focus_areas (municipality_id, plan_id, code, name, position)
    SELECT municipality_id, ${toPlanId}, code, name, position FROM focus_areas
    WHERE municipality_id = ${municipalityId} AND plan_id = ${fromPlanId}`);
  await db.execute(sql`
    INSERT INTO goals (municipality_id, plan_id, focus_area_id, code, name, indicator_id, owner, data_source, frequency, previous_goal_id, position)
    SELECT g.municipality_id, ${toPlanId}, copy.id, g.code, g.name, g.indicator_id, g.owner, g.data_source, g.frequency, g.id, g.position
    FROM goals g
    JOIN focus_areas area ON area.id = g.focus_area_id
    JOIN focus_areas copy ON copy.plan_id = ${toPlanId} AND copy.code = area.code
    WHERE g.municipality_id = ${municipalityId} AND g.plan_id = ${fromPlanId}`);
  await db.execute(sql`
    INSERT INTO targets (municipality_id, goal_id, professional_group_id, kind, level, value, min, max, deadline_period_id, baseline_kind,
      baseline_value, baseline_period_id, baseline_source, baseline_note, tolerance, previous_target_id, position)
    SELECT t.municipality_id, copy.id, t.professional_group_id, t.kind, t.level, t.value, t.min, t.max, t.deadline_period_id, t.baseline_kind,
      t.baseline_value, t.baseline_period_id, t.baseline_source, t.baseline_note, t.tolerance, t.id, t.position
    FROM targets t
    JOIN goals copy ON copy.previous_goal_id = t.goal_id AND copy.plan_id = ${toPlanId}
    WHERE t.municipality_id = ${municipalityId}`);
  await db.execute(sql`
    INSERT INTO target_milestones (municipality_id, target_id, period_id, value)
    SELECT m.municipality_id, copy.id, m.period_id, m.value
    FROM target_milestones m
    JOIN targets copy ON copy.previous_target_id = m.target_id
    JOIN goals g ON g.id = copy.goal_id AND g.plan_id = ${toPlanId}
    WHERE m.municipality_id = ${municipalityId}`);
  await db.execute(sql`
    INSERT INTO target_reference_values (municipality_id, target_id, label, value, period_id, source)
    SELECT r.municipality_id, copy.id, r.label, r.value, r.period_id, r.source
    FROM target_reference_values r
    JOIN targets copy ON copy.previous_target_id = r.target_id
    JOIN goals g ON g.id = copy.goal_id AND g.plan_id = ${toPlanId}
    WHERE r.municipality_id = ${municipalityId}`);
}
