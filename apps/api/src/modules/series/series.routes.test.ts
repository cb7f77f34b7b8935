import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app';

interface Point {
  period: string;
  requestedPeriod: string;
  value: number | null;
  numerator: number | null;
  status: string | null;
  suppressed: boolean;
  suppressedBecause: string | null;
  inForce: { source: string; period: string; criterion: { kind: string; value: number | null } };
  companion: { value: number | null } | null;
}

/** The series must say at its last period exactly what the plan progress says for that period, for every reader. */
describe('GET /api/v1/plans/{planId}/goals/{goalId}/series', () => {
  const t = useTestApp('demo');
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    for (const email of ['lasare@planpuls.test', 'hr.farsta@planpuls.test']) cookies[email] = await t.loginAs(email);
  });
  const get = (url: string, email?: string) => t.app.inject({ method: 'GET', url, headers: email ? { cookie: cookies[email]! } : {} });

  it('gives goal 2.1 per target the city and the asked units for every tertial, judged against the checkpoint then in force', async () => {
    const response = await get('/api/v1/plans/HP-2024/goals/2.1/series?period=2025-T2&units=FARSTA,BROMMA&companion=turnover_external');
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      goalCode: '2.1',
      indicator: 'turnover_total',
      formulaVersion: 1,
      companion: { indicator: 'turnover_external', formulaVersion: 1 },
    });
    expect(body.periods.at(-1)).toBe('2025-T2');
    expect(body.targets.map((x: { group: string }) => x.group).sort()).toEqual(['BIST', 'SOC']);
    const soc = body.targets.find((x: { group: string }) => x.group === 'SOC');
    expect(soc.units.map((u: { unit: string }) => u.unit)).toEqual(['FARSTA', 'BROMMA']);
    expect(soc.municipality).toHaveLength(body.periods.length);
    const last: Point = soc.municipality.at(-1);
    expect(last.inForce).toMatchObject({ source: 'milestone', period: '2025-T3', criterion: { kind: 'at_most', value: 14 } });
    expect(last.companion?.value).toBeLessThan(last.value!);
    // Up to 2024-T3 the checkpoint is "at most 18".
    expect(soc.municipality.find((p: Point) => p.period === '2024-T3').inForce).toMatchObject({
      criterion: { kind: 'at_most', value: 18 },
    });

    const progress = (await get('/api/v1/plans/HP-2024/progress?period=2025-T2')).json();
    const expected = progress.goals
      .find((g: { code: string }) => g.code === '2.1')
      .targets.find((x: { group: string }) => x.group === 'SOC');
    expect(last).toMatchObject({ value: expected.municipality.value, status: expected.municipality.status });
    for (const line of soc.units) {
      const unit = expected.units.find((u: { unit: string }) => u.unit === line.unit);
      expect(line.points.at(-1), line.unit).toMatchObject({ value: unit.value, numerator: unit.numerator, status: unit.status });
    }
  });

  it('answers a yearly goal with whole years, each once', async () => {
    const body = (await get('/api/v1/plans/HP-2024/goals/1.2/series?period=2025-T2')).json();
    expect(body.periods.every((p: string) => /^\d{4}$/.test(p))).toBe(true);
    expect(body.periods.at(-1)).toBe('2024');
    const points: Point[] = body.targets[0].municipality;
    expect(new Set(points.map((p) => p.period)).size).toBe(points.length);
  });

  it('hides small numbers from a viewer exactly as the progress does, with the reason and no status', async () => {
    const url = (email: string) => get('/api/v1/plans/HP-2024/progress?period=2025-T2', email);
    const progress = (await url('lasare@planpuls.test')).json();
    const target = progress.goals.find((g: { code: string }) => g.code === '3.1').targets[0];
    const units = target.units.map((u: { unit: string }) => u.unit);
    const series = (
      await get(`/api/v1/plans/HP-2024/goals/3.1/series?period=2025-T2&units=${units.join(',')}`, 'lasare@planpuls.test')
    ).json();
    const lines = series.targets[0].units as Array<{ unit: string; points: Point[] }>;
    const hidden = lines.filter((line) => line.points.at(-1)!.suppressed);
    expect(hidden.length).toBeGreaterThan(0);
    for (const line of lines) {
      const shown = target.units.find((u: { unit: string }) => u.unit === line.unit);
      const last = line.points.at(-1)!;
      expect(last, line.unit).toMatchObject({
        suppressed: shown.suppressed,
        suppressedBecause: shown.suppressedBecause,
        value: shown.value,
      });
      if (last.suppressed) expect(last).toMatchObject({ status: null, numerator: null });
    }
    // Viewers read approved figures only, in the series as in the progress: the same roll-up, the same completeness.
    const city = series.targets[0].municipality.at(-1);
    expect(city).toMatchObject({ value: target.municipality.value, completeness: target.municipality.completeness });
    // HR of Farsta sees Farsta's own small numbers.
    const hr = (await get('/api/v1/plans/HP-2024/goals/3.1/series?period=2025-T2&units=FARSTA', 'hr.farsta@planpuls.test')).json();
    expect(hr.targets[0].units[0].points.every((p: Point) => !p.suppressed)).toBe(true);
  });

  it('gives viewers approved figures only, as the progress does: units whose report is not approved are missing', async () => {
    const viewer = 'lasare@planpuls.test';
    const progress = (await get('/api/v1/plans/HP-2024/progress?period=2025-T3', viewer)).json();
    const expected = progress.goals
      .find((g: { code: string }) => g.code === '2.1')
      .targets.find((x: { group: string }) => x.group === 'SOC').municipality;
    expect(expected.completeness.reported).toBeLessThan(expected.completeness.expected);
    const series = (await get('/api/v1/plans/HP-2024/goals/2.1/series?period=2025-T3&group=SOC', viewer)).json();
    expect(series.targets[0].municipality.at(-1)).toMatchObject({ value: expected.value, completeness: expected.completeness });
    // Steering reads every value.
    const steering = (await get('/api/v1/plans/HP-2024/goals/2.1/series?period=2025-T3&group=SOC')).json();
    expect(steering.targets[0].municipality.at(-1).completeness.reported).toBeGreaterThan(expected.completeness.reported);
  });

  it('limits the targets to one group and answers city-level targets for units without a status', async () => {
    const body = (await get('/api/v1/plans/HP-2024/goals/2.2/series?period=2025-T2&group=BIST&units=FARSTA')).json();
    expect(body.targets).toHaveLength(1);
    expect(body.targets[0]).toMatchObject({ group: 'BIST', level: 'city' });
    expect(body.targets[0].units[0].points.every((p: Point) => p.status === null)).toBe(true);
    expect(body.targets[0].municipality.at(-1).status).toMatch(/^(met|at_risk|not_met)$/);
  });

  it('answers 404 for unknown plans, goals, units, groups and companions, and 400 for bad periods', async () => {
    const cases: Array<[string, number, string]> = [
      ['/api/v1/plans/HP-1999/goals/2.1/series?period=2025-T2', 404, 'plans.not_found'],
      ['/api/v1/plans/HP-2024/goals/9.9/series?period=2025-T2', 404, 'goals.not_found'],
      ['/api/v1/plans/HP-2024/goals/2.1/series?period=2025-T2&units=FARSTA,ATLANTIS', 404, 'units.not_found'],
      ['/api/v1/plans/HP-2024/goals/2.1/series?period=2025-T2&group=PILOT', 404, 'professional_groups.not_found'],
      ['/api/v1/plans/HP-2024/goals/2.1/series?period=2025-T2&companion=nothing', 404, 'indicators.not_found'],
      ['/api/v1/plans/HP-2024/goals/2.1/series?period=2025-T4', 400, 'request.invalid'],
      ['/api/v1/plans/HP-2024/goals/2.1/series?period=2025-T2&from=2026-T1', 400, 'request.invalid'],
      ['/api/v1/plans/HP-2024/goals/2.1/series?period=2025-T2&from=1901-T1', 400, 'request.invalid'],
      ['/api/v1/plans/HP-2024/goals/2.1/series?period=0001-T1', 400, 'request.invalid'],
      ['/api/v1/plans/HP-2024/goals/2.1/series?period=2025-T2&units=', 400, 'request.invalid'],
    ];
    for (const [url, status, code] of cases) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(status);
      expect(response.json().error.code, url).toBe(code);
    }
  });
});
