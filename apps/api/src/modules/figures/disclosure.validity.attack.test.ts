import { beforeAll, describe, expect, it } from 'vitest';
import { spanOf } from '../../../../../packages/domain/src/test-support/rational-rank';
import { GROUPS, atom, type Entered, type Figure, type Values } from '../../testing/attacker';
import { useTestApp } from '../../testing/test-app';

/**
 * An attacker's view across a reorganisation: a unit's validity is changed (it ends before the period, or starts
 * after it), so the figures of the period stop counting it. Whatever the reader saw before — the municipality with
 * the unit, each group with it, the unit's own figures — is still known, and whatever they see after goes into the
 * same linear system: no hidden small count may follow from the two together.
 */

const UNION = 'ssr.central@planpuls.test';
const VIEWER = 'lasare@planpuls.test';
const STEERING = 'styrgrupp@planpuls.test';

describe('a reader combining what they saw before and after a unit’s validity changed', () => {
  const t = useTestApp('demo');
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    for (const email of [UNION, VIEWER, STEERING]) cookies[email] = await t.loginAs(email);
  });
  const get = async <T>(email: string, url: string): Promise<T> => {
    const response = await t.app.inject({ method: 'GET', url, headers: { cookie: cookies[email]! } });
    expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
    return response.json() as T;
  };
  const elements = { numerator: 'new_staff_with_mentor', denominator: 'new_staff' } as const;
  const periods: Record<string, string[]> = {
    '2024': ['2024-T1', '2024-T2', '2024-T3'],
    '2024-T1': ['2024-T1'],
    '2024-T2': ['2024-T2'],
    '2024-T3': ['2024-T3'],
  };
  const entered = async (email: string, element: string, period: string) =>
    (await get<{ items: Entered[] }>(email, `/api/v1/data-values?dataElement=${element}&period=${period}&pageSize=500`)).items;

  /** The vectors of every number the reader is shown now: figures of every unit and the city, per group and in all, and entered values. */
  async function shown(email: string, exists: ReadonlySet<string>) {
    const out: Array<Map<string, number>> = [];
    for (const [period, tertials] of Object.entries(periods)) {
      for (const group of GROUPS) {
        const body = await get<Values>(
          email,
          `/api/v1/indicators/new_staff_with_mentor/values?period=${period}${group ? `&group=${group}` : ''}`,
        );
        const vectorOf = (element: string, scope: readonly string[]) => {
          const vector = new Map<string, number>();
          for (const unit of scope)
            for (const g of group ? [group] : GROUPS.slice(1))
              for (const p of tertials) if (exists.has(atom(element, unit, g, p))) vector.set(atom(element, unit, g, p), 1);
          return vector;
        };
        const add = (figure: Figure, scope: readonly string[]) => {
          if (figure.suppressed || figure.numerator === null) return;
          for (const element of Object.values(elements)) {
            const vector = vectorOf(element, scope);
            if (vector.size > 0) out.push(vector);
          }
        };
        add(
          body.municipality,
          body.units.map((u) => u.unit).filter((u) => !body.municipality.completeness.missingUnits.includes(u)),
        );
        for (const unit of body.units) add(unit, [unit.unit]);
      }
    }
    if (email === UNION) {
      for (const element of Object.values(elements))
        for (const p of periods['2024']!)
          for (const v of await entered(email, element, p))
            if (!v.suppressed && v.value !== null) out.push(new Map([[atom(v.dataElement, v.unit, v.group, v.period), 1]]));
    }
    return out;
  }

  it('recovers no small count of new staff with a mentor in 2024 when FARSTA is made to end before the year', async () => {
    const truth: Entered[] = [];
    for (const element of Object.values(elements)) for (const p of periods['2024']!) truth.push(...(await entered(STEERING, element, p)));
    const exists = new Set(truth.map((v) => atom(v.dataElement, v.unit, v.group, v.period)));
    const farsta = truth.filter((v) => v.unit === 'FARSTA');
    expect(farsta.some((v) => v.value !== null && v.value < 5)).toBe(true);

    const published = new Map<string, Array<Map<string, number>>>();
    for (const email of [UNION, VIEWER]) published.set(email, await shown(email, exists));
    const unit = (await t.app.inject({ method: 'GET', url: '/api/v1/units' })).json() as
      | { items?: Array<{ id: string; code: string }> }
      | Array<{ id: string; code: string }>;
    const list = Array.isArray(unit) ? unit : unit.items!;
    const id = list.find((u) => u.code === 'FARSTA')!.id;
    const changed = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/units/${id}`,
      payload: { validTo: '2023-12-31' },
      headers: { 'x-change-reason': 'Omorganisation' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    for (const email of [UNION, VIEWER]) published.get(email)!.push(...(await shown(email, exists)));

    const secrets = [
      ...truth
        .filter((v) => v.value !== null && v.value < 5)
        .map((v) => ({
          key: atom(v.dataElement, v.unit, v.group, v.period),
          vector: new Map([[atom(v.dataElement, v.unit, v.group, v.period), 1]]),
        })),
    ];
    // Small sums of a unit over the year or over its groups.
    for (const element of Object.values(elements)) {
      for (const u of new Set(truth.map((v) => v.unit))) {
        for (const [period, tertials] of Object.entries(periods)) {
          for (const group of GROUPS) {
            const cells = truth.filter(
              (v) =>
                v.dataElement === element &&
                v.unit === u &&
                tertials.includes(v.period) &&
                (group === null || v.group === group) &&
                v.group !== null,
            );
            const total = cells.reduce((sum, v) => sum + (v.value ?? 0), 0);
            if (cells.length > 1 && total < 5)
              secrets.push({
                key: `${element}|${u}|${group ?? '*'}|${period}`,
                vector: new Map(cells.map((v) => [atom(v.dataElement, v.unit, v.group, v.period), 1])),
              });
          }
        }
      }
    }
    expect(secrets.length).toBeGreaterThan(0);
    for (const email of [UNION, VIEWER]) {
      const derivable = spanOf(published.get(email)!);
      expect(
        secrets.filter((secret) => derivable(secret.vector)).map((s) => s.key),
        email,
      ).toEqual([]);
    }
  }, 300_000);
});
