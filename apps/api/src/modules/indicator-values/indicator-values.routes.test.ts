import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app';

describe('GET /api/v1/indicators/{code}/values', () => {
  const t = useTestApp('demo');

  it('computes a unit’s figure with numerator, denominator and formula version', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/indicators/sick_leave/values?period=2025-T2&unit=FARSTA' });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ indicator: 'sick_leave', formulaVersion: 1, requestedPeriod: '2025-T2', group: null });
    expect(body.units).toHaveLength(1);
    const [farsta] = body.units;
    expect(farsta).toMatchObject({ unit: 'FARSTA', period: '2025-T2', outcome: 'computed' });
    expect(farsta.value).toBeCloseTo((farsta.numerator * 100) / farsta.denominator, 1);
  });

  it('rolls up the municipality with completeness, for one group', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/indicators/turnover_total/values?period=2025-T2&group=BIST' });
    const body = response.json();
    expect(body.group).toBe('BIST');
    expect(body.municipality.completeness.expected).toBe(15);
    const numerators = body.units
      .filter((u: { outcome: string }) => u.outcome === 'computed')
      .reduce((a: number, u: { numerator: number }) => a + u.numerator, 0);
    expect(body.municipality.numerator).toBe(numerators);
  });

  it('answers 404 for unknown indicators, units and groups', async () => {
    for (const url of [
      '/api/v1/indicators/nothing/values?period=2025-T2',
      '/api/v1/indicators/sick_leave/values?period=2025-T2&unit=ATLANTIS',
      '/api/v1/indicators/sick_leave/values?period=2025-T2&group=PILOT',
    ]) {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(404);
    }
  });

  it('gives not_applicable, not 0 %, when the denominator is zero', async () => {
    // No LVU cases in a tertial: the share of cases with two caseworkers is not applicable.
    const db = t.database.owner;
    // 2025-T2 is approved in the demo: a change needs a reason.
    await db.transaction(async (tx) => {
      await tx.execute(sql`SELECT set_config('planpuls.reason', 'Inga LVU-ärenden under tertialen', true)`);
      await tx.execute(
        sql`UPDATE data_values SET value = 0 WHERE data_element_id IN (SELECT id FROM data_elements WHERE code IN ('lvu_cases', 'lvu_cases_two_caseworkers'))
          AND unit_id = (SELECT id FROM units WHERE code = 'OSTERMALM') AND period_id = (SELECT id FROM periods WHERE code = '2025-T2')`,
      );
    });
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/indicators/lvu_two_caseworkers/values?period=2025-T2&unit=OSTERMALM&group=SOC',
    });
    expect(response.json().units[0]).toMatchObject({ outcome: 'not_applicable', value: null, denominator: 0 });
  });
});
