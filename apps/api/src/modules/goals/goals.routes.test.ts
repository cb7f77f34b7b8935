import { focusAreas, goals, indicators, plans } from '@planpuls/db';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient, createMunicipality, errorCode, expectStatus, insertReferenceData } from '../../testing/fixtures';
import { useTestApp } from '../../testing/test-app';

const goal = {
  code: '2.2',
  name: 'Lägre extern personalomsättning',
  focusArea: '2',
  indicator: 'turnover_external',
  owner: 'HR-direktören',
  dataSource: 'HR-system',
  frequency: 'tertial',
};

describe('goals: create, read, update, delete', () => {
  const t = useTestApp('empty');
  const api = apiClient(t);
  let planId: string;
  let goalId: string;
  beforeAll(async () => {
    await insertReferenceData(t.database.owner, await createMunicipality(t.database.owner));
    planId = expectStatus(await api.post('/plans', { code: 'HP', name: 'Plan' }), 201).id;
    expectStatus(await api.post(`/plans/${planId}/focus-areas`, { code: '2', name: 'Kompetensförsörjning' }), 201);
    expectStatus(await api.post(`/plans/${planId}/focus-areas`, { code: '3', name: 'Introduktion' }), 201);
  });

  it('creates a goal with focus area and indicator given by code, and reads it by id', async () => {
    const created = expectStatus(await api.post(`/plans/${planId}/goals`, goal), 201);
    goalId = created.id;
    expect(created).toEqual({ ...goal, id: expect.any(String), planId, targets: [] });
    expect(expectStatus(await api.get(`/goals/${goalId}`), 200)).toEqual(created);
  });

  it('answers 404 with the code of what is unknown: indicator, focus area, plan', async () => {
    const indicator = await api.post(`/plans/${planId}/goals`, { ...goal, code: '2.3', indicator: 'turnover_imaginary' });
    expect(errorCode(indicator, 404)).toBe('indicators.not_found');
    expect(indicator.json().error.details[0].field).toBe('body.indicator');
    expect(errorCode(await api.post(`/plans/${planId}/goals`, { ...goal, code: '2.3', focusArea: '9' }), 404)).toBe(
      'focus_areas.not_found',
    );
    expect(errorCode(await api.post('/plans/HP-1999/goals', goal), 404)).toBe('plans.not_found');
  });

  it('answers 409 goals.code_taken for a code taken in the plan', async () => {
    expect(errorCode(await api.post(`/plans/${planId}/goals`, goal), 409)).toBe('goals.code_taken');
  });

  it('refuses unknown fields, nulls for required fields, NaN text and overlong text', async () => {
    for (const body of [
      { ...goal, code: '2.9', colour: 'red' },
      { ...goal, code: '2.9', name: null },
      { ...goal, code: '2.9', position: 'NaN' },
      { ...goal, code: '2.9', owner: 'x'.repeat(201) },
      { ...goal, code: '2.9', frequency: 'weekly' },
      { ...goal, code: '2.9', focusArea: null },
    ]) {
      expect(errorCode(await api.post(`/plans/${planId}/goals`, body), 400), JSON.stringify(body).slice(0, 60)).toBe('request.invalid');
    }
    expect(errorCode(await api.patch(`/goals/${goalId}`, {}), 400)).toBe('request.invalid');
  });

  it('moves a goal to another focus area of the plan, and clears its indicator with null', async () => {
    const moved = expectStatus(await api.patch(`/goals/${goalId}`, { focusArea: '3', indicator: null, name: 'Flyttat mål' }), 200);
    expect(moved).toMatchObject({ focusArea: '3', indicator: null, name: 'Flyttat mål', owner: 'HR-direktören' });
    expect(expectStatus(await api.patch(`/goals/${goalId}`, { indicator: 'turnover_external', focusArea: '2' }), 200)).toMatchObject({
      indicator: 'turnover_external',
      focusArea: '2',
    });
  });

  it('cannot move a goal into a focus area of another plan', async () => {
    const other = expectStatus(await api.post('/plans', { code: 'HP-B', name: 'Annan' }), 201);
    expectStatus(await api.post(`/plans/${other.id}/focus-areas`, { code: '7', name: 'Annans' }), 201);
    expect(errorCode(await api.patch(`/goals/${goalId}`, { focusArea: '7' }), 404)).toBe('focus_areas.not_found');
  });

  it('refuses to delete a goal an activity works toward (409 goals.in_use); deletes it with its targets otherwise', async () => {
    expectStatus(await api.post(`/goals/${goalId}/targets`, { kind: 'at_most', level: 'city', value: 10, group: 'SOC' }), 201);
    const activity = expectStatus(await api.post(`/plans/${planId}/activities`, { code: 'A1', name: 'Exitsamtal', goal: '2.2' }), 201);
    expect(errorCode(await api.delete(`/goals/${goalId}`), 409)).toBe('goals.in_use');
    expectStatus(await api.patch(`/activities/${activity.id}`, { goal: null }), 200);
    expect(expectStatus(await api.delete(`/goals/${goalId}`), 200)).toEqual({ id: goalId, deleted: true });
    expect(errorCode(await api.get(`/goals/${goalId}`), 404)).toBe('goals.not_found');
  });
});

