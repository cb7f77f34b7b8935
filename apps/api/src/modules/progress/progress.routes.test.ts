import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app';

/**
 * The figures of /plans/{id}/progress recomputed by hand from /data-values with the rules of docs/domain.md:
 * rolling 12 months = flows summed over the three tertials ending with the period ÷ the headcount
 * averaged over them × 100; roll-ups are Σ/Σ; round to one decimal; compare against the checkpoint in force.
 */
describe('GET /api/v1/plans/{planId}/progress', () => {
  const t = useTestApp('demo');
  const WINDOW = ['2024-T3', '2025-T1', '2025-T2'];

  async function valuesOf(element: string, unit: string, group: string): Promise<Map<string, number>> {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/v1/data-values?dataElement=${element}&unit=${unit}&group=${group}&pageSize=1000`,
    });
    expect(response.statusCode).toBe(200);
    return new Map(response.json().items.map((item: { period: string; value: number }) => [item.period, item.value]));
  }
  const round1 = (x: number) => Math.round(x * 10) / 10;
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

  async function handTurnover(unit: string, group: string) {
    const flows = await Promise.all(['external_leavers', 'internal_moves_out', 'group_switches_out'].map((e) => valuesOf(e, unit, group)));
    const headcount = await valuesOf('average_headcount', unit, group);
    const numerator = sum(flows.flatMap((series) => WINDOW.map((p) => series.get(p)!)));
    const denominator = sum(WINDOW.map((p) => headcount.get(p)!)) / WINDOW.length;
    return { numerator, denominator };
  }

  function handStatus(value: number, atMost: number): string {
    const distance = round1(value - atMost);
    if (distance <= 0) return 'met';
    return distance <= round1(atMost * 0.1) ? 'at_risk' : 'not_met';
  }

  it('gives for goal 2.1 (socialsekreterare) the checkpoint in force, each unit’s rolling turnover and its status', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/plans/HP-2024/progress?period=2025-T2' });
    expect(response.statusCode, response.body).toBe(200);
    const progress = response.json();
    expect(progress.period).toBe('2025-T2');
    const goal = progress.goals.find((g: { code: string }) => g.code === '2.1');
    expect(goal).toMatchObject({ indicator: 'turnover_total', formulaVersion: 1 });
    const target = goal.targets.find((x: { group: string }) => x.group === 'SOC');
    expect(target.inForce).toEqual({
      source: 'milestone',
      period: '2025-T3',
      criterion: { kind: 'at_most', value: 14, min: null, max: null },
      tolerance: null,
    });
    expect(target.final).toEqual({ kind: 'range', min: 5, max: 10, value: null });

    for (const unit of ['FARSTA', 'RINKEBY_KISTA', 'BROMMA', 'SPANGA_TENSTA']) {
      const { numerator, denominator } = await handTurnover(unit, 'SOC');
      const figure = target.units.find((u: { unit: string }) => u.unit === unit);
      const value = round1((numerator * 100) / denominator);
      expect(figure, unit).toMatchObject({ period: '2025-T2', outcome: 'computed', numerator, value, status: handStatus(value, 14) });
      expect(figure.denominator).toBeCloseTo(denominator, 9);
    }
  });

  it('rolls the municipality up as Σ numerators ÷ Σ denominators over all reporting units', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/plans/HP-2024/progress?period=2025-T2' });
    const target = response
      .json()
      .goals.find((g: { code: string }) => g.code === '2.1')
      .targets.find((x: { group: string }) => x.group === 'SOC');
    let numerator = 0;
    let denominator = 0;
    for (const unit of target.municipality.completeness.missingUnits.length === 0
      ? target.units.map((u: { unit: string }) => u.unit)
      : []) {
      const parts = await handTurnover(unit, 'SOC');
      numerator += parts.numerator;
      denominator += parts.denominator;
    }
    expect(target.municipality.completeness).toMatchObject({ reported: 15, expected: 15, missingUnits: [] });
    expect(target.municipality.numerator).toBe(numerator);
    expect(target.municipality.value).toBe(round1((numerator * 100) / denominator));
    const meanOfPercentages =
      target.units.reduce((acc: number, u: { numerator: number; denominator: number }) => acc + (u.numerator * 100) / u.denominator, 0) /
      target.units.length;
    expect(Math.abs(meanOfPercentages - (numerator * 100) / denominator)).toBeGreaterThan(0);
  });

  it('shows a yearly survey indicator at a tertial as the latest ended year, judged against that year’s milestone', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/plans/HP-2024/progress?period=2025-T2' });
    const goal = response.json().goals.find((g: { code: string }) => g.code === '1.2');
    const [target] = goal.targets;
    expect(target.inForce).toMatchObject({ source: 'milestone', period: '2024', criterion: { kind: 'at_least', value: 55 } });
    const bromma = target.units.find((u: { unit: string }) => u.unit === 'BROMMA');
    expect(bromma.period).toBe('2024');
    const ok = await Promise.all(['SOC', 'BIST', 'CHEF'].map((g) => valuesOf('survey_workload_ok', 'BROMMA', g)));
    const respondents = await Promise.all(['SOC', 'BIST', 'CHEF'].map((g) => valuesOf('survey_respondents', 'BROMMA', g)));
    const numerator = sum(ok.map((series) => series.get('2024') ?? 0));
    const denominator = sum(respondents.map((series) => series.get('2024') ?? 0));
    expect(bromma.value).toBe(round1((numerator * 100) / denominator));
    expect(bromma.previousValue).not.toBeNull();
  });

  it('judges city-level targets only on the municipality figure', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/plans/HP-2024/progress?period=2025-T2' });
    const goal = response.json().goals.find((g: { code: string }) => g.code === '2.2');
    for (const target of goal.targets) {
      expect(target.level).toBe('city');
      expect(target.municipality.status).toMatch(/^(met|at_risk|not_met)$/);
      expect(target.municipality.baseline).toBe(target.group === 'SOC' ? 23.4 : 18.9);
      expect(target.units.every((u: { status: string | null }) => u.status === null)).toBe(true);
    }
  });

  it('answers 404 for an unknown plan and 400 for a bad period', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/plans/HP-1999/progress?period=2025-T2' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/plans/HP-2024/progress?period=2025-T4' })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/plans/HP-2024/progress' })).statusCode).toBe(400);
  });

  it('reflects a changed value at once (the cache follows the data)', async () => {
    const url = '/api/v1/indicators/turnover_external/values?period=2025-T2&unit=FARSTA&group=SOC';
    const before = (await t.app.inject({ method: 'GET', url })).json().units[0];
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/data-values?dataElement=external_leavers&unit=FARSTA&group=SOC&period=2025-T2',
    });
    const [item] = list.json().items;
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/data-values/external_leavers/FARSTA/2025-T2?group=SOC',
      payload: { value: item.value + 3, reason: 'Rättelse' },
      headers: { 'if-match': `"${item.version}"` },
    });
    expect(put.statusCode).toBe(200);
    const after = (await t.app.inject({ method: 'GET', url })).json().units[0];
    expect(after.numerator).toBe(before.numerator + 3);
  });
});
