import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { periodsBetween } from '@planpuls/domain';
import { spanOf } from '../../../../../packages/domain/src/test-support/rational-rank';
import { GROUPS, atom, type Figure, type Values, type Entered } from '../../testing/attacker';
import { useTestApp } from '../../testing/test-app';

/**
 * An attacker's view of the survey questions, which all divide by the same respondents: what one question's
 * figures show of the respondents, the others' show too. The survey of 2026 is entered (as the administrator, then
 * approved) so that a unit's managers are 2 respondents and the groups around them answer each question
 * differently: decided one question at a time, each hides other complements and shows some another question hides,
 * and together they give the 2 away (so it was, before the questions were decided as one system). Collect every
 * question's figures (every unit and group, and the city) and the entered values the reader reads, and solve.
 */

const QUESTIONS = {
  reasonable_workload: 'survey_workload_ok',
  threats_exposed: 'survey_threats',
  unlawful_influence: 'survey_influence',
  recovery_time: 'survey_recovery_ok',
} as const;
const RESPONDENTS = 'survey_respondents';
const ELEMENTS = [...Object.values(QUESTIONS), RESPONDENTS];
const YEAR = '2026';
const STEERING = 'styrgrupp@planpuls.test';
const READERS = ['ssr.central@planpuls.test', 'lasare@planpuls.test'];

