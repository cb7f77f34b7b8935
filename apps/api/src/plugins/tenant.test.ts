import { eq } from 'drizzle-orm';
import { dataElements, dataValues, municipalities, periods, plans, professionalGroups, userRoles, units, users } from '@planpuls/db';
import { pgErrorCode } from '@planpuls/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../testing/test-app';

describe('a second municipality in the same database', () => {
  const t = useTestApp('demo');
  let otherId: string;
  let otherCookie: string;

  beforeAll(async () => {
    const db = t.database.owner;
    const [row] = await db.insert(municipalities).values({ code: 'TESTKOMMUN', name: 'Testkommun' }).returning();
    otherId = row!.id;
    // The same codes as Stockholm's: codes are unique per municipality, not globally.
    await db.insert(units).values({ municipalityId: otherId, code: 'FARSTA', name: 'Farsta i Testkommun', kind: 'district' });
    await db.insert(professionalGroups).values({ municipalityId: otherId, code: 'SOC', name: 'Socialsekreterare i Testkommun' });
    await db.insert(plans).values({ municipalityId: otherId, code: 'HP-2024', name: 'Testkommunens plan' });
    const [steering] = await db
      .insert(users)
      .values({ municipalityId: otherId, email: 'styrgrupp@testkommun.test', displayName: 'Styrgrupp Testkommun' })
      .returning();
    await db.insert(userRoles).values({ municipalityId: otherId, userId: steering!.id, role: 'steering' });
    otherCookie = await t.loginAs('styrgrupp@testkommun.test');
  });

  const namesOf = async (url: string, cookie?: string) =>
    ((await t.app.inject({ method: 'GET', url, ...(cookie ? { headers: { cookie } } : {}) })).json().items as Array<{ name: string }>).map(
      (item) => item.name,
    );

  it('shows its users only its own units, groups and plans', async () => {
    expect(await namesOf('/api/v1/units', otherCookie)).toEqual(['Farsta i Testkommun']);
    expect(await namesOf('/api/v1/professional-groups', otherCookie)).toEqual(['Socialsekreterare i Testkommun']);
    expect(await namesOf('/api/v1/plans', otherCookie)).toEqual(['Testkommunens plan']);
    expect(await namesOf('/api/v1/indicators', otherCookie)).toEqual([]);
  });

  it('leaves Stockholm’s users blind to it', async () => {
    const names = await namesOf('/api/v1/units');
    expect(names).toHaveLength(15);
    expect(names).not.toContain('Farsta i Testkommun');
    const plan = await t.app.inject({ method: 'GET', url: '/api/v1/plans/HP-2024' });
    expect(plan.json().name).toMatch(/^Reviderad handlingsplan/);
  });

  it('cannot reach the other municipality by id either', async () => {
    const [otherPlan] = await t.database.owner.select().from(plans).where(eq(plans.municipalityId, otherId));
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/plans/${otherPlan!.id}` });
    expect(response.statusCode).toBe(404);
    const [stockholmPlan] = await t.database.owner.select().from(plans).where(eq(plans.code, 'HP-2016'));
    const reverse = await t.app.inject({ method: 'GET', url: `/api/v1/plans/${stockholmPlan!.id}`, headers: { cookie: otherCookie } });
    expect(reverse.statusCode).toBe(404);
  });

  it('refuses, in the database itself, a row that points into another municipality', async () => {
    const db = t.database.owner;
    const [stockholmElement] = await db.select().from(dataElements).where(eq(dataElements.code, 'student_placements'));
    const [otherUnit] = await db.select().from(units).where(eq(units.municipalityId, otherId));
    const [period] = await db.select().from(periods).where(eq(periods.code, '2025-T2'));
    const crossing = db.insert(dataValues).values({
      municipalityId: otherId,
      dataElementId: stockholmElement!.id,
      unitId: otherUnit!.id,
      periodId: period!.id,
      value: 3,
    });
    expect(await pgErrorCode(crossing)).toBe('23503');
  });
});
