import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { spanOf } from '../../../../../packages/domain/src/test-support/rational-rank';
import { atom, type Figure, type Values, type Entered } from '../../testing/attacker';
import { useTestApp } from '../../testing/test-app';

/**
 * An attacker's view across time, per group: a union member reads submitted values, so what they see of a period
 * grows as units submit. Every number they were shown at any moment — units per group, units, the municipality per
 * group and in all, the entered values — goes into one linear system: a cell shown at one moment and hidden at the
 * next is still known.
 */

const UNION = 'ssr.central@planpuls.test';
const STEERING = 'styrgrupp@planpuls.test';
const GROUPS = ['BIST', 'SOC', 'CHEF'] as const;

describe('a union member combining what they saw before and after each submission', () => {
  const t = useTestApp('demo');
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    for (const email of [UNION, STEERING]) cookies[email] = await t.loginAs(email);
  });
  const get = async <T>(email: string, url: string): Promise<T> => {
    const response = await t.app.inject({ method: 'GET', url, headers: { cookie: cookies[email]! } });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as T;
  };
  const setReports = async (period: string, units: readonly string[], state: 'open' | 'submitted') => {
    await t.database.owner.execute(sql`
      UPDATE unit_reports r SET state = ${state}::unit_report_state
      FROM reporting_cycles c, periods p, units u
      WHERE c.id = r.cycle_id AND p.id = c.period_id AND u.id = r.unit_id AND p.code = ${period}
        AND u.code IN (${sql.join(
          units.map((code) => sql`${code}`),
          sql`, `,
        )})`);
  };

  /** The vectors of every number the reader is shown now, for a share indicator over two sum elements at one tertial. */
  async function shown(email: string, indicator: string, elements: readonly [string, string], period: string, exists: Set<string>) {
    const out: Array<Map<string, number>> = [];
    const vectorOf = (element: string, units: readonly string[], groups: readonly string[]) => {
      const vector = new Map<string, number>();
      for (const unit of units)
        for (const group of groups) if (exists.has(atom(element, unit, group, period))) vector.set(atom(element, unit, group, period), 1);
      return vector;
    };
    for (const group of [null, ...GROUPS]) {
      const body = await get<Values>(email, `/api/v1/indicators/${indicator}/values?period=${period}${group ? `&group=${group}` : ''}`);
      const groups = group ? [group] : GROUPS;
      const add = (figure: Figure, units: readonly string[]) => {
        if (figure.suppressed || figure.numerator === null) return;
        for (const element of elements) {
          const vector = vectorOf(element, units, groups);
          if (vector.size > 0) out.push(vector);
        }
      };
      add(
        body.municipality,
        body.units.map((u) => u.unit).filter((u) => !body.municipality.completeness.missingUnits.includes(u)),
      );
      for (const unit of body.units) add(unit, [unit.unit]);
    }
    for (const element of elements) {
      const { items } = await get<{ items: Entered[] }>(email, `/api/v1/data-values?dataElement=${element}&period=${period}&pageSize=500`);
      for (const v of items)
        if (!v.suppressed && v.value !== null && v.group) out.push(new Map([[atom(v.dataElement, v.unit, v.group, v.period), 1]]));
    }
    return out;
  }

  it('recovers no small count of new staff with a mentor when units submit one after another (2025-T3)', async () => {
    const indicator = 'new_staff_with_mentor';
    const elements = ['new_staff_with_mentor', 'new_staff'] as const;
    const period = '2025-T3';
    const truth: Entered[] = [];
    for (const element of elements)
      truth.push(
        ...(await get<{ items: Entered[] }>(STEERING, `/api/v1/data-values?dataElement=${element}&period=${period}&pageSize=500`)).items,
      );
    const exists = new Set(truth.filter((v) => v.group).map((v) => atom(v.dataElement, v.unit, v.group!, v.period)));
    const units = [...new Set(truth.map((v) => v.unit))].sort();
    expect(units.length).toBeGreaterThan(3);

    // Every unit's report open, then one unit after another submits; the reader looks after each step.
    await setReports(period, units, 'open');
    const published: Array<Map<string, number>> = [];
    for (const unit of units) {
      await setReports(period, [unit], 'submitted');
      published.push(...(await shown(UNION, indicator, elements, period, exists)));
    }

    const secrets = truth
      .filter((v) => v.group && v.value !== null && v.value < 5)
      .map((v) => atom(v.dataElement, v.unit, v.group!, v.period));
    // Small counts per unit and group, and small sums of one unit's groups.
    for (const element of elements) {
      for (const unit of units) {
        const total = truth
          .filter((v) => v.dataElement === element && v.unit === unit && v.group)
          .reduce((sum, v) => sum + (v.value ?? 0), 0);
        if (total < 5 && total > 0) secrets.push(`${element}|${unit}|*`);
      }
    }
    expect(secrets.length).toBeGreaterThan(0);
    const derivable = spanOf(published);
    const vectorOfSecret = (key: string) => {
      const [element, unit, group] = key.split('|');
      if (group !== '*') return new Map([[key, 1]]);
      return new Map(
        GROUPS.map((g) => atom(element!, unit!, g, period))
          .filter((a) => exists.has(a))
          .map((a) => [a, 1]),
      );
    };
    expect(secrets.filter((key) => derivable(vectorOfSecret(key)))).toEqual([]);
  }, 600_000);
});
