import { eq } from 'drizzle-orm';
import { dataElements, dataValues, municipalities, periods, plans, professionalGroups, units } from '@planpuls/db';
import { pgErrorCode } from '@planpuls/db/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { useTestApp } from '../testing/test-app';

describe('a second municipality in the same database', () => {
  const stockholm = useTestApp('demo');
  let other: FastifyInstance;
  let otherId: string;

  beforeAll(async () => {
    const db = stockholm.database.owner;
    const [row] = await db.insert(municipalities).values({ code: 'TESTKOMMUN', name: 'Testkommun' }).returning();
    otherId = row!.id;
    // The same codes as Stockholm's: codes are unique per municipality, not globally.
    await db.insert(units).values({ municipalityId: otherId, code: 'FARSTA', name: 'Farsta i Testkommun', kind: 'district' });
    await db.insert(professionalGroups).values({ municipalityId: otherId, code: 'SOC', name: 'Socialsekreterare i Testkommun' });
    await db.insert(plans).values({ municipalityId: otherId, code: 'HP-2024', name: 'Testkommunens plan' });
    other = await buildApp({ config: { ...loadConfig({ PLANPULS_MODE: 'development' }), municipalityCode: 'TESTKOMMUN' }, db: stockholm.database.app, logger: false });
  });
  afterAll(() => other?.close());

  const codesOf = async (app: FastifyInstance, url: string) =>
    ((await app.inject({ method: 'GET', url })).json().items as Array<{ name: string }>).map((item) => item.name);

  it('sees only its own units, groups and plans', async () => {
    expect(await codesOf(other, '/api/v1/units')).toEqual(['Farsta i Testkommun']);
    expect(await codesOf(other, '/api/v1/professional-groups')).toEqual(['Socialsekreterare i Testkommun']);
    expect(await codesOf(other, '/api/v1/plans')).toEqual(['Testkommunens plan']);
    expect(await codesOf(other, '/api/v1/indicators')).toEqual([]);
  });

  it('leaves Stockholm blind to it', async () => {
    const names = await codesOf(stockholm.app, '/api/v1/units');
    expect(names).toHaveLength(15);
    expect(names).not.toContain('Farsta i Testkommun');
    const plan = await stockholm.app.inject({ method: 'GET', url: '/api/v1/plans/HP-2024' });
    expect(plan.json().name).toMatch(/^Reviderad handlingsplan/);
  });

  it('cannot reach the other municipality by id either', async () => {
    const [otherPlan] = await stockholm.database.owner.select().from(plans).where(eq(plans.municipalityId, otherId));
    const response = await stockholm.app.inject({ method: 'GET', url: `/api/v1/plans/${otherPlan!.id}` });
    expect(response.statusCode).toBe(404);
  });

  it('refuses, in the database itself, a row that points into another municipality', async () => {
    const db = stockholm.database.owner;
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
