import { activities, plans } from '@planpuls/db';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient, createMunicipality, errorCode, expectStatus, insertReferenceData } from '../../testing/fixtures';
import { useTestApp } from '../../testing/test-app';

const exitInterviews = {
  code: 'A2',
  name: 'Exit- och flyttsamtal registreras',
  goal: '2.1',
  unit: 'FARSTA',
  owner: 'HR-direktören',
  startDate: '2024-01-15',
  dueDate: '2024-12-31',
  definitionOfDone: 'Alla avgångar och interna byten registreras med orsak i HR-systemet',
  status: 'ongoing',
};

describe('activities: create, read, update, delete', () => {
  const t = useTestApp('empty');
  const api = apiClient(t);
  let planId: string;
  let activityId: string;
  beforeAll(async () => {
    await insertReferenceData(t.database.owner, await createMunicipality(t.database.owner));
    planId = expectStatus(await api.post('/plans', { code: 'HP', name: 'Plan' }), 201).id;
    expectStatus(await api.post(`/plans/${planId}/focus-areas`, { code: '2', name: 'Kompetensförsörjning' }), 201);
    expectStatus(await api.post(`/plans/${planId}/goals`, { code: '2.1', name: 'Omsättning', focusArea: '2' }), 201);
  });

  it('creates an activity with goal and unit given by code, and reads it by id', async () => {
    const created = expectStatus(await api.post(`/plans/${planId}/activities`, exitInterviews), 201);
    activityId = created.id;
    expect(created).toEqual({ ...exitInterviews, id: expect.any(String), planId });
    expect(expectStatus(await api.get(`/activities/${activityId}`), 200)).toEqual(created);
    expect(expectStatus(await api.get(`/plans/${planId}`), 200).activities).toEqual([{ ...exitInterviews, id: activityId }]);
  });

  it('starts as not_started when no status is given', async () => {
    const created = expectStatus(await api.post(`/plans/${planId}/activities`, { code: 'A3', name: 'Mentorsprogram' }), 201);
    expect(created).toMatchObject({ status: 'not_started', goal: null, unit: null, owner: null, dueDate: null });
  });

  it('answers 409 activities.code_taken for a code taken in the plan', async () => {
    expect(errorCode(await api.post(`/plans/${planId}/activities`, exitInterviews), 409)).toBe('activities.code_taken');
  });

  it('answers 404 for an unknown goal or unit code, naming the field', async () => {
    const goal = await api.post(`/plans/${planId}/activities`, { ...exitInterviews, code: 'A9', goal: '9.9' });
    expect(errorCode(goal, 404)).toBe('goals.not_found');
    expect(goal.json().error.details[0].field).toBe('body.goal');
    expect(errorCode(await api.post(`/plans/${planId}/activities`, { ...exitInterviews, code: 'A9', unit: 'ATLANTIS' }), 404)).toBe(
      'units.not_found',
    );
  });

  it('refuses a start after the due date, on create and when one date changes', async () => {
    expect(errorCode(await api.post(`/plans/${planId}/activities`, { ...exitInterviews, code: 'A9', startDate: '2025-01-01' }), 400)).toBe(
      'activities.dates_out_of_order',
    );
    expect(errorCode(await api.patch(`/activities/${activityId}`, { dueDate: '2023-12-31' }), 400)).toBe('activities.dates_out_of_order');
    expect(expectStatus(await api.patch(`/activities/${activityId}`, { startDate: '2024-12-31' }), 200).startDate).toBe('2024-12-31');
  });

  it('refuses bad dates, unknown statuses, unknown fields, nulls for the name and empty changes', async () => {
    for (const body of [{ dueDate: '2024-02-30' }, { dueDate: '31/12/2024' }, { status: 'paused' }, { progress: 50 }, { name: null }, {}]) {
      expect(errorCode(await api.patch(`/activities/${activityId}`, body), 400), JSON.stringify(body)).toBe('request.invalid');
    }
  });

  it('marks an activity done and clears its unit', async () => {
    expect(expectStatus(await api.patch(`/activities/${activityId}`, { status: 'done', unit: null }), 200)).toMatchObject({
      status: 'done',
      unit: null,
      goal: '2.1',
    });
  });

  it('deletes an activity', async () => {
    expect(expectStatus(await api.delete(`/activities/${activityId}`), 200)).toEqual({ id: activityId, deleted: true });
    expect(errorCode(await api.get(`/activities/${activityId}`), 404)).toBe('activities.not_found');
    expect(errorCode(await api.delete(`/activities/${activityId}`), 404)).toBe('activities.not_found');
  });
});

describe('activities of another municipality', () => {
  const t = useTestApp('empty');
  const api = apiClient(t);
  let otherActivityId: string;
  beforeAll(async () => {
    await createMunicipality(t.database.owner);
    const otherId = await createMunicipality(t.database.owner, 'TESTKOMMUN', 'Testkommun');
    const [plan] = await t.database.owner.insert(plans).values({ municipalityId: otherId, code: 'HP', name: 'Andras' }).returning();
    const [row] = await t.database.owner
      .insert(activities)
      .values({ municipalityId: otherId, planId: plan!.id, code: 'A1', name: 'Andras' })
      .returning();
    otherActivityId = row!.id;
  });

  it('answer 404 on read, change and delete', async () => {
    expect(errorCode(await api.get(`/activities/${otherActivityId}`), 404)).toBe('activities.not_found');
    expect(errorCode(await api.patch(`/activities/${otherActivityId}`, { status: 'done' }), 404)).toBe('activities.not_found');
    expect(errorCode(await api.delete(`/activities/${otherActivityId}`), 404)).toBe('activities.not_found');
    const [row] = await t.database.owner.select().from(activities).where(eq(activities.id, otherActivityId));
    expect(row!.status).toBe('not_started');
  });
});
