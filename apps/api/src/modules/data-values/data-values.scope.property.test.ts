import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app';

const UNITS = ['BROMMA', 'FARSTA', 'NORRMALM', 'RINKEBY_KISTA', 'SPANGA_TENSTA', 'OSTERMALM'] as const;
const PERIODS = ['2025-T1', '2025-T2'] as const;
const STATES = ['open', 'returned', 'submitted', 'approved', null] as const;
const RUNS = Number(process.env.FC_DB_RUNS ?? 15);

describe('HR and other units’ unsubmitted values (property)', () => {
  const t = useTestApp('demo');
  let cookie: string;
  /** Unit code → how many values of average_headcount for 2025-T2 the database holds (one per group). */
  const stored = new Map<string, number>();
  const storedOf = (units: readonly string[]) => units.reduce((sum, unit) => sum + (stored.get(unit) ?? 0), 0);

  beforeAll(async () => {
    // The demo has a reporting cycle of HP-2024 for each period; the property writes their unit reports.
    const cycles = await t.database.owner.execute(sql`
      SELECT count(*)::int AS count FROM reporting_cycles c JOIN periods p ON p.id = c.period_id JOIN plans pl ON pl.id = c.plan_id
      WHERE pl.code = 'HP-2024' AND p.code IN ('2025-T1', '2025-T2')`);
    expect(cycles.rows[0]).toEqual({ count: PERIODS.length });
    const counts = await t.database.owner.execute<{ unit: string; count: number }>(sql`
      SELECT u.code AS unit, count(*)::int AS count
      FROM data_values v JOIN units u ON u.id = v.unit_id JOIN data_elements e ON e.id = v.data_element_id JOIN periods p ON p.id = v.period_id
      WHERE e.code = 'average_headcount' AND p.code = '2025-T2' GROUP BY u.code`);
    for (const row of counts.rows) stored.set(row.unit, row.count);
    // Every unit of the property has values to read: otherwise an empty answer would be right.
    for (const unit of UNITS) expect(stored.get(unit), unit).toBeGreaterThan(0);
    cookie = await t.loginAs('hr.farsta@planpuls.test');
  });

  it('whatever the units granted and the reporting states, HR never reads or writes another unit’s unsubmitted values', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.subarray([...UNITS], { minLength: 1, maxLength: 3 }),
        fc.array(fc.constantFrom(...STATES), { minLength: UNITS.length * PERIODS.length, maxLength: UNITS.length * PERIODS.length }),
        fc.constantFrom(...UNITS),
        async (granted, states, target) => {
          const db = t.database.owner;
          await db.execute(
            sql`DELETE FROM user_role_units WHERE user_role_id IN (SELECT r.id FROM user_roles r JOIN users u ON u.id = r.user_id WHERE u.email = 'hr.farsta@planpuls.test')`,
          );
          await db.execute(sql`
            INSERT INTO user_role_units (municipality_id, user_role_id, unit_id)
            SELECT r.municipality_id, r.id, un.id FROM user_roles r JOIN users u ON u.id = r.user_id JOIN units un ON un.code IN (${sql.join(
              granted.map((code) => sql`${code}`),
              sql`, `,
            )})
            WHERE u.email = 'hr.farsta@planpuls.test' AND r.role = 'hr'`);
          await db.execute(sql`DELETE FROM unit_reports`);
          for (const [i, state] of states.entries()) {
            if (!state) continue;
            const unit = UNITS[i % UNITS.length]!;
            const period = PERIODS[Math.floor(i / UNITS.length)]!;
            await db.execute(sql`
              INSERT INTO unit_reports (municipality_id, cycle_id, unit_id, state, return_comment)
              SELECT c.municipality_id, c.id, u.id, ${state}::unit_report_state, ${state === 'returned' ? 'Komplettera' : null}
              FROM reporting_cycles c JOIN periods p ON p.id = c.period_id, units u WHERE p.code = ${period} AND u.code = ${unit}`);
          }

          const read = await t.app.inject({
            method: 'GET',
            url: '/api/v1/data-values?pageSize=1000&dataElement=average_headcount&period=2025-T2',
            headers: { cookie },
          });
          expect(read.statusCode).toBe(200);
          const items = read.json().items as Array<{ unit: string; state: string }>;
          for (const item of items) {
            expect(granted.includes(item.unit as (typeof UNITS)[number]) || item.state === 'submitted' || item.state === 'approved').toBe(
              true,
            );
          }
          // HR reads every value of its own units, whatever their state: an answer leaving them out (or empty) fails.
          const own = items.filter((item) => granted.includes(item.unit as (typeof UNITS)[number]));
          expect(own.length).toBeGreaterThan(0);
          expect(own.length).toBe(storedOf(granted));

          const write = await t.app.inject({
            method: 'PUT',
            url: `/api/v1/data-values/student_placements/${target}/2026-T1`,
            headers: { cookie },
            payload: { value: 1 },
          });
          if (granted.includes(target)) expect([200, 201, 428]).toContain(write.statusCode);
          else expect(write.json().error.code).toBe('data_values.unit_forbidden');
        },
      ),
      { numRuns: RUNS },
    );
    // Each run changes the grants and every report, so each read decides the rolling windows since 2022 afresh.
  }, 180_000);
});
