import { sql } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app';

interface Figure {
  value: number | null;
  outcome: string;
  suppressed: boolean;
}
interface Values {
  municipality: Figure & { completeness: { reported: number; expected: number; missingUnits: string[] } };
  units: Array<Figure & { unit: string }>;
}

const VIEWER = 'lasare@planpuls.test';
const STEERING = 'styrgrupp@planpuls.test';

describe('viewers read approved figures only', () => {
  const t = useTestApp('demo');
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    for (const email of [VIEWER, STEERING, 'hr.farsta@planpuls.test', 'ssr.central@planpuls.test']) cookies[email] = await t.loginAs(email);
  });

  const values = async (email: string, indicator: string, period: string, group = 'SOC'): Promise<Values> => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/v1/indicators/${indicator}/values?period=${period}&group=${group}`,
      headers: { cookie: cookies[email]! },
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const unit = (body: Values, code: string) => body.units.find((u) => u.unit === code)!;

  /** Sets the state of unit reports of a period, as the reporting-cycle API would (owner connection: no API needed). */
  const setReports = async (
    period: string,
    units: readonly string[] | 'all',
    state: 'open' | 'submitted' | 'approved',
    changedAfterApproval = false,
  ) => {
    await t.database.owner.execute(sql`
      UPDATE unit_reports r SET state = ${state}::unit_report_state, changed_after_approval = ${changedAfterApproval}
      FROM reporting_cycles c, periods p, units u
      WHERE c.id = r.cycle_id AND p.id = c.period_id AND u.id = r.unit_id AND p.code = ${period}
        AND ${
          units === 'all'
            ? sql`true`
            : sql`u.code IN (${sql.join(
                units.map((code) => sql`${code}`),
                sql`, `,
              )})`
        }`);
  };
  const LATEST_OPEN = ['FARSTA', 'SPANGA_TENSTA', 'RINKEBY_KISTA'];
  beforeEach(async () => {
    // The seeded state: every earlier report approved; 2025-T3 open for three units, submitted for the rest.
    await setReports('2025-T3', 'all', 'submitted');
    await setReports('2025-T3', LATEST_OPEN, 'open');
    for (const period of ['2024-T3', '2025-T2', '2024']) await setReports(period, 'all', 'approved');
  });

  it('shows a viewer nothing of a period no unit has had approved, while the steering group sees every unit', async () => {
    // The steering group first, at the same revision: the viewer must not be served its cached figures.
    const steering = await values(STEERING, 'cases_per_caseworker', '2025-T3');
    const viewer = await values(VIEWER, 'cases_per_caseworker', '2025-T3');
    expect(steering.units.every((u) => u.value !== null)).toBe(true);
    expect(steering.municipality.completeness).toMatchObject({ reported: 15, expected: 15 });
    expect(viewer.units.every((u) => u.value === null && u.outcome === 'no_data')).toBe(true);
    expect(viewer.municipality).toMatchObject({ value: null, outcome: 'no_data', completeness: { reported: 0, expected: 15 } });
  });

  it('shows a unit to a viewer once its report is approved, and rolls up the city from approved units only, saying how many', async () => {
    await setReports('2025-T3', 'all', 'approved');
    await setReports('2025-T3', ['FARSTA', 'SPANGA_TENSTA'], 'submitted');
    const steering = await values(STEERING, 'cases_per_caseworker', '2025-T3');
    const viewer = await values(VIEWER, 'cases_per_caseworker', '2025-T3');

    expect(unit(viewer, 'FARSTA').value).toBeNull();
    expect(unit(viewer, 'BROMMA')).toMatchObject({ value: unit(steering, 'BROMMA').value, suppressed: false });
    expect(unit(viewer, 'BROMMA').value).not.toBeNull();
    expect(viewer.municipality.completeness).toEqual({
      reported: 13,
      expected: 15,
      missingUnits: expect.arrayContaining(['FARSTA', 'SPANGA_TENSTA']),
    });
    expect(viewer.municipality.completeness.missingUnits).toHaveLength(2);
    expect(viewer.municipality.value).not.toBeNull();
    expect(viewer.municipality.value).not.toBe(steering.municipality.value);

    await setReports('2025-T3', ['FARSTA'], 'approved');
    const later = await values(VIEWER, 'cases_per_caseworker', '2025-T3');
    expect(unit(later, 'FARSTA').value).toBe(unit(steering, 'FARSTA').value);
    expect(later.municipality.completeness).toMatchObject({ reported: 14, missingUnits: ['SPANGA_TENSTA'] });
  });

  it('shows HR and unions submitted units that are not approved yet, and open ones only to the unit’s own HR', async () => {
    const hr = await values('hr.farsta@planpuls.test', 'cases_per_caseworker', '2025-T3');
    const union = await values('ssr.central@planpuls.test', 'cases_per_caseworker', '2025-T3');
    for (const body of [hr, union]) expect(unit(body, 'BROMMA').value).not.toBeNull();
    expect(unit(hr, 'FARSTA').value).not.toBeNull();
    expect(unit(union, 'FARSTA')).toMatchObject({ value: null, outcome: 'no_data' });
    for (const body of [hr, union]) expect(unit(body, 'SPANGA_TENSTA')).toMatchObject({ value: null, outcome: 'no_data' });
    expect(hr.municipality.completeness).toMatchObject({
      reported: 13,
      missingUnits: expect.arrayContaining(['SPANGA_TENSTA', 'RINKEBY_KISTA']),
    });
    expect(union.municipality.completeness).toMatchObject({ reported: 12 });
  });

  it('needs every tertial of a rolling 12-month window approved', async () => {
    const before = await values(VIEWER, 'turnover_total', '2025-T2');
    expect(unit(before, 'BROMMA').value).not.toBeNull();

    // 2024-T3 is the first tertial of the window ending 2025-T2.
    await setReports('2024-T3', ['BROMMA'], 'submitted');
    const viewer = await values(VIEWER, 'turnover_total', '2025-T2');
    const steering = await values(STEERING, 'turnover_total', '2025-T2');
    expect(unit(viewer, 'BROMMA')).toMatchObject({ value: null, outcome: 'no_data' });
    expect(unit(steering, 'BROMMA').value).toBe(unit(before, 'BROMMA').value);
    expect(viewer.municipality.completeness).toMatchObject({ reported: 14, missingUnits: ['BROMMA'] });
    // A figure of the period alone is still shown.
    expect(unit(await values(VIEWER, 'cases_per_caseworker', '2025-T2'), 'BROMMA').value).not.toBeNull();
  });

  it('still counts a report changed after approval (the change has a stated reason and is flagged)', async () => {
    await setReports('2025-T2', ['BROMMA'], 'approved', true);
    expect(unit(await values(VIEWER, 'cases_per_caseworker', '2025-T2'), 'BROMMA').value).not.toBeNull();
  });

  it('needs the yearly report for a yearly figure (experience share 2024)', async () => {
    expect(unit(await values(VIEWER, 'experienced_share', '2024'), 'BROMMA').value).not.toBeNull();
    await setReports('2024', ['BROMMA'], 'open');
    expect(unit(await values(VIEWER, 'experienced_share', '2024'), 'BROMMA').value).toBeNull();
    expect(unit(await values(STEERING, 'experienced_share', '2024'), 'BROMMA').value).not.toBeNull();
  });

  it('counts only elements in the cycle’s data set, and notices a changed data set at once', async () => {
    expect(unit(await values(VIEWER, 'cases_per_caseworker', '2025-T2'), 'BROMMA').value).not.toBeNull();
    const removed = sql`
      SELECT e.* FROM reporting_cycle_elements e JOIN reporting_cycles c ON c.id = e.cycle_id JOIN periods p ON p.id = c.period_id
      JOIN data_elements d ON d.id = e.data_element_id WHERE p.code = '2025-T2' AND d.code = 'open_cases'`;
    const [member] = (await t.database.owner.execute<{ municipality_id: string; cycle_id: string; data_element_id: string }>(removed)).rows;
    await t.database.owner.execute(
      sql`DELETE FROM reporting_cycle_elements WHERE cycle_id = ${member!.cycle_id} AND data_element_id = ${member!.data_element_id}`,
    );
    try {
      const viewer = await values(VIEWER, 'cases_per_caseworker', '2025-T2');
      expect(viewer.units.every((u) => u.value === null)).toBe(true);
      expect(unit(await values(STEERING, 'cases_per_caseworker', '2025-T2'), 'BROMMA').value).not.toBeNull();
    } finally {
      await t.database.owner.execute(
        sql`INSERT INTO reporting_cycle_elements (municipality_id, cycle_id, data_element_id) VALUES (${member!.municipality_id}, ${member!.cycle_id}, ${member!.data_element_id})`,
      );
    }
    expect(unit(await values(VIEWER, 'cases_per_caseworker', '2025-T2'), 'BROMMA').value).not.toBeNull();
  });

  it('applies to plan progress as well: unapproved units have no figure and the city says how many reported', async () => {
    await setReports('2025-T3', 'all', 'approved');
    await setReports('2025-T3', ['FARSTA'], 'open');
    const progress = async (email: string) => {
      const response = await t.app.inject({
        method: 'GET',
        url: '/api/v1/plans/HP-2024/progress?period=2025-T3',
        headers: { cookie: cookies[email]! },
      });
      expect(response.statusCode, response.body).toBe(200);
      type Target = { municipality: Values['municipality']; units: Array<Figure & { unit: string; status: string | null }> };
      return (response.json().goals as Array<{ code: string; targets: Target[] }>).flatMap((goal) => goal.targets);
    };
    // Turnover and sick leave: rolling windows over 2025-T1…T3, all approved except Farsta's 2025-T3.
    const viewer = (await progress(VIEWER)).filter(
      (target) => target.municipality.completeness.expected === 15 && target.units.some((u) => u.value !== null),
    );
    const steering = await progress(STEERING);
    expect(viewer.length).toBeGreaterThan(0);
    for (const target of viewer) {
      expect(target.units.find((u) => u.unit === 'FARSTA')).toMatchObject({ value: null });
      expect(target.municipality.completeness.missingUnits).toContain('FARSTA');
    }
    const farstaForSteering = steering.flatMap((target) => target.units.filter((u) => u.unit === 'FARSTA'));
    expect(farstaForSteering.some((u) => u.value !== null)).toBe(true);
  });
});
