import { sql } from 'drizzle-orm';
import { addDays, todayInStockholm } from '@planpuls/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app';

describe('the overdue list', () => {
  const t = useTestApp('demo');
  const today = todayInStockholm(new Date());
  const cycles: string[] = [];

  async function createCycle(
    period: string,
    dueOn: string,
    reports: Record<string, 'open' | 'returned' | 'submitted' | 'approved'>,
  ): Promise<string> {
    const cycle = await t.database.owner.execute<{ id: string }>(sql`
      INSERT INTO reporting_cycles (municipality_id, plan_id, period_id, opens_on, deadline, due_on)
      SELECT p.municipality_id, p.id, pe.id, ${addDays(dueOn, -20)}, ${dueOn}, ${dueOn}
      FROM plans p, periods pe WHERE p.code = 'HP-2024' AND pe.code = ${period}
      RETURNING id`);
    const id = cycle.rows[0]!.id;
    for (const [unit, state] of Object.entries(reports)) {
      await t.database.owner.execute(sql`
        INSERT INTO unit_reports (municipality_id, cycle_id, unit_id, state, return_comment)
        SELECT municipality_id, ${id}, id, ${state}, ${state === 'returned' ? 'Komplettera' : null} FROM units WHERE code = ${unit}`);
    }
    cycles.push(id);
    return id;
  }

  beforeAll(async () => {
    await createCycle('2040-T1', addDays(today, -10), {
      FARSTA: 'open',
      SPANGA_TENSTA: 'returned',
      BROMMA: 'submitted',
      SODERMALM: 'approved',
    });
    await createCycle('2040-T2', addDays(today, -1), { FARSTA: 'open' });
    await createCycle('2040-T3', today, { FARSTA: 'open', SPANGA_TENSTA: 'open' });
  });

  const overdueAs = async (email?: string) => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/overdue-reports',
      headers: email ? { cookie: await t.loginAs(email) } : {},
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.today).toBe(today);
    return (body.items as Array<{ cycleId: string; unit: { code: string }; period: { code: string }; daysOverdue: number; state: string }>)
      .filter((item) => cycles.includes(item.cycleId))
      .map((item) => `${item.period.code} ${item.unit.code} ${item.state} ${item.daysOverdue}`);
  };

  it('shows the steering group every unit past its deadline and not submitted, most overdue first', async () => {
    expect(await overdueAs('styrgrupp@planpuls.test')).toEqual([
      '2040-T1 FARSTA open 10',
      '2040-T1 SPANGA_TENSTA returned 10',
      '2040-T2 FARSTA open 1',
    ]);
  });

  it('shows HR and local unions only their own units', async () => {
    expect(await overdueAs('hr.farsta@planpuls.test')).toEqual(['2040-T1 FARSTA open 10', '2040-T2 FARSTA open 1']);
    expect(await overdueAs('hr.spanga@planpuls.test')).toEqual(['2040-T1 SPANGA_TENSTA returned 10']);
    expect(await overdueAs('vision.farsta@planpuls.test')).toEqual(['2040-T1 FARSTA open 10', '2040-T2 FARSTA open 1']);
  });

  it('names the plan, the period and the deadline in force', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/overdue-reports' });
    const item = response.json().items.find((entry: { cycleId: string }) => entry.cycleId === cycles[1]);
    expect(item).toMatchObject({
      plan: { code: 'HP-2024' },
      period: { code: '2040-T2' },
      unit: { code: 'FARSTA' },
      dueOn: addDays(today, -1),
      daysOverdue: 1,
    });
  });
});
