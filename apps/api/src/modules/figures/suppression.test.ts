import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app';

interface UnitFigure {
  unit: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  suppressed: boolean;
  suppressedBecause: string | null;
}

describe('small numbers', () => {
  const t = useTestApp('demo');
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    for (const email of ['styrgrupp@planpuls.test', 'lasare@planpuls.test', 'ssr.central@planpuls.test', 'hr.farsta@planpuls.test'])
      cookies[email] = await t.loginAs(email);
  });
  // New first-line managers per tertial are few: most districts count fewer than five.
  const url = '/api/v1/indicators/new_staff_with_mentor/values?period=2025-T2&group=CHEF';
  const unitsFor = async (email: string) =>
    (await t.app.inject({ method: 'GET', url, headers: { cookie: cookies[email]! } })).json().units as UnitFigure[];

  it('are shown to the steering group', async () => {
    const units = await unitsFor('styrgrupp@planpuls.test');
    expect(units.some((u) => u.numerator !== null && u.numerator < 5)).toBe(true);
    expect(units.every((u) => !u.suppressed)).toBe(true);
  });

  it('are hidden from viewers and unions as "–" with the reason, never as 0', async () => {
    const open = await unitsFor('styrgrupp@planpuls.test');
    for (const email of ['lasare@planpuls.test', 'ssr.central@planpuls.test']) {
      const units = await unitsFor(email);
      for (const unit of units) {
        const truth = open.find((u) => u.unit === unit.unit)!;
        if (truth.numerator !== null && truth.numerator < 5) {
          expect(unit, `${email} ${unit.unit}`).toMatchObject({
            suppressed: true,
            value: null,
            numerator: null,
            denominator: null,
            suppressedBecause: 'small_numbers',
          });
        }
        if (unit.suppressed) expect(unit.value).toBeNull();
      }
    }
  });

  it('never leaves a single hidden unit next to a shown total (complementary suppression)', async () => {
    const url2 = '/api/v1/indicators/turnover_total/values?period=2025-T2&group=CHEF';
    const body = (await t.app.inject({ method: 'GET', url: url2, headers: { cookie: cookies['lasare@planpuls.test']! } })).json();
    const hidden = (body.units as UnitFigure[]).filter((u) => u.suppressed);
    if (!body.municipality.suppressed && hidden.length > 0) expect(hidden.length).toBeGreaterThanOrEqual(2);
  });

  it('are shown to HR for its own unit only', async () => {
    const open = await unitsFor('styrgrupp@planpuls.test');
    const hr = await unitsFor('hr.farsta@planpuls.test');
    const farsta = hr.find((u) => u.unit === 'FARSTA')!;
    expect(farsta.suppressed).toBe(false);
    expect(farsta.numerator).toBe(open.find((u) => u.unit === 'FARSTA')!.numerator);
    const small = open.filter((u) => u.unit !== 'FARSTA' && u.numerator !== null && u.numerator < 5).map((u) => u.unit);
    expect(hr.filter((u) => small.includes(u.unit)).every((u) => u.suppressed)).toBe(true);
  });

  it('also hide a suppressed unit’s status and trend in the plan progress', async () => {
    const progress = (
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/plans/HP-2024/progress?period=2025-T2',
        headers: { cookie: cookies['lasare@planpuls.test']! },
      })
    ).json();
    const all = progress.goals.flatMap((g: { targets: Array<{ units: Array<UnitFigure & { status: string | null; trend: string }> }> }) =>
      g.targets.flatMap((x) => x.units),
    );
    const hidden = all.filter((u: UnitFigure) => u.suppressed);
    expect(hidden.length).toBeGreaterThan(0);
    for (const unit of hidden) expect(unit).toMatchObject({ value: null, status: null, trend: 'unknown', previousValue: null });
  });
});

describe('small counts among entered values', () => {
  const t = useTestApp('demo');

  it('are hidden from a union member and shown to the unit’s HR', async () => {
    const union = await t.loginAs('ssr.central@planpuls.test');
    const hr = await t.loginAs('hr.farsta@planpuls.test');
    const url = '/api/v1/data-values?unit=FARSTA&dataElement=external_leavers&group=CHEF&pageSize=100';
    const seen = (await t.app.inject({ method: 'GET', url, headers: { cookie: hr } })).json().items as Array<{
      period: string;
      value: number;
      suppressed: boolean;
    }>;
    const hidden = (await t.app.inject({ method: 'GET', url, headers: { cookie: union } })).json().items as Array<{
      period: string;
      value: number | null;
      suppressed: boolean;
    }>;
    const small = seen.filter((item) => item.value < 5);
    expect(small.length).toBeGreaterThan(0);
    expect(seen.every((item) => !item.suppressed)).toBe(true);
    // A union reads submitted values only (drafts not at all); every small one it reads is hidden.
    const read = small.flatMap((item) => hidden.filter((h) => h.period === item.period));
    expect(read.length).toBeGreaterThan(0);
    for (const item of read) expect(item).toMatchObject({ value: null, suppressed: true });
    // Sick hours count no people: never hidden.
    const hours = (
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/data-values?unit=FARSTA&dataElement=sick_hours&pageSize=5',
        headers: { cookie: union },
      })
    ).json().items;
    expect(hours.every((item: { suppressed: boolean }) => !item.suppressed)).toBe(true);
  });
});
