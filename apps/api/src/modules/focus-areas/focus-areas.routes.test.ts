import { focusAreas, plans } from '@planpuls/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient, createMunicipality, errorCode, expectStatus, insertReferenceData } from '../../testing/fixtures';
import { useTestApp } from '../../testing/test-app';

describe('focus areas: create, read, update, delete', () => {
  const t = useTestApp('empty');
  const api = apiClient(t);
  let planId: string;
  beforeAll(async () => {
    await insertReferenceData(t.database.owner, await createMunicipality(t.database.owner));
    planId = expectStatus(await api.post('/plans', { code: 'HP', name: 'Plan' }), 201).id;
  });

  it('adds focus areas to a plan in order and reads one with its goals', async () => {
    const first = expectStatus(await api.post(`/plans/${planId}/focus-areas`, { code: '1', name: 'Rimlig arbetsbelastning' }), 201);
    expect(first).toEqual({ id: expect.any(String), code: '1', name: 'Rimlig arbetsbelastning', planId, goals: [] });
    expectStatus(await api.post(`/plans/HP/focus-areas`, { code: '2', name: 'Kompetensförsörjning' }), 201);
    expectStatus(await api.post(`/plans/${planId}/goals`, { code: '1.1', name: 'Ärendemängd', focusArea: '1' }), 201);
    const read = expectStatus(await api.get(`/focus-areas/${first.id}`), 200);
    expect(read.goals.map((goal: { code: string }) => goal.code)).toEqual(['1.1']);
    const plan = expectStatus(await api.get(`/plans/${planId}`), 200);
    expect(plan.focusAreas.map((area: { code: string }) => area.code)).toEqual(['1', '2']);
  });

  it('answers 409 focus_areas.code_taken for a code taken in the same plan, but allows it in another plan', async () => {
    expect(errorCode(await api.post(`/plans/${planId}/focus-areas`, { code: '1', name: 'Igen' }), 409)).toBe('focus_areas.code_taken');
    const other = expectStatus(await api.post('/plans', { code: 'HP-B', name: 'Annan' }), 201);
    expectStatus(await api.post(`/plans/${other.id}/focus-areas`, { code: '1', name: 'Samma kod' }), 201);
  });

  it('answers 404 plans.not_found for an unknown plan', async () => {
    expect(errorCode(await api.post('/plans/6f1c2d1e-0000-4000-8000-000000000000/focus-areas', { code: '3', name: 'x' }), 404)).toBe(
      'plans.not_found',
    );
  });

  it('renames and reorders; refuses a taken code and empty or unknown-field bodies', async () => {
    const [area] = (await t.database.owner.select().from(focusAreas)).filter((row) => row.planId === planId && row.code === '2');
    expect(expectStatus(await api.patch(`/focus-areas/${area!.id}`, { name: 'Kompetens', position: 0 }), 200)).toMatchObject({
      name: 'Kompetens',
    });
    const plan = expectStatus(await api.get(`/plans/${planId}`), 200);
    expect(plan.focusAreas.map((a: { code: string }) => a.code)).toEqual(['2', '1']);
    expect(errorCode(await api.patch(`/focus-areas/${area!.id}`, { code: '1' }), 409)).toBe('focus_areas.code_taken');
    for (const body of [{}, { goals: [] }, { position: -1 }, { position: 'NaN' }, { name: null }]) {
      expect(errorCode(await api.patch(`/focus-areas/${area!.id}`, body), 400), JSON.stringify(body)).toBe('request.invalid');
    }
  });

  it('refuses to delete a focus area with goals (409 focus_areas.in_use) and deletes an empty one', async () => {
    const rows = (await t.database.owner.select().from(focusAreas)).filter((row) => row.planId === planId);
    const withGoal = rows.find((row) => row.code === '1')!;
    const empty = rows.find((row) => row.code === '2')!;
    expect(errorCode(await api.delete(`/focus-areas/${withGoal.id}`), 409)).toBe('focus_areas.in_use');
    expect(expectStatus(await api.delete(`/focus-areas/${empty.id}`), 200)).toEqual({ id: empty.id, deleted: true });
    expect(errorCode(await api.get(`/focus-areas/${empty.id}`), 404)).toBe('focus_areas.not_found');
  });
});

describe('focus areas of another municipality', () => {
  const t = useTestApp('empty');
  const api = apiClient(t);
  let otherAreaId: string;
  beforeAll(async () => {
    await createMunicipality(t.database.owner);
    const otherId = await createMunicipality(t.database.owner, 'TESTKOMMUN', 'Testkommun');
    const [plan] = await t.database.owner.insert(plans).values({ municipalityId: otherId, code: 'HP', name: 'Andras' }).returning();
    const [area] = await t.database.owner
      .insert(focusAreas)
      .values({ municipalityId: otherId, planId: plan!.id, code: '1', name: 'Andras' })
      .returning();
    otherAreaId = area!.id;
  });

  it('answer 404 on read, change and delete', async () => {
    expect(errorCode(await api.get(`/focus-areas/${otherAreaId}`), 404)).toBe('focus_areas.not_found');
    expect(errorCode(await api.patch(`/focus-areas/${otherAreaId}`, { name: 'Kapad' }), 404)).toBe('focus_areas.not_found');
    expect(errorCode(await api.delete(`/focus-areas/${otherAreaId}`), 404)).toBe('focus_areas.not_found');
  });
});
