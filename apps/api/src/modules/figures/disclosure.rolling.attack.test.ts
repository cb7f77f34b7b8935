import { beforeAll, describe, expect, it } from 'vitest';
import { periodsBetween } from '@planpuls/domain';
import { spanOf } from '../../../../../packages/domain/src/test-support/rational-rank';
import { GROUPS, atom, type Figure, type Values, type Entered } from '../../testing/attacker';
import { useTestApp } from '../../testing/test-app';

/**
 * An attacker's view of a rolling 12-month figure: the windows at consecutive tertials overlap in two tertials, so
 * their difference is a tertial in minus a tertial out. Collect every window a reader can fetch since the data
 * start (every unit, group and the city), and the entered values they read, and solve.
 */

const NUMERATOR = 'external_leavers';
const DENOMINATOR = 'average_headcount';
const TERTIALS = periodsBetween('tertial', '2022-T1', '2025-T3').map((p) => p.code);

describe('a reader combining the rolling windows of consecutive tertials', () => {
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

  it('recovers no small number of leavers or headcount from external turnover windows (2022-T3 … 2025-T3)', async () => {
    const truth: Entered[] = [];
    for (const element of [NUMERATOR, DENOMINATOR])
      for (const p of TERTIALS) truth.push(...(await entered('styrgrupp@planpuls.test', element, p)));
    const exists = new Set(truth.map((v) => atom(v.dataElement, v.unit, v.group, v.period)));
    const windows = TERTIALS.slice(2).map((end, i) => ({ end, tertials: TERTIALS.slice(i, i + 3) }));

    const figures = async (email: string) => {
      const out: Array<{ key: string; vectors: Array<Map<string, number>>; values: Array<number | null>; suppressed: boolean }> = [];
      for (const { end, tertials } of windows) {
        for (const group of GROUPS) {
          const body = await get<Values>(
            email,
            `/api/v1/indicators/turnover_external/values?period=${end}${group ? `&group=${group}` : ''}`,
          );
          const vectorOf = (element: string, scope: string[], weight: number) => {
            const vector = new Map<string, number>();
            for (const unit of scope)
              for (const g of group ? [group] : GROUPS.slice(1))
                for (const p of tertials) if (exists.has(atom(element, unit, g, p))) vector.set(atom(element, unit, g, p), weight);
            return vector;
          };
          const add = (key: string, figure: Figure, scope: string[]) =>
            out.push({
              key,
              vectors: [vectorOf(NUMERATOR, scope, 1), vectorOf(DENOMINATOR, scope, 1 / 3)],
              values: [figure.numerator, figure.denominator],
              suppressed: figure.suppressed,
            });
          add(
            `${end}|*|${group ?? '*'}`,
            body.municipality,
            body.units.map((u) => u.unit).filter((u) => !body.municipality.completeness.missingUnits.includes(u)),
          );
          for (const unit of body.units)
            if (unit.numerator !== null || unit.suppressed) add(`${end}|${unit.unit}|${group ?? '*'}`, unit, [unit.unit]);
        }
      }
      return out;
    };

    const open = await figures('styrgrupp@planpuls.test');
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

    for (const email of ['lasare@planpuls.test', 'ssr.central@planpuls.test']) {
      const seen = await figures(email);
      const published = seen.filter((f) => !f.suppressed).flatMap((f) => f.vectors.filter((v, i) => v.size > 0 && f.values[i] !== null));
      if (email.startsWith('ssr')) {
        for (const element of [NUMERATOR, DENOMINATOR])
          for (const p of TERTIALS)
            for (const v of await entered(email, element, p))
              if (!v.suppressed && v.value !== null) published.push(new Map([[atom(v.dataElement, v.unit, v.group, v.period), 1]]));
      }
      const derivable = spanOf(published);
      const derived = secrets.filter((secret) => derivable(secret.vector)).map((s) => s.key);
      expect(derived, email).toEqual([]);
    }
  }, 600_000);
});