describe('a reader combining indicators that divide by the same respondents', () => {
  const t = useTestApp('demo');
  const cookies: Record<string, string> = {};
  const get = async <T>(email: string, url: string): Promise<T> => {
    const response = await t.app.inject({ method: 'GET', url, headers: { cookie: cookies[email]! } });
    expect(response.statusCode, url).toBe(200);
    return response.json() as T;
  };
  const entered = async (email: string, element: string) =>
    (await get<{ items: Entered[] }>(email, `/api/v1/data-values?dataElement=${element}&period=${YEAR}&pageSize=500`)).items;

  let units: string[] = [];
  beforeAll(async () => {
    for (const email of [STEERING, ...READERS]) cookies[email] = await t.loginAs(email);
    const plans = (await t.app.inject({ method: 'GET', url: '/api/v1/plans' })).json().items as Array<{ id: string; code: string }>;
    const cycle = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reporting-cycles',
      payload: {
        planId: plans.find((plan) => plan.code === 'HP-2024')!.id,
        period: YEAR,
        dataElements: ELEMENTS,
        opensOn: '2026-11-01',
        deadline: '2026-12-15',
      },
    });
    expect(cycle.statusCode, cycle.body).toBe(201);
    units = (await t.app.inject({ method: 'GET', url: '/api/v1/units' }))
      .json()
      .items.map((unit: { code: string }) => unit.code)
      .sort();
    // The first unit's managers: 2 respondents, 1 answer to each question. Three more units have middling groups
    // whose answers differ by question, so each question alone finds other complements; every other group is large.
    const special: Record<number, { respondents: number[]; answers: number[][] }> = {
      0: {
        respondents: [40, 40, 2],
        answers: [
          [20, 20, 1],
          [20, 20, 1],
          [20, 20, 1],
          [20, 20, 1],
        ],
      },
      1: {
        respondents: [12, 6, 33],
        answers: [
          [6, 6, 16],
          [6, 5, 20],
          [7, 5, 31],
          [12, 5, 18],
        ],
      },
      2: {
        respondents: [12, 27, 26],
        answers: [
          [8, 7, 5],
          [11, 27, 21],
          [7, 17, 25],
          [7, 23, 18],
        ],
      },
      3: {
        respondents: [21, 23, 15],
        answers: [
          [16, 17, 5],
          [20, 11, 8],
          [17, 17, 14],
          [21, 19, 13],
        ],
      },
    };
    const valueOf = (element: string, unit: string, group: string) => {
      const row = special[units.indexOf(unit)];
      const g = ['BIST', 'SOC', 'CHEF'].indexOf(group);
      if (!row) return element === RESPONDENTS ? 40 : 20;
      return element === RESPONDENTS ? row.respondents[g]! : row.answers[Object.values(QUESTIONS).indexOf(element as never)]![g]!;
    };
    for (const element of ELEMENTS)
      for (const unit of units)
        for (const group of GROUPS.slice(1)) {
          const put = await t.app.inject({
            method: 'PUT',
            url: `/api/v1/data-values/${element}/${unit}/${YEAR}?group=${group}`,
            payload: { value: valueOf(element, unit, group!) },
          });
          expect(put.statusCode, put.body).toBe(201);
        }
    await t.database.owner.execute(sql`
      UPDATE unit_reports r SET state = 'approved'::unit_report_state
      FROM reporting_cycles c, periods p WHERE c.id = r.cycle_id AND p.id = c.period_id AND p.code = ${YEAR}`);
  }, 120_000);

  /** Every figure of every question, as this reader sees it, with the entered values each part sums. */
  async function figures(email: string, exists: ReadonlySet<string>) {
    const out: Array<{ key: string; vectors: Array<Map<string, number>>; values: Array<number | null>; suppressed: boolean }> = [];
    for (const [indicator, numerator] of Object.entries(QUESTIONS)) {
      for (const group of GROUPS) {
        const body = await get<Values>(email, `/api/v1/indicators/${indicator}/values?period=${YEAR}${group ? `&group=${group}` : ''}`);
        const vectorOf = (element: string, scope: readonly string[]) => {
          const vector = new Map<string, number>();
          for (const unit of scope)
            for (const g of group ? [group] : GROUPS.slice(1))
              if (exists.has(atom(element, unit, g, YEAR))) vector.set(atom(element, unit, g, YEAR), 1);
          return vector;
        };
        const add = (key: string, figure: Figure, scope: readonly string[]) =>
          out.push({
            key,
            vectors: [vectorOf(numerator, scope), vectorOf(RESPONDENTS, scope)],
            values: [figure.numerator, figure.denominator],
            suppressed: figure.suppressed,
          });
        add(
          `${indicator}|*|${group ?? '*'}`,
          body.municipality,
          body.units.map((u) => u.unit).filter((u) => !body.municipality.completeness.missingUnits.includes(u)),
        );
        for (const unit of body.units)
          if (unit.numerator !== null || unit.suppressed) add(`${indicator}|${unit.unit}|${group ?? '*'}`, unit, [unit.unit]);
      }
    }
    return out;
  }

  it('recovers no small number of respondents or answers from the four survey questions side by side (2026)', async () => {
    const truth: Entered[] = [];
    for (const element of ELEMENTS) truth.push(...(await entered(STEERING, element)));
    expect(truth).toHaveLength(ELEMENTS.length * units.length * 3);
    const exists = new Set(truth.map((v) => atom(v.dataElement, v.unit, v.group, v.period)));
    const open = await figures(STEERING, exists);
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
    expect(secrets.map((s) => s.key)).toContain(atom(RESPONDENTS, units[0]!, 'CHEF', YEAR));

    const derived: Record<string, string[]> = {};
    for (const email of READERS) {
      const seen = await figures(email, exists);
      // The reader sees the survey at all: the question is what they can solve for, not whether they get figures.
      expect(seen.filter((f) => !f.suppressed).length, email).toBeGreaterThan(units.length);
      const published = seen.filter((f) => !f.suppressed).flatMap((f) => f.vectors.filter((v, i) => v.size > 0 && f.values[i] !== null));
      if (email.startsWith('ssr')) {
        for (const element of ELEMENTS)
          for (const v of await entered(email, element))
            if (!v.suppressed && v.value !== null) published.push(new Map([[atom(v.dataElement, v.unit, v.group, v.period), 1]]));
      }
      const derivable = spanOf(published);
      derived[email] = secrets.filter((secret) => derivable(secret.vector)).map((s) => s.key);
    }
    expect(derived).toEqual(Object.fromEntries(READERS.map((email) => [email, []])));
  }, 120_000);
  it('recovers no small number of leavers or headcount from the turnover measures and the experienced share side by side (2023-T3 … 2025-T3)', async () => {
    // The experienced share of a year divides by the year's average headcount, which is the rolling year's denominator
    // at its last tertial: one number, shown or hidden alike.
    const tertials = periodsBetween('tertial', '2023-T1', '2025-T3').map((p) => p.code);
    const numerators = {
      turnover_external: ['external_leavers'],
      turnover_total: ['external_leavers', 'internal_moves_out', 'group_switches_out'],
      experienced_share: ['staff_3y_experience'],
    } as const;
    const elements = ['external_leavers', 'internal_moves_out', 'group_switches_out', 'average_headcount'];
    const years = ['2023', '2024', '2025'];
    const truth: Entered[] = [];
    for (const element of elements)
      for (const p of tertials)
        truth.push(
          ...(await get<{ items: Entered[] }>(STEERING, `/api/v1/data-values?dataElement=${element}&period=${p}&pageSize=500`)).items,
        );
    for (const year of years)
      truth.push(
        ...(await get<{ items: Entered[] }>(STEERING, `/api/v1/data-values?dataElement=staff_3y_experience&period=${year}&pageSize=500`))
          .items,
      );
    const exists = new Set(truth.map((v) => atom(v.dataElement, v.unit, v.group, v.period)));
    const asked = [
      ...tertials.slice(2).flatMap((end, i) =>
        (['turnover_external', 'turnover_total'] as const).map((indicator) => ({
          indicator,
          period: end,
          headcount: tertials.slice(i, i + 3),
          reads: tertials.slice(i, i + 3),
        })),
      ),
      ...years.map((year) => ({
        indicator: 'experienced_share' as const,
        period: year,
        headcount: tertials.filter((t) => t.startsWith(year)),
        reads: [year],
      })),
    ];

    const collect = async (email: string) => {
      const out: Array<{ key: string; vectors: Array<Map<string, number>>; values: Array<number | null>; suppressed: boolean }> = [];
      for (const { indicator, period, headcount, reads } of asked) {
        for (const group of GROUPS) {
          const body = await get<Values>(email, `/api/v1/indicators/${indicator}/values?period=${period}${group ? `&group=${group}` : ''}`);
          const vectorOf = (which: readonly string[], periods: readonly string[], scope: readonly string[], weight: number) => {
            const vector = new Map<string, number>();
            for (const element of which)
              for (const unit of scope)
                for (const g of group ? [group] : GROUPS.slice(1))
                  for (const p of periods) if (exists.has(atom(element, unit, g, p))) vector.set(atom(element, unit, g, p), weight);
            return vector;
          };
          const add = (key: string, figure: Figure, scope: readonly string[]) =>
            out.push({
              key,
              vectors: [vectorOf(numerators[indicator], reads, scope, 1), vectorOf(['average_headcount'], headcount, scope, 1 / 3)],
              values: [figure.numerator, figure.denominator],
              suppressed: figure.suppressed,
            });
          add(
            `${indicator}|${period}|*|${group ?? '*'}`,
            body.municipality,
            body.units.map((u) => u.unit).filter((u) => !body.municipality.completeness.missingUnits.includes(u)),
          );
          for (const unit of body.units)
            if (unit.numerator !== null || unit.suppressed) add(`${indicator}|${period}|${unit.unit}|${group ?? '*'}`, unit, [unit.unit]);
        }
      }
      return out;
    };

    const open = await collect(STEERING);
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
    const derived: Record<string, string[]> = {};
    for (const email of READERS) {
      const seen = await collect(email);
      const published = seen.filter((f) => !f.suppressed).flatMap((f) => f.vectors.filter((v, i) => v.size > 0 && f.values[i] !== null));
      if (email.startsWith('ssr')) {
        for (const element of elements)
          for (const p of tertials)
            for (const v of (await get<{ items: Entered[] }>(email, `/api/v1/data-values?dataElement=${element}&period=${p}&pageSize=500`))
              .items)
              if (!v.suppressed && v.value !== null) published.push(new Map([[atom(v.dataElement, v.unit, v.group, v.period), 1]]));
        for (const year of years)
          for (const v of (
            await get<{ items: Entered[] }>(email, `/api/v1/data-values?dataElement=staff_3y_experience&period=${year}&pageSize=500`)
          ).items)
            if (!v.suppressed && v.value !== null) published.push(new Map([[atom(v.dataElement, v.unit, v.group, v.period), 1]]));
      }
      const derivable = spanOf(published);
      derived[email] = secrets.filter((secret) => derivable(secret.vector)).map((s) => s.key);
    }
    expect(derived).toEqual(Object.fromEntries(READERS.map((email) => [email, []])));
  }, 300_000);
});
