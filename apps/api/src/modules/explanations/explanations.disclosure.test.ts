import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app';

// An explanation is about its figure's value ("only 3 placements this tertial, because…"): whoever sees the figure
// as "–" for small numbers does not get its explanation either, or the text would say what the figure may not.

const TEXT = 'Färre praktikplatser än vanligt: handledarna var föräldralediga.';
const PLACE = { indicator: 'student_placements', unit: 'HAGERSTEN_ALVSJO', period: '2025-T1' };

describe('the explanation of a figure hidden for small numbers', () => {
  const t = useTestApp('demo');
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    await t.database.owner.transaction(async (tx) => {
      await tx.execute(sql`SELECT set_config('planpuls.reason', 'Testets förklaring', true)`);
      await tx.execute(sql`
        INSERT INTO explanations (municipality_id, indicator_id, unit_id, professional_group_id, period_id, text)
        SELECT u.municipality_id, i.id, u.id, NULL, p.id, ${TEXT}
        FROM units u, indicators i, periods p WHERE u.code = ${PLACE.unit} AND i.code = ${PLACE.indicator} AND p.code = ${PLACE.period}`);
    });
    for (const email of ['lasare@planpuls.test', 'ssr.central@planpuls.test', 'styrgrupp@planpuls.test'])
      cookies[email] = await t.loginAs(email);
  });
  const get = async (email: string, url: string) => {
    const response = await t.app.inject({ method: 'GET', url, headers: { cookie: cookies[email]! } });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const texts = async (email: string) =>
    (
      (await get(email, `/api/v1/explanations?indicator=${PLACE.indicator}&period=${PLACE.period}`)).items as Array<{
        unit: string;
        text: string;
      }>
    )
      .filter((e) => e.unit === PLACE.unit)
      .map((e) => e.text);

  it('is not given to a viewer or a union member who see the figure as “–”, and is to the steering group', async () => {
    for (const email of ['lasare@planpuls.test', 'ssr.central@planpuls.test']) {
      const values = await get(email, `/api/v1/indicators/${PLACE.indicator}/values?period=${PLACE.period}`);
      expect((values.units as Array<{ unit: string; suppressed: boolean }>).find((u) => u.unit === PLACE.unit)!.suppressed, email).toBe(
        true,
      );
      expect(await texts(email), email).toEqual([]);
    }
    expect(await texts('styrgrupp@planpuls.test')).toEqual([TEXT]);
  });

  it('is still given where the figure is shown', async () => {
    const shown = await get('lasare@planpuls.test', `/api/v1/indicators/${PLACE.indicator}/values?period=${PLACE.period}`);
    const visible = (shown.units as Array<{ unit: string; suppressed: boolean; numerator: number | null }>).find(
      (u) => !u.suppressed && u.numerator !== null,
    )!;
    await t.database.owner.transaction(async (tx) => {
      await tx.execute(sql`SELECT set_config('planpuls.reason', 'Testets förklaring', true)`);
      await tx.execute(sql`
        INSERT INTO explanations (municipality_id, indicator_id, unit_id, professional_group_id, period_id, text)
        SELECT u.municipality_id, i.id, u.id, NULL, p.id, 'Synlig förklaring'
        FROM units u, indicators i, periods p WHERE u.code = ${visible.unit} AND i.code = ${PLACE.indicator} AND p.code = ${PLACE.period}`);
    });
    const items = (await get('lasare@planpuls.test', `/api/v1/explanations?indicator=${PLACE.indicator}&period=${PLACE.period}`))
      .items as Array<{ unit: string; text: string }>;
    expect(items.filter((e) => e.unit === visible.unit).map((e) => e.text)).toEqual(['Synlig förklaring']);
  });
});
