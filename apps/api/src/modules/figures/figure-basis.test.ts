import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app';

interface Figure {
  value: number | null;
  outcome: string;
  completeness?: { reported: number; expected: number; missingUnits: string[] };
}
interface Values {
  municipality: Figure;
  units: Array<Figure & { unit: string }>;
}

const HR_FARSTA = 'hr.farsta@planpuls.test';
const HR_SPANGA = 'hr.spanga@planpuls.test';
const UNION = 'ssr.central@planpuls.test';
const LOCAL_UNION = 'vision.farsta@planpuls.test';
const OUTSIDERS = [UNION, LOCAL_UNION, HR_SPANGA];

/**
 * Issue #12, findings 12/17 as a class: a reader's figures stand only on the values the reader may read. In the
 * demo, Farsta's 2025-T3 report is open; HR Farsta types a draft caseload (goal 1.1, cases per caseworker: no
 * small numbers, so every figure is shown and any movement would be seen).
 */
describe('figures stand on what their reader may read of each unit', () => {
  const t = useTestApp('demo');
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    for (const email of [HR_FARSTA, ...OUTSIDERS]) cookies[email] = await t.loginAs(email);
  });

  const get = async (email: string, url: string) => {
    const response = await t.app.inject({ method: 'GET', url, headers: { cookie: cookies[email]! } });
    expect(response.statusCode, `${email} ${url}: ${response.body}`).toBe(200);
    return response.json();
  };
  /** Everything a reader can obtain of the figures the draft could move. */
  const everything = async (email: string) => ({
    soc: (await get(email, '/api/v1/indicators/cases_per_caseworker/values?period=2025-T3&group=SOC')) as Values,
    all: (await get(email, '/api/v1/indicators/cases_per_caseworker/values?period=2025-T3')) as Values,
    progress: await get(email, '/api/v1/plans/HP-2024/progress?period=2025-T3'),
    series: await get(email, '/api/v1/plans/HP-2024/goals/1.1/series?period=2025-T3&units=FARSTA,BROMMA'),
  });
  const farsta = (body: Values) => body.units.find((u) => u.unit === 'FARSTA')!;

  const typeDraft = async (value: number) => {
    const path = 'open_cases/FARSTA/2025-T3?group=SOC';
    const [current] = (await get(HR_FARSTA, `/api/v1/data-values?dataElement=open_cases&unit=FARSTA&group=SOC&period=2025-T3`))
      .items as Array<{ value: number; version: number }>;
    const response = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/data-values/${path}`,
      headers: { cookie: cookies[HR_FARSTA]!, 'if-match': `"${current!.version}"` },
      payload: { value: current!.value + value, reason: 'Utkast under arbete' },
    });
    expect(response.statusCode, response.body).toBe(200);
  };
  const farstaReport = (state: 'open' | 'submitted') =>
    t.database.owner.execute(sql`
      UPDATE unit_reports r SET state = ${state}::unit_report_state
      FROM reporting_cycles c, periods p, units u
      WHERE c.id = r.cycle_id AND p.id = c.period_id AND u.id = r.unit_id AND p.code = '2025-T3' AND u.code = 'FARSTA'`);

  it('does not move any figure a union member or HR of another unit reads while HR Farsta types a draft; it does once Farsta submits', async () => {
    await farstaReport('open');
    const before = Object.fromEntries(
      await Promise.all([HR_FARSTA, ...OUTSIDERS].map(async (email) => [email, await everything(email)] as const)),
    );
    for (const email of OUTSIDERS) {
      // Farsta's open report is not in their figures at all, and the city says so.
      expect(farsta(before[email]!.soc), email).toMatchObject({ value: null, outcome: 'no_data' });
      expect(before[email]!.soc.municipality.completeness!.missingUnits, email).toContain('FARSTA');
      expect(before[email]!.soc.municipality.value, email).not.toBeNull();
    }

    await typeDraft(40);
    const draft = Object.fromEntries(
      await Promise.all([HR_FARSTA, ...OUTSIDERS].map(async (email) => [email, await everything(email)] as const)),
    );
    for (const email of OUTSIDERS) expect(draft[email], email).toEqual(before[email]);

    // HR Farsta reads its own draft, in its unit's figure and in the city's.
    const own = { before: before[HR_FARSTA]!, draft: draft[HR_FARSTA]! };
    expect(farsta(own.draft.soc).value).toBeGreaterThan(farsta(own.before.soc).value!);
    expect(own.draft.soc.municipality.value).toBeGreaterThan(own.before.soc.municipality.value!);
    expect(farsta(own.draft.all).value).toBeGreaterThan(farsta(own.before.all).value!);
    expect(own.draft.soc.municipality.completeness!.missingUnits).not.toContain('FARSTA');
    expect(own.draft.progress).not.toEqual(own.before.progress);
    expect(own.draft.series).not.toEqual(own.before.series);

    await farstaReport('submitted');
    for (const email of OUTSIDERS) {
      const submitted = await everything(email);
      expect(farsta(submitted.soc).value, email).toBe(farsta(own.draft.soc).value);
      expect(submitted.soc.municipality, email).not.toEqual(before[email]!.soc.municipality);
      // Unions read the same units as HR Farsta now (HR Spånga reads its own open report as well).
      if (email !== HR_SPANGA) expect(submitted.soc.municipality, email).toEqual(own.draft.soc.municipality);
      expect(submitted.soc.municipality.completeness!.missingUnits, email).not.toContain('FARSTA');
      expect(farsta(submitted.all).value, email).toBe(farsta(own.draft.all).value);
      expect(submitted.progress, email).not.toEqual(before[email]!.progress);
      expect(submitted.series, email).not.toEqual(before[email]!.series);
    }
    // Every reader's plan progress is computed afresh at each revision, small-number decisions included.
  }, 240_000);
});
