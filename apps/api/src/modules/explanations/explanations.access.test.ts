import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app';

// Explanations and comments on a unit's figure follow the rule of the figure itself (the README's "Access"):
// a viewer reads them once the unit's report for the period is approved, a union (and HR of another unit) once
// it is submitted, the unit's HR, the steering group and administrators in every state.

type Place = { unit: string; period: string };

describe('explanations and figure comments are read by the state of the unit’s report', () => {
  const t = useTestApp('demo');
  const cookies: Record<string, string> = {};
  // The demo's 2025-T3: Farsta still open, Norrmalm submitted; an approved report is looked up.
  const open: Place = { unit: 'FARSTA', period: '2025-T3' };
  const submitted: Place = { unit: 'NORRMALM', period: '2025-T3' };
  let approved: Place;

  const textOf = (place: Place) => `Förklaring för ${place.unit} ${place.period}`;

  beforeAll(async () => {
    const found = await t.database.owner.execute<Place>(sql`
      SELECT u.code AS unit, p.code AS period FROM unit_reports r JOIN reporting_cycles c ON c.id = r.cycle_id
      JOIN units u ON u.id = r.unit_id JOIN periods p ON p.id = c.period_id
      WHERE r.state = 'approved' AND u.code NOT IN ('FARSTA', 'NORRMALM') ORDER BY p.code DESC, u.code LIMIT 1`);
    approved = found.rows[0]!;
    const states = await t.database.owner.execute<{ unit: string; state: string }>(sql`
      SELECT u.code AS unit, r.state FROM unit_reports r JOIN reporting_cycles c ON c.id = r.cycle_id
      JOIN units u ON u.id = r.unit_id JOIN periods p ON p.id = c.period_id WHERE p.code = '2025-T3' AND u.code IN ('FARSTA', 'NORRMALM') ORDER BY u.code`);
    expect(states.rows).toEqual([
      { unit: 'FARSTA', state: 'open' },
      { unit: 'NORRMALM', state: 'submitted' },
    ]);
    // Explanations of submitted and approved reports need a reason, as values do (migration 0016).
    await t.database.owner.transaction(async (tx) => {
      await tx.execute(sql`SELECT set_config('planpuls.reason', 'Testets förklaringar', true)`);
      for (const place of [open, submitted, approved]) {
        await tx.execute(sql`
          INSERT INTO explanations (municipality_id, indicator_id, unit_id, professional_group_id, period_id, text)
          SELECT u.municipality_id, i.id, u.id, NULL, p.id, ${textOf(place)}
          FROM units u, indicators i, periods p WHERE u.code = ${place.unit} AND i.code = 'turnover_total' AND p.code = ${place.period}`);
      }
    });
    for (const email of [
      'lasare@planpuls.test',
      'ssr.central@planpuls.test',
      'hr.farsta@planpuls.test',
      'hr.spanga@planpuls.test',
      'styrgrupp@planpuls.test',
    ]) {
      cookies[email] = await t.loginAs(email);
    }
  });

  const explanationsSeenBy = async (email: string) => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/explanations?indicator=turnover_total',
      headers: { cookie: cookies[email]! },
    });
    expect(response.statusCode, response.body).toBe(200);
    return new Set((response.json().items as Array<{ text: string }>).map((item) => item.text));
  };

  it('shows a viewer the explanations of approved reports only', async () => {
    const seen = await explanationsSeenBy('lasare@planpuls.test');
    expect(seen.has(textOf(approved))).toBe(true);
    expect(seen.has(textOf(submitted))).toBe(false);
    expect(seen.has(textOf(open))).toBe(false);
  });

  it('shows the central union submitted and approved explanations, never an open report’s', async () => {
    const seen = await explanationsSeenBy('ssr.central@planpuls.test');
    expect(seen.has(textOf(approved))).toBe(true);
    expect(seen.has(textOf(submitted))).toBe(true);
    expect(seen.has(textOf(open))).toBe(false);
  });

  it('shows HR of another unit no explanation of Farsta’s open report (nor, reading reports of its own units only, the others)', async () => {
    expect([...(await explanationsSeenBy('hr.spanga@planpuls.test'))].filter((text) => text.includes('FARSTA'))).toEqual([]);
  });

  it('shows the unit’s own HR and the steering group the explanation while the report is open', async () => {
    expect((await explanationsSeenBy('hr.farsta@planpuls.test')).has(textOf(open))).toBe(true);
    expect((await explanationsSeenBy('styrgrupp@planpuls.test')).has(textOf(open))).toBe(true);
  });

  it('keeps the comments on an open report’s figure from viewers and unions, revisions included', async () => {
    const figure = { indicator: 'turnover_total', unit: open.unit, period: open.period };
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/comments',
      headers: { cookie: cookies['hr.farsta@planpuls.test']! },
      payload: { ...figure, body: 'Utkastet visar 3 avgångar, vi kontrollerar' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const commentId = created.json().id as string;
    const query = new URLSearchParams(figure).toString();
    const threads = async (email: string) =>
      (await t.app.inject({ method: 'GET', url: `/api/v1/comments?${query}`, headers: { cookie: cookies[email]! } })).json()
        .items as unknown[];
    expect(await threads('hr.farsta@planpuls.test')).toHaveLength(1);
    expect(await threads('styrgrupp@planpuls.test')).toHaveLength(1);
    for (const email of ['lasare@planpuls.test', 'ssr.central@planpuls.test', 'hr.spanga@planpuls.test']) {
      expect(await threads(email), email).toEqual([]);
      const revisions = await t.app.inject({
        method: 'GET',
        url: `/api/v1/comments/${commentId}/revisions`,
        headers: { cookie: cookies[email]! },
      });
      expect(revisions.statusCode, email).toBe(404);
    }
  });
});
