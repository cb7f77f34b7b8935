import { beforeAll, describe, expect, it } from 'vitest';
import { GROUPS, type Figure } from '../../testing/attacker';
import { useTestApp } from '../../testing/test-app';

/**
 * An attacker reading the fields around a hidden figure: a figure shown as "–" must say nothing of its numbers.
 * Its outcome saying `not_applicable` (a zero denominator) gives both counts away exactly — none hired, none with a
 * mentor — and a reason naming the part that is small says which part is below five and that the other is not.
 */

const VIEWER = 'lasare@planpuls.test';
const UNION = 'ssr.central@planpuls.test';
const STEERING = 'styrgrupp@planpuls.test';

type Shown = Figure & { outcome: string; value: number | null; suppressedBecause: string | null };

describe('a reader looking at what a hidden figure still says', () => {
  const t = useTestApp('demo');
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    for (const email of [VIEWER, UNION, STEERING]) cookies[email] = await t.loginAs(email);
  });
  const get = async <T>(email: string, url: string): Promise<T> => {
    const response = await t.app.inject({ method: 'GET', url, headers: { cookie: cookies[email]! } });
    expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
    return response.json() as T;
  };
  const periods = ['2023-T1', '2023-T2', '2023-T3', '2024-T1', '2024-T2', '2024-T3', '2025-T1', '2025-T2', '2025-T3'];

  async function figures(email: string) {
    const out = new Map<string, Shown>();
    for (const period of periods) {
      for (const group of GROUPS) {
        const body = await get<{ municipality: Shown; units: Array<Shown & { unit: string }> }>(
          email,
          `/api/v1/indicators/new_staff_with_mentor/values?period=${period}${group ? `&group=${group}` : ''}`,
        );
        out.set(`${period}|*|${group ?? '*'}`, body.municipality);
        for (const unit of body.units) out.set(`${period}|${unit.unit}|${group ?? '*'}`, unit);
      }
    }
    return out;
  }

  it('learns from a hidden share of new staff with a mentor not that no one was hired (outcome not_applicable)', async () => {
    const truth = await figures(STEERING);
    for (const email of [VIEWER, UNION]) {
      const hidden = [...(await figures(email))].filter(([, figure]) => figure.suppressed);
      // Among the hidden figures are ones with no one hired: their outcome was not_applicable.
      expect(
        hidden.some(([key]) => truth.get(key)?.outcome === 'not_applicable'),
        email,
      ).toBe(true);
      expect(
        new Set(hidden.map(([, figure]) => `${figure.outcome}|${figure.value}|${figure.numerator}|${figure.denominator}`)),
        email,
      ).toEqual(new Set(['computed|null|null|null']));
    }
  }, 300_000);

  it('learns from a hidden figure not which of its parts is small, nor that it is hidden only to protect another', async () => {
    const truth = await figures(STEERING);
    for (const email of [VIEWER, UNION]) {
      const hidden = [...(await figures(email))].filter(([, figure]) => figure.suppressed);
      const small = (key: string) => {
        const figure = truth.get(key)!;
        return [figure.numerator !== null && figure.numerator < 5, figure.denominator !== null && figure.denominator < 5].join();
      };
      // The hidden figures differ in which part is small (and some in none: hidden to protect another) …
      expect(new Set(hidden.map(([key]) => small(key))).size, email).toBeGreaterThan(1);
      // … and all of them say the same.
      expect(new Set(hidden.map(([, figure]) => figure.suppressedBecause)).size, email).toBe(1);
    }
  }, 300_000);
});
