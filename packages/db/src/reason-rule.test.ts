import { addDays, reasonNeeded, type ReportStanding } from '@planpuls/domain';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { pgErrorCode, useTestDatabase } from './testing';

/**
 * The rule "does this change need a reason" lives in the domain (`reasonNeeded`, which the API and the web use)
 * and in PostgreSQL (`report_write_rules_apply`, which every write path goes through). Both must answer alike
 * for every standing of a report: its state, a closed review, and its deadline in force before, on or after
 * Stockholm's today, with the late rule applying (values) or not (explanations).
 */
describe('the reason rule of the domain and of PostgreSQL', () => {
  const t = useTestDatabase('demo');
  const STATES = ['open', 'returned', 'submitted', 'approved'] as const;
  const UNITS = ['FARSTA', 'BROMMA', 'SODERMALM', 'SPANGA_TENSTA'] as const;
  const reports: Array<{ id: string; standing: ReportStanding }> = [];
  let today = '';

  beforeAll(async () => {
    // Stockholm's today as PostgreSQL takes it, so the deadlines sit on both sides of it whatever the clock says.
    const clock = await t.owner.execute<{ today: string }>(sql`SELECT ((now() AT TIME ZONE 'Europe/Stockholm')::date)::text AS today`);
    today = clock.rows[0]!.today;
    const periods = ['2041-T1', '2041-T2', '2041-T3', '2042-T1', '2042-T2', '2042-T3'];
    for (const reviewClosed of [false, true]) {
      for (const dueOn of [addDays(today, -1), today, addDays(today, 1)]) {
        const cycle = await t.owner.execute<{ id: string }>(sql`
          INSERT INTO reporting_cycles (municipality_id, plan_id, period_id, opens_on, deadline, due_on, review_closed_at)
          SELECT p.municipality_id, p.id, pe.id, ${addDays(dueOn, -20)}, ${dueOn}, ${dueOn}, ${reviewClosed ? sql`now()` : null}
          FROM plans p, periods pe WHERE p.code = 'HP-2024' AND pe.code = ${periods.shift()!}
          RETURNING id`);
        const cycleId = cycle.rows[0]!.id;
        for (const [i, state] of STATES.entries()) {
          const report = await t.owner.execute<{ id: string }>(sql`
            INSERT INTO unit_reports (municipality_id, cycle_id, unit_id, state, return_comment)
            SELECT municipality_id, ${cycleId}, id, ${state}, ${state === 'returned' ? 'Komplettera' : null} FROM units WHERE code = ${UNITS[i]!}
            RETURNING id`);
          reports.push({ id: report.rows[0]!.id, standing: { state, reviewClosed, dueOn } });
        }
      }
    }
  });

  /** What PostgreSQL says of a change without a reason to these reports: PPR01 (a reason is needed) or nothing. */
  const sqlSays = async (ids: readonly string[], lateApplies: boolean): Promise<'reason' | 'none'> => {
    const rolledBack = new Error('rolled back');
    const code = await pgErrorCode(
      t.owner.transaction(async (tx) => {
        await tx.execute(sql`SELECT set_config('planpuls.actor_type', 'system', true), set_config('planpuls.reason', '', true)`);
        await tx.execute(sql`SELECT report_write_rules_apply(${`{${ids.join(',')}}`}::uuid[], ${lateApplies})`);
        throw rolledBack;
      }),
    );
    if (code !== undefined && code !== 'PPR01') throw new Error(`unexpected ${code}`);
    return code === 'PPR01' ? 'reason' : 'none';
  };
  const domainSays = (standings: readonly ReportStanding[], lateApplies: boolean) =>
    reasonNeeded(standings, today, { lateApplies }) ? 'reason' : 'none';

  it('agree on every single report: four states, review open or closed, deadline yesterday, today or tomorrow, late rule or not', async () => {
    expect(reports).toHaveLength(24);
    const answers: string[] = [];
    for (const { id, standing } of reports) {
      for (const lateApplies of [true, false]) {
        const expected = domainSays([standing], lateApplies);
        expect(await sqlSays([id], lateApplies), `${JSON.stringify(standing)} late rule ${lateApplies}`).toBe(expected);
        answers.push(expected);
      }
    }
    // Both answers occur, often: agreeing on one answer only would prove nothing.
    expect(answers.filter((a) => a === 'reason').length).toBeGreaterThan(10);
    expect(answers.filter((a) => a === 'none').length).toBeGreaterThan(5);
  });

  it('agree on a change touching two reports: one that needs a reason decides', async () => {
    const free = reports.filter(({ standing }) => domainSays([standing], true) === 'none');
    const bound = reports.filter(({ standing }) => domainSays([standing], true) === 'reason');
    for (const pair of [
      [free[0]!, free[1]!],
      [free[0]!, bound[0]!],
      [bound.at(-1)!, free.at(-1)!],
    ]) {
      for (const lateApplies of [true, false]) {
        expect(
          await sqlSays(
            pair.map((r) => r.id),
            lateApplies,
          ),
        ).toBe(
          domainSays(
            pair.map((r) => r.standing),
            lateApplies,
          ),
        );
      }
    }
  });
});
