import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { municipalities } from '../schema';
import { useTestDatabase } from '../testing';
import { stockholmDemo } from './demo-data';
import { dueOn } from '@planpuls/domain';
import { demoReportingCycles } from './demo-cycles';
import { generateSyntheticValues } from './synthetic-values';

type CycleRow = {
  plan: string;
  period: string;
  kind: string;
  opens_on: string;
  deadline: string;
  due_on: string;
  elements: number;
};

describe('the demo reporting cycles', () => {
  const t = useTestDatabase('demo');

  const cycles = async () => {
    const [stockholm] = await t.owner.select().from(municipalities).where(eq(municipalities.code, 'STOCKHOLM'));
    const result = await t.owner.execute<CycleRow>(sql`
      SELECT pl.code AS plan, p.code AS period, p.kind::text AS kind, c.opens_on::text, c.deadline::text, c.due_on::text,
        (SELECT count(*)::int FROM reporting_cycle_elements e WHERE e.cycle_id = c.id) AS elements
      FROM reporting_cycles c JOIN periods p ON p.id = c.period_id JOIN plans pl ON pl.id = c.plan_id
      WHERE c.municipality_id = ${stockholm!.id} ORDER BY p.end_date, p.kind`);
    return result.rows;
  };
  const reports = async (period: string) =>
    (
      await t.owner.execute<{ unit: string; state: string; submitted_by: string | null; approved_by: string | null }>(sql`
        SELECT u.code AS unit, r.state::text AS state, sb.email AS submitted_by, ab.email AS approved_by
        FROM unit_reports r JOIN reporting_cycles c ON c.id = r.cycle_id JOIN periods p ON p.id = c.period_id
        JOIN units u ON u.id = r.unit_id LEFT JOIN users sb ON sb.id = r.submitted_by LEFT JOIN users ab ON ab.id = r.approved_by
        WHERE p.code = ${period} ORDER BY u.code`)
    ).rows;

  it('has one cycle per tertial with values, 2022-T1 … 2025-T3, under the plan in force, and one per survey year', async () => {
    const rows = await cycles();
    const tertials = rows.filter((row) => row.kind === 'tertial');
    expect(tertials.map((row) => row.period)).toEqual([2022, 2023, 2024, 2025].flatMap((year) => [1, 2, 3].map((n) => `${year}-T${n}`)));
    expect(tertials.filter((row) => row.plan === 'HP-2016').map((row) => row.period)).toEqual([
      '2022-T1',
      '2022-T2',
      '2022-T3',
      '2023-T1',
      '2023-T2',
      '2023-T3',
    ]);
    expect(rows.filter((row) => row.kind === 'year').map((row) => row.period)).toEqual(['2022', '2023', '2024']);
  });

  it('gives each cycle the data set of its values: the tertial elements, or the survey elements of the year', async () => {
    const rows = await cycles();
    // 16 elements are reported per tertial and 6 per year (the survey and experience) in the demo data.
    for (const row of rows) expect(row.elements, row.period).toBe(row.kind === 'tertial' ? 16 : 6);
  });

  it('opens the day after the period, is due 15 days later, moved off a weekend or holiday to the next working day', async () => {
    for (const row of (await cycles()).filter((row) => row.period !== '2025-T3')) {
      expect(row.due_on).toBe(dueOn(row.deadline));
      expect(new Date(`${row.due_on}T00:00:00Z`).getUTCDay()).not.toBe(0);
      expect(new Date(`${row.due_on}T00:00:00Z`).getUTCDay()).not.toBe(6);
      expect(row.opens_on < row.deadline).toBe(true);
    }
    const t2 = (await cycles()).find((row) => row.period === '2025-T2')!;
    // 2025-09-15 is a Monday.
    expect(t2).toMatchObject({ opens_on: '2025-09-01', deadline: '2025-09-15', due_on: '2025-09-15' });
    const t1 = (await cycles()).find((row) => row.period === '2023-T1')!;
    // 2023-05-15 is a Monday as well; 2022-01-15 (the deadline of 2021-T3) would have been a Saturday.
    expect(t1.due_on).toBe('2023-05-15');
    expect(dueOn('2022-01-15')).toBe('2022-01-17');
    expect(dueOn('2022-01-16')).toBe('2022-01-17');
  });

  it('makes the latest cycle due at least two weeks after the day the demo is seeded, and never before its calendar deadline', async () => {
    const latest = (await cycles()).find((row) => row.period === '2025-T3')!;
    expect(latest.opens_on).toBe('2026-01-01');
    const inTwoWeeks = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    expect(latest.deadline >= '2026-01-15' && latest.deadline >= inTwoWeeks).toBe(true);
    expect(latest.due_on).toBe(dueOn(latest.deadline));

    const values = generateSyntheticValues();
    const seededEarly = demoReportingCycles(stockholmDemo, values, '2025-12-20').find((cycle) => cycle.period === '2025-T3')!;
    expect(seededEarly).toMatchObject({ deadline: '2026-01-15', dueOn: '2026-01-15' });
    // Seeded on Wednesday 2026-11-04: two weeks ahead is Wednesday the 18th.
    expect(demoReportingCycles(stockholmDemo, values, '2026-11-04').find((cycle) => cycle.period === '2025-T3')).toMatchObject({
      deadline: '2026-11-18',
      dueOn: '2026-11-18',
    });
    // Seeded on Saturday 2026-11-07: two weeks ahead is Saturday the 21st, due the Monday after.
    expect(demoReportingCycles(stockholmDemo, values, '2026-11-07').find((cycle) => cycle.period === '2025-T3')).toMatchObject({
      deadline: '2026-11-21',
      dueOn: '2026-11-23',
    });
    // Seeded on 2026-12-10: two weeks ahead is julafton, and Christmas follows; due the next working day, as the API says.
    expect(demoReportingCycles(stockholmDemo, values, '2026-12-10').find((cycle) => cycle.period === '2025-T3')).toMatchObject({
      deadline: '2026-12-24',
      dueOn: '2026-12-28',
    });
  });

  it('has every unit approved by the steering group in every earlier cycle', async () => {
    for (const period of ['2022-T1', '2024-T3', '2025-T2', '2024']) {
      const rows = await reports(period);
      expect(rows).toHaveLength(15);
      expect(
        rows.every((row) => row.state === 'approved' && row.approved_by === 'styrgrupp@planpuls.test'),
        period,
      ).toBe(true);
      expect(rows.find((row) => row.unit === 'FARSTA')!.submitted_by).toBe('hr.farsta@planpuls.test');
    }
  });

  it('leaves Farsta (and two more) open in 2025-T3, the others submitted and waiting for approval', async () => {
    const rows = await reports('2025-T3');
    expect(rows.filter((row) => row.state === 'open').map((row) => row.unit)).toEqual(['FARSTA', 'RINKEBY_KISTA', 'SPANGA_TENSTA']);
    expect(rows.filter((row) => row.state === 'submitted')).toHaveLength(12);
    expect(rows.every((row) => row.approved_by === null)).toBe(true);
  });
});
