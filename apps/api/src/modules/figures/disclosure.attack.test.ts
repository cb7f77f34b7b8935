import { beforeAll, describe, expect, it } from 'vitest';
import { spanOf } from '../../../../../packages/domain/src/test-support/rational-rank';
import { GROUPS, atom, type Figure, type Values, type Entered } from '../../testing/attacker';
import { useTestApp } from '../../testing/test-app';

/**
 * An attacker's view: collect every number a union member or a viewer can fetch for an indicator around a period
 * (indicator values with and without a group, for the year and its tertials, and the entered values), build the
 * linear system those numbers stand in, and check that no hidden small number is a linear combination of them.
 */

describe('a reader combining everything they can fetch', () => {
  const t = useTestApp('demo');
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    for (const email of ['styrgrupp@planpuls.test', 'lasare@planpuls.test', 'ssr.central@planpuls.test'])
      cookies[email] = await t.loginAs(email);
  });
  const get = async <T>(email: string, url: string): Promise<T> => {
    const response = await t.app.inject({ method: 'GET', url, headers: { cookie: cookies[email]! } });
    expect(response.statusCode, url).toBe(200);
    return response.json() as T;
  };
  const entered = async (email: string, element: string, period: string) =>
    (await get<{ items: Entered[] }>(email, `/api/v1/data-values?dataElement=${element}&period=${period}&pageSize=500`)).items;

  /** Vectors and values of every figure of a share indicator over sum elements, as this reader sees them. */
  async function figures(
    email: string,
    indicator: string,
    elements: { numerator: string; denominator: string },
    periods: Record<string, string[]>,
    exists: Set<string>,
  ) {
    const out: Array<{ key: string; vectors: Array<Map<string, number>>; values: Array<number | null>; suppressed: boolean }> = [];
    for (const [period, tertials] of Object.entries(periods)) {
      for (const group of GROUPS) {
        const body = await get<Values>(email, `/api/v1/indicators/${indicator}/values?period=${period}${group ? `&group=${group}` : ''}`);
        const units = body.units.map((u) => u.unit);
        const vectorOf = (element: string, scope: string[]) => {
          const vector = new Map<string, number>();
          for (const unit of scope)
            for (const g of group ? [group] : GROUPS.slice(1))
              for (const p of tertials) if (exists.has(atom(element, unit, g, p))) vector.set(atom(element, unit, g, p), 1);
          return vector;
        };
        const add = (key: string, figure: Figure, scope: string[]) =>
          out.push({
            key,
            vectors: [vectorOf(elements.numerator, scope), vectorOf(elements.denominator, scope)],
            values: [figure.numerator, figure.denominator],
            suppressed: figure.suppressed,
          });
        add(
          `${period}|*|${group ?? '*'}`,
          body.municipality,
          units.filter((u) => !body.municipality.completeness.missingUnits.includes(u)),
        );
        for (const unit of body.units) add(`${period}|${unit.unit}|${group ?? '*'}`, unit, [unit.unit]);
      }
    }
    return out;
  }

  it('recovers no hidden count of new staff with a mentor in 2024 (FARSTA CHEF was 16 − 5 − 10 = 1)', async () => {
    const elements = { numerator: 'new_staff_with_mentor', denominator: 'new_staff' };
    const periods = { '2024': ['2024-T1', '2024-T2', '2024-T3'], '2024-T1': ['2024-T1'], '2024-T2': ['2024-T2'], '2024-T3': ['2024-T3'] };
    const truth: Entered[] = [];
    for (const element of Object.values(elements))
      for (const p of periods['2024']) truth.push(...(await entered('styrgrupp@planpuls.test', element, p)));
    const exists = new Set(truth.map((v) => atom(v.dataElement, v.unit, v.group, v.period)));
    const open = await figures('styrgrupp@planpuls.test', 'new_staff_with_mentor', elements, periods, exists);
    expect(open.find((f) => f.key === '2024|FARSTA|CHEF')!.values[0]).toBeLessThan(5);

    for (const email of ['ssr.central@planpuls.test', 'lasare@planpuls.test']) {
      const seen = await figures(email, 'new_staff_with_mentor', elements, periods, exists);
      const published = seen.filter((f) => !f.suppressed).flatMap((f) => f.vectors.filter((v) => v.size > 0));
      if (email.startsWith('ssr')) {
        for (const element of Object.values(elements))
          for (const p of periods['2024'])
            for (const v of await entered(email, element, p))
              if (!v.suppressed) published.push(new Map([[atom(v.dataElement, v.unit, v.group, v.period), 1]]));
      }
      const secrets = [
        ...open.flatMap((f) =>
          f.vectors.filter((v, i) => v.size > 0 && f.values[i] !== null && f.values[i]! < 5).map((vector) => ({ key: f.key, vector })),
        ),
        ...truth
          .filter((v) => v.value! < 5)
          .map((v) => ({
            key: atom(v.dataElement, v.unit, v.group, v.period),
            vector: new Map([[atom(v.dataElement, v.unit, v.group, v.period), 1]]),
          })),
      ];
      expect(secrets.length).toBeGreaterThan(0);
      const derivable = spanOf(published);
      const derived = secrets.filter((secret) => derivable(secret.vector)).map((s) => s.key);
      expect(derived, email).toEqual([]);
    }
  }, 300_000);

  it('does not give a hidden figure away as the next period’s previous value (student placements, HAGERSTEN_ALVSJO 2025-T1)', async () => {
    const email = 'lasare@planpuls.test';
    const before = await get<Values>(email, '/api/v1/indicators/student_placements/values?period=2025-T1');
    expect(before.units.find((u) => u.unit === 'HAGERSTEN_ALVSJO')!.suppressed).toBe(true);
    const progress = await get<{
      goals: Array<{
        indicator: string | null;
        targets: Array<{ group: string | null; units: Array<{ unit: string; previousValue: number | null; trend: string }> }>;
      }>;
    }>(email, '/api/v1/plans/HP-2024/progress?period=2025-T2');
    const targets = progress.goals.filter((g) => g.indicator === 'student_placements').flatMap((g) => g.targets);
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) {
      const unit = target.units.find((u) => u.unit === 'HAGERSTEN_ALVSJO')!;
      expect(unit).toMatchObject({ previousValue: null, trend: 'unknown' });
    }
    // And in general: no unit's previous value is a figure hidden at its own period.
    for (const goal of progress.goals.filter((g) => g.indicator)) {
      for (const target of goal.targets) {
        const previous = await get<Values>(
          email,
          `/api/v1/indicators/${goal.indicator}/values?period=2025-T1${target.group ? `&group=${target.group}` : ''}`,
        );
        for (const unit of target.units)
          if (previous.units.find((u) => u.unit === unit.unit)?.suppressed)
            expect(unit.previousValue, `${goal.indicator} ${unit.unit}`).toBeNull();
      }
    }
  }, 300_000);
});
