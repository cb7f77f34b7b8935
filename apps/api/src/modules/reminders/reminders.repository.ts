import { sql } from 'drizzle-orm';
import type { Database } from '@planpuls/db';
import type { ReminderStep } from '@planpuls/domain';

export interface ReminderCandidate {
  municipalityId: string;
  cycleId: string;
  unitId: string;
  unitCode: string;
  unitName: string;
  planName: string;
  periodCode: string;
  opensOn: string;
  dueOn: string;
  remindDaysBefore: number;
  state: 'open' | 'submitted' | 'approved' | 'returned';
  dispatched: ReminderStep[];
}

/**
 * Unit reports of every municipality that may still need a reminder: their cycle has opened by `today`,
 * its review is not closed, the report is not in, and the overdue reminder has not gone out yet.
 */
export async function listReminderCandidates(db: Database, today: string): Promise<ReminderCandidate[]> {
  const result = await db.execute<Omit<ReminderCandidate, 'dispatched'> & { dispatched: ReminderStep[] | string }>(sql`
    SELECT c.municipality_id AS "municipalityId", c.id AS "cycleId", r.unit_id AS "unitId", u.code AS "unitCode",
           u.name AS "unitName", p.name AS "planName", pe.code AS "periodCode", c.opens_on::text AS "opensOn",
           c.due_on::text AS "dueOn", c.remind_days_before AS "remindDaysBefore", r.state::text AS state,
           coalesce((SELECT array_agg(d.step::text) FROM reminder_dispatches d WHERE d.cycle_id = c.id AND d.unit_id = r.unit_id), '{}') AS dispatched
    FROM unit_reports r
    JOIN reporting_cycles c ON c.id = r.cycle_id
    JOIN plans p ON p.id = c.plan_id
    JOIN periods pe ON pe.id = c.period_id
    JOIN units u ON u.id = r.unit_id
    WHERE c.opens_on <= ${today}::date
      AND c.review_closed_at IS NULL
      AND r.state IN ('open', 'returned')
      AND NOT EXISTS (SELECT 1 FROM reminder_dispatches d WHERE d.cycle_id = c.id AND d.unit_id = r.unit_id AND d.step = 'overdue')
    ORDER BY c.due_on, c.id, u.code`);
  return result.rows.map((row) => ({ ...row, remindDaysBefore: Number(row.remindDaysBefore), dispatched: parseArray(row.dispatched) }));
}

/** node-postgres returns arrays of enum-cast text as arrays, but stay safe if a driver gives `{a,b}`. */
function parseArray(value: ReminderStep[] | string): ReminderStep[] {
  if (Array.isArray(value)) return value;
  return value.replace(/[{}]/g, '').split(',').filter(Boolean) as ReminderStep[];
}

/**
 * Claims a step for a cycle and unit: true only for the one caller whose row went in. A concurrent claimer
 * waits on the uncommitted row and then gets false, so a step is never sent twice.
 */
export async function claimStep(
  db: Database,
  municipalityId: string,
  cycleId: string,
  unitId: string,
  step: ReminderStep,
  at: Date,
): Promise<boolean> {
  const result = await db.execute(sql`
    INSERT INTO reminder_dispatches (municipality_id, cycle_id, unit_id, step, dispatched_at)
    VALUES (${municipalityId}, ${cycleId}, ${unitId}, ${step}, ${at.toISOString()})
    ON CONFLICT DO NOTHING
    RETURNING step`);
  return result.rows.length === 1;
}
