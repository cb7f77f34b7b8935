import { sql } from 'drizzle-orm';
import type { Database } from '@planpuls/db';
import type { OverdueReport } from '@planpuls/contracts';
import { daysBetween, type UnitScope } from '@planpuls/domain';

/** Unit reports past their deadline in force (`due_on` before `today`) and neither submitted nor approved. */
export async function listOverdueReports(db: Database, municipalityId: string, today: string, scope: UnitScope): Promise<OverdueReport[]> {
  if (!scope.all && scope.units.size === 0) return [];
  const inScope = scope.all
    ? sql`TRUE`
    : sql`u.code IN (${sql.join(
        [...scope.units].map((code) => sql`${code}`),
        sql`, `,
      )})`;
  const result = await db.execute<{
    cycle_id: string;
    unit_report_id: string;
    plan_id: string;
    plan_code: string;
    plan_name: string;
    period_id: string;
    period_code: string;
    unit_id: string;
    unit_code: string;
    unit_name: string;
    state: 'open' | 'returned';
    due_on: string;
  }>(sql`
    SELECT c.id AS cycle_id, r.id AS unit_report_id, p.id AS plan_id, p.code AS plan_code, p.name AS plan_name,
           pe.id AS period_id, pe.code AS period_code, u.id AS unit_id, u.code AS unit_code, u.name AS unit_name,
           r.state::text AS state, c.due_on::text AS due_on
    FROM unit_reports r
    JOIN reporting_cycles c ON c.id = r.cycle_id
    JOIN plans p ON p.id = c.plan_id
    JOIN periods pe ON pe.id = c.period_id
    JOIN units u ON u.id = r.unit_id
    WHERE r.municipality_id = ${municipalityId}
      AND r.state IN ('open', 'returned')
      AND c.due_on < ${today}::date
      AND ${inScope}
    ORDER BY c.due_on, p.code, pe.code, u.code`);
  return result.rows.map((row) => ({
    cycleId: row.cycle_id,
    unitReportId: row.unit_report_id,
    plan: { id: row.plan_id, code: row.plan_code, name: row.plan_name },
    period: { id: row.period_id, code: row.period_code },
    unit: { id: row.unit_id, code: row.unit_code, name: row.unit_name },
    state: row.state,
    dueOn: row.due_on,
    daysOverdue: daysBetween(row.due_on, today),
  }));
}