describe('goals of another municipality', () => {
  const t = useTestApp('empty');
  const api = apiClient(t);
  let otherGoalId: string;
  let ourPlanId: string;
  beforeAll(async () => {
    const ours = await createMunicipality(t.database.owner);
    const otherId = await createMunicipality(t.database.owner, 'TESTKOMMUN', 'Testkommun');
    const [plan] = await t.database.owner.insert(plans).values({ municipalityId: otherId, code: 'HP', name: 'Andras' }).returning();
    const [area] = await t.database.owner
      .insert(focusAreas)
      .values({ municipalityId: otherId, planId: plan!.id, code: '1', name: 'Andras' })
      .returning();
    const [row] = await t.database.owner
      .insert(goals)
      .values({ municipalityId: otherId, planId: plan!.id, focusAreaId: area!.id, code: '1.1', name: 'Andras mål' })
      .returning();
    otherGoalId = row!.id;
    await t.database.owner.insert(indicators).values({
      municipalityId: otherId,
      code: 'their_indicator',
      name: 'Andras',
      kind: 'count',
      unitOfMeasure: 'st',
      decimals: 0,
      source: 'x',
    });
    ourPlanId = (await t.database.owner.insert(plans).values({ municipalityId: ours, code: 'HP', name: 'Vår' }).returning())[0]!.id;
    await t.database.owner.insert(focusAreas).values({ municipalityId: ours, planId: ourPlanId, code: '1', name: 'Vårt' });
  });

  it('answer 404 on read, change, delete and adding targets', async () => {
    expect(errorCode(await api.get(`/goals/${otherGoalId}`), 404)).toBe('goals.not_found');
    expect(errorCode(await api.patch(`/goals/${otherGoalId}`, { name: 'Kapad' }), 404)).toBe('goals.not_found');
    expect(errorCode(await api.delete(`/goals/${otherGoalId}`), 404)).toBe('goals.not_found');
    expect(errorCode(await api.post(`/goals/${otherGoalId}/targets`, { kind: 'exact', level: 'city', value: 1 }), 404)).toBe(
      'goals.not_found',
    );
    const [row] = await t.database.owner.select().from(goals).where(eq(goals.id, otherGoalId));
    expect(row!.name).toBe('Andras mål');
  });

  it('cannot follow another municipality’s indicator', async () => {
    expect(
      errorCode(await api.post(`/plans/${ourPlanId}/goals`, { code: '1.1', name: 'x', focusArea: '1', indicator: 'their_indicator' }), 404),
    ).toBe('indicators.not_found');
  });
});
