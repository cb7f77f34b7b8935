import { sql } from 'drizzle-orm';
import type { Database } from '@planpuls/db';
import type { PeriodKind } from '@planpuls/domain';

export interface CycleOfExport {
  id: string;
  planCode: string;
  periodCode: string;
  periodKind: PeriodKind;
  /** The data set: the elements its units report. */
  elementCodes: string[];
}

/** A reporting cycle of the municipality with its period and data set; undefined when there is none. */
export async function findCycle(db: Database, municipalityId: string, cycleId: string): Promise<CycleOfExport | undefined> {
  const result = await db.execute<{
    id: string;
    plan_code: string;
    period_code: string;
    period_kind: PeriodKind;
    element_codes: string[] | null;
  }>(sql`
    SELECT c.id, pl.code AS plan_code, p.code AS period_code, p.kind AS period_kind,
      (SELECT array_agg(e.code ORDER BY e.code) FROM reporting_cycle_elements ce JOIN data_elements e ON e.id = ce.data_element_id WHERE ce.cycle_id = c.id) AS element_codes
    FROM reporting_cycles c
    JOIN periods p ON p.id = c.period_id
    JOIN plans pl ON pl.id = c.plan_id
    WHERE c.municipality_id = ${municipalityId}::uuid AND c.id = ${cycleId}::uuid`);
  const row = result.rows[0];
  return (
    row && {
      id: row.id,
      planCode: row.plan_code,
      periodCode: row.period_code,
      periodKind: row.period_kind,
      elementCodes: row.element_codes ?? [],
    }
  );
}

/**
 * The data elements a plan's figures are computed from: numerators and denominators of the formulas in force
 * of its goals' indicators, in the latest version of the plan with that code. Undefined when there is none.
 */
export async function planElementCodes(db: Database, municipalityId: string, planCode: string): Promise<string[] | undefined> {
  const result = await db.execute<{ found: boolean; codes: string[] | null }>(sql`
    WITH plan AS (SELECT id FROM plans WHERE municipality_id = ${municipalityId}::uuid AND code = ${planCode} ORDER BY version DESC LIMIT 1),
    formulas AS (
      SELECT f.id, f.denominator_element_id
      FROM goals g
      JOIN indicators i ON i.id = g.indicator_id
      JOIN indicator_formulas f ON f.indicator_id = i.id AND f.version = i.current_formula_version
      WHERE g.plan_id IN (SELECT id FROM plan)
    ),
    elements AS (
      SELECT n.data_element_id AS id FROM indicator_formula_numerators n WHERE n.formula_id IN (SELECT id FROM formulas)
      UNION SELECT denominator_element_id FROM formulas WHERE denominator_element_id IS NOT NULL
    )
    SELECT EXISTS (SELECT 1 FROM plan) AS found, (SELECT array_agg(e.code ORDER BY e.code) FROM data_elements e WHERE e.id IN (SELECT id FROM elements)) AS codes`);
  const row = result.rows[0];
  return row?.found ? (row.codes ?? []) : undefined;
}
