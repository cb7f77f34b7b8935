import { focusAreas, goals, plans } from '@planpuls/db';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient, createMunicipality, errorCode, expectStatus, insertReferenceData } from '../../testing/fixtures';
import { useTestApp } from '../../testing/test-app';

describe('plans: create, update, delete', () => {
  const t = useTestApp('empty');
  const api = apiClient(t);
  beforeAll(async () => {
    await insertReferenceData(t.database.owner, await createMunicipality(t.database.owner));
  });

  it('creates a draft, version 1, readable by id and by code', async () => {
    const created = expectStatus(
      await api.post('/plans', {
        code: 'HP-2027',
        name: 'Handlingsplan 2027–2029',
        validFrom: '2027-T1',
        validTo: '2029-T3',
        reportingFrequency: 'tertial',
      }),
      201,
    );
    expect(created).toMatchObject({
      code: 'HP-2027',
      version: 1,
      status: 'draft',
      validFrom: '2027-T1',
      validTo: '2029-T3',
      adoptedOn: null,
      adoptionDecision: null,
    });
    expect(expectStatus(await api.get(`/plans/${created.id}`), 200)).toMatchObject({ ...created, focusAreas: [], activities: [] });
    expect(expectStatus(await api.get('/plans/HP-2027'), 200).id).toBe(created.id);
  });

  it('answers 409 plans.code_taken for a code in use', async () => {
    expect(errorCode(await api.post('/plans', { code: 'HP-2027', name: 'Igen' }), 409)).toBe('plans.code_taken');
  });

  it('refuses validity periods out of order or outside the calendar', async () => {
    expect(errorCode(await api.post('/plans', { code: 'X', name: 'X', validFrom: '2027', validTo: '2026-T3' }), 400)).toBe(
      'plans.periods_out_of_order',
    );
    const outside = await api.post('/plans', { code: 'X', name: 'X', validFrom: '2099-T1' });
    expect(errorCode(outside, 400)).toBe('periods.out_of_range');
    expect(outside.json().error.details[0].field).toBe('body.validFrom');
    expect(errorCode(await api.post('/plans', { code: 'X', name: 'X', validFrom: '2027-T4' }), 400)).toBe('request.invalid');
  });

  it('changes only the fields sent; null clears a period', async () => {
    const changed = expectStatus(await api.patch('/plans/HP-2027', { name: 'Reviderad', validTo: null }), 200);
    expect(changed).toMatchObject({
      code: 'HP-2027',
      name: 'Reviderad',
      validFrom: '2027-T1',
      validTo: null,
      reportingFrequency: 'tertial',
    });
    expect(errorCode(await api.patch('/plans/HP-2027', { validTo: '2026' }), 400)).toBe('plans.periods_out_of_order');
  });

  it('refuses empty, unknown-field, null-name and status-changing bodies', async () => {
    for (const body of [{}, { status: 'adopted' }, { name: null }, { reportingFrequency: 'week' }, { adoptedOn: '2025-01-01' }]) {
      expect(errorCode(await api.patch('/plans/HP-2027', body), 400), JSON.stringify(body)).toBe('request.invalid');
    }
  });

  it('deletes a draft with its focus areas and goals', async () => {
    const draft = expectStatus(await api.post('/plans', { code: 'UTKAST', name: 'Utkast' }), 201);
    expectStatus(await api.post(`/plans/${draft.id}/focus-areas`, { code: '1', name: 'Område' }), 201);
    expectStatus(await api.post(`/plans/${draft.id}/goals`, { code: '1.1', name: 'Mål', focusArea: '1' }), 201);
    expect(expectStatus(await api.delete(`/plans/${draft.id}`), 200)).toEqual({ id: draft.id, deleted: true });
    expect(errorCode(await api.get(`/plans/${draft.id}`), 404)).toBe('plans.not_found');
    expect(await t.database.owner.select().from(goals).where(eq(goals.planId, draft.id))).toEqual([]);
    expect(await t.database.owner.select().from(focusAreas).where(eq(focusAreas.planId, draft.id))).toEqual([]);
  });

  it('refuses to delete an adopted plan (409 plans.not_draft) and to change an archived one (409 plans.archived)', async () => {
    const [municipality] = await t.database.owner.select({ id: plans.municipalityId }).from(plans).limit(1);
    const [adopted, archived] = await t.database.owner
      .insert(plans)
      .values([
        {
          municipalityId: municipality!.id,
          code: 'HP-2024',
          name: 'Antagen',
          status: 'adopted',
          adoptedOn: '2024-02-20',
          adoptionDecision: 'KF § 1',
        },
        { municipalityId: municipality!.id, code: 'HP-2016', name: 'Arkiverad', status: 'archived' },
      ])
      .returning();
    expect(errorCode(await api.delete(`/plans/${adopted!.id}`), 409)).toBe('plans.not_draft');
    expect(errorCode(await api.patch(`/plans/${archived!.id}`, { name: 'Ny' }), 409)).toBe('plans.archived');
    expect(errorCode(await api.post(`/plans/${archived!.id}/focus-areas`, { code: '9', name: 'Nytt' }), 409)).toBe('plans.archived');
    expect(errorCode(await api.delete(`/plans/${archived!.id}`), 409)).toBe('plans.not_draft');
  });

  it('refuses to delete a draft that a later version revises (409 plans.in_use)', async () => {
    const first = expectStatus(await api.post('/plans', { code: 'HP-A', name: 'Första' }), 201);
    const [municipality] = await t.database.owner.select({ id: plans.municipalityId }).from(plans).where(eq(plans.id, first.id));
    await t.database.owner
      .insert(plans)
      .values({ municipalityId: municipality!.id, code: 'HP-B', name: 'Andra', previousVersionId: first.id });
    expect(errorCode(await api.delete(`/plans/${first.id}`), 409)).toBe('plans.in_use');
  });
});

describe('plans of another municipality', () => {
  const t = useTestApp('empty');
  const api = apiClient(t);
  let otherPlanId: string;
  beforeAll(async () => {
    await createMunicipality(t.database.owner);
    const otherId = await createMunicipality(t.database.owner, 'TESTKOMMUN', 'Testkommun');
    const [row] = await t.database.owner
      .insert(plans)
      .values({ municipalityId: otherId, code: 'HP-2027', name: 'Andras utkast' })
      .returning();
    otherPlanId = row!.id;
  });

  it('cannot be changed, deleted, adopted or filled, and do not block the same code here', async () => {
    expect(errorCode(await api.patch(`/plans/${otherPlanId}`, { name: 'Kapad' }), 404)).toBe('plans.not_found');
    expect(errorCode(await api.delete(`/plans/${otherPlanId}`), 404)).toBe('plans.not_found');
    expect(errorCode(await api.post(`/plans/${otherPlanId}/adopt`, { adoptedOn: '2027-01-01', decision: 'KF' }), 404)).toBe(
      'plans.not_found',
    );
    expect(errorCode(await api.post(`/plans/${otherPlanId}/focus-areas`, { code: '1', name: 'x' }), 404)).toBe('plans.not_found');
    expect(errorCode(await api.get(`/plans/${otherPlanId}/measurability`), 404)).toBe('plans.not_found');
    expect(expectStatus(await api.post('/plans', { code: 'HP-2027', name: 'Vår' }), 201).code).toBe('HP-2027');
    const [other] = await t.database.owner.select().from(plans).where(eq(plans.id, otherPlanId));
    expect(other!.name).toBe('Andras utkast');
  });
});
