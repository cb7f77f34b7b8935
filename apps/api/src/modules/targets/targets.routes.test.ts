import { focusAreas, goals, plans, targetMilestones, targets } from '@planpuls/db';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient, createMunicipality, errorCode, expectStatus, insertReferenceData } from '../../testing/fixtures';
import { useTestApp } from '../../testing/test-app';

/** Goal 2.1 for socialsekreterare in the demo plan: 5–10 %, via 18 % and 14 %. */
const socTarget = {
  kind: 'range',
  level: 'unit',
  group: 'SOC',
  min: 5,
  max: 10,
  deadline: '2026-T3',
  baseline: { kind: 'from_data', period: '2022-T3' },
  milestones: [
    { period: '2025-T3', value: 14 },
    { period: '2024-T3', value: 18 },
  ],
  references: [{ label: 'Stadens officiella siffra 2021', value: 23.4, period: '2021', source: 'Akademikerförbundet SSR' }],
};

describe('targets: create, read, update, delete', () => {
  const t = useTestApp('empty');
  const api = apiClient(t);
  let goalId: string;
  let targetId: string;
  beforeAll(async () => {
    await insertReferenceData(t.database.owner, await createMunicipality(t.database.owner));
    const plan = expectStatus(await api.post('/plans', { code: 'HP', name: 'Plan' }), 201);
    expectStatus(await api.post(`/plans/${plan.id}/focus-areas`, { code: '2', name: 'Kompetensförsörjning' }), 201);
    goalId = expectStatus(
      await api.post(`/plans/${plan.id}/goals`, { code: '2.1', name: 'Omsättning', focusArea: '2', indicator: 'turnover_external' }),
      201,
    ).id;
  });

  it('creates a range target with baseline, milestones in period order and reference values', async () => {
    const created = expectStatus(await api.post(`/goals/${goalId}/targets`, socTarget), 201);
    targetId = created.id;
    expect(created).toEqual({
      id: expect.any(String),
      goalId,
      kind: 'range',
      level: 'unit',
      group: 'SOC',
      value: null,
      min: 5,
      max: 10,
      deadline: '2026-T3',
      baseline: { kind: 'from_data', period: '2022-T3' },
      tolerance: null,
      milestones: [
        { period: '2024-T3', value: 18 },
        { period: '2025-T3', value: 14 },
      ],
      references: [{ label: 'Stadens officiella siffra 2021', value: 23.4, period: '2021', source: 'Akademikerförbundet SSR' }],
    });
    expect(expectStatus(await api.get(`/targets/${targetId}`), 200)).toEqual(created);
    const { goalId: _goalId, ...inGoal } = created;
    expect(expectStatus(await api.get(`/goals/${goalId}`), 200).targets).toEqual([inGoal]);
  });

  it('creates a target with a fixed baseline and its source, listed after the first', async () => {
    const created = expectStatus(
      await api.post(`/goals/${goalId}/targets`, {
        kind: 'at_most',
        level: 'city',
        group: 'BIST',
        value: 10,
        deadline: '2026-T3',
        tolerance: 0.5,
        baseline: { kind: 'fixed', value: 18.9, period: '2021', source: 'Stadens siffror 2021', note: 'officiellt mått' },
      }),
      201,
    );
    expect(created.baseline).toEqual({
      kind: 'fixed',
      value: 18.9,
      period: '2021',
      source: 'Stadens siffror 2021',
      note: 'officiellt mått',
    });
    expect(created).toMatchObject({ min: null, max: null, value: 10, tolerance: 0.5, milestones: [], references: [] });
    const goal = expectStatus(await api.get(`/goals/${goalId}`), 200);
    expect(goal.targets.map((target: { group: string }) => target.group)).toEqual(['SOC', 'BIST']);
  });

  it('needs min ≤ max for a range and a value for the other kinds (400 targets.invalid_bounds)', async () => {
    const post = (body: object) => api.post(`/goals/${goalId}/targets`, { level: 'unit', ...body });
    expect(errorCode(await post({ kind: 'range', min: 10, max: 5 }), 400)).toBe('targets.invalid_bounds');
    expect(errorCode(await post({ kind: 'range', min: 5 }), 400)).toBe('targets.invalid_bounds');
    expect(errorCode(await post({ kind: 'range', min: 5, max: 10, value: 7 }), 400)).toBe('targets.invalid_bounds');
    expect(errorCode(await post({ kind: 'at_least' }), 400)).toBe('targets.invalid_bounds');
    expect(errorCode(await post({ kind: 'exact', value: 3, max: 4 }), 400)).toBe('targets.invalid_bounds');
  });

  it('refuses "NaN", Infinity as text, huge numbers, a negative tolerance and unknown fields', async () => {
    for (const change of [
      { value: 'NaN' },
      { value: 'Infinity' },
      { value: 1e300 },
      { value: null, kind: null },
      { tolerance: -1 },
      { direction: 'down' },
      { milestones: [{ period: '2025-T3' }] },
    ]) {
      const response = await api.post(`/goals/${goalId}/targets`, { kind: 'at_most', level: 'unit', value: 5, ...change });
      expect(errorCode(response, 400), JSON.stringify(change)).toBe('request.invalid');
    }
  });

  it('answers 404 professional_groups.not_found for an unknown group and 400 for periods outside the calendar', async () => {
    const group = await api.post(`/goals/${goalId}/targets`, { kind: 'at_most', level: 'unit', value: 5, group: 'PILOT' });
    expect(errorCode(group, 404)).toBe('professional_groups.not_found');
    expect(group.json().error.details[0].field).toBe('body.group');
    const period = await api.post(`/goals/${goalId}/targets`, {
      kind: 'at_most',
      level: 'unit',
      value: 5,
      milestones: [{ period: '2099-T1', value: 4 }],
    });
    expect(errorCode(period, 400)).toBe('periods.out_of_range');
    expect(period.json().error.details[0].field).toBe('body.milestones.0.period');
  });

  it('allows one target per group of a goal (409 targets.group_taken)', async () => {
    expect(errorCode(await api.post(`/goals/${goalId}/targets`, { ...socTarget, milestones: [] }), 409)).toBe('targets.group_taken');
  });

  it('refuses two milestones for a period and a milestone after the deadline', async () => {
    const post = (milestones: object[]) =>
      api.post(`/goals/${goalId}/targets`, { kind: 'at_most', level: 'unit', value: 5, deadline: '2025-T3', milestones });
    expect(
      errorCode(
        await post([
          { period: '2024-T3', value: 8 },
          { period: '2024-T3', value: 7 },
        ]),
        400,
      ),
    ).toBe('targets.duplicate_milestone');
    expect(errorCode(await post([{ period: '2026-T1', value: 8 }]), 400)).toBe('targets.milestone_after_deadline');
  });

  it('changes the bounds only, keeping milestones and references', async () => {
    const changed = expectStatus(await api.patch(`/targets/${targetId}`, { max: 12 }), 200);
    expect(changed).toMatchObject({ kind: 'range', min: 5, max: 12, milestones: [{ period: '2024-T3' }, { period: '2025-T3' }] });
    expect(changed.references).toHaveLength(1);
  });

  it('replaces milestones and references when they are sent', async () => {
    const changed = expectStatus(
      await api.patch(`/targets/${targetId}`, { milestones: [{ period: '2025-T1', value: 16 }], references: [] }),
      200,
    );
    expect(changed.milestones).toEqual([{ period: '2025-T1', value: 16 }]);
    expect(changed.references).toEqual([]);
    expect(await t.database.owner.select().from(targetMilestones).where(eq(targetMilestones.targetId, targetId))).toHaveLength(1);
  });

  it('switches a range to "at most" with only the new kind and value, dropping the bounds', async () => {
    const changed = expectStatus(await api.patch(`/targets/${targetId}`, { kind: 'at_most', value: 10 }), 200);
    expect(changed).toMatchObject({ kind: 'at_most', value: 10, min: null, max: null });
    expect(errorCode(await api.patch(`/targets/${targetId}`, { kind: 'range' }), 400)).toBe('targets.invalid_bounds');
    expect(expectStatus(await api.get(`/targets/${targetId}`), 200)).toMatchObject({ kind: 'at_most', value: 10 });
  });

  it('clears the baseline with null and refuses an empty change', async () => {
    expect(expectStatus(await api.patch(`/targets/${targetId}`, { baseline: null }), 200).baseline).toBeNull();
    expect(errorCode(await api.patch(`/targets/${targetId}`, {}), 400)).toBe('request.invalid');
    expect(errorCode(await api.patch(`/targets/${targetId}`, { baseline: { kind: 'from_data' } }), 400)).toBe('request.invalid');
  });

  it('deletes a target with its milestones', async () => {
    expect(expectStatus(await api.delete(`/targets/${targetId}`), 200)).toEqual({ id: targetId, deleted: true });
    expect(errorCode(await api.get(`/targets/${targetId}`), 404)).toBe('targets.not_found');
    expect(await t.database.owner.select().from(targetMilestones).where(eq(targetMilestones.targetId, targetId))).toEqual([]);
  });
});

describe('targets of another municipality', () => {
  const t = useTestApp('empty');
  const api = apiClient(t);
  let otherTargetId: string;
  beforeAll(async () => {
    await createMunicipality(t.database.owner);
    const otherId = await createMunicipality(t.database.owner, 'TESTKOMMUN', 'Testkommun');
    const [plan] = await t.database.owner.insert(plans).values({ municipalityId: otherId, code: 'HP', name: 'Andras' }).returning();
    const [area] = await t.database.owner
      .insert(focusAreas)
      .values({ municipalityId: otherId, planId: plan!.id, code: '1', name: 'Andras' })
      .returning();
    const [goal] = await t.database.owner
      .insert(goals)
      .values({ municipalityId: otherId, planId: plan!.id, focusAreaId: area!.id, code: '1.1', name: 'Andras' })
      .returning();
    const [row] = await t.database.owner
      .insert(targets)
      .values({ municipalityId: otherId, goalId: goal!.id, kind: 'exact', level: 'city', value: 1 })
      .returning();
    otherTargetId = row!.id;
  });

  it('answer 404 on read, change and delete', async () => {
    expect(errorCode(await api.get(`/targets/${otherTargetId}`), 404)).toBe('targets.not_found');
    expect(errorCode(await api.patch(`/targets/${otherTargetId}`, { value: 2 }), 404)).toBe('targets.not_found');
    expect(errorCode(await api.delete(`/targets/${otherTargetId}`), 404)).toBe('targets.not_found');
    const [row] = await t.database.owner.select().from(targets).where(eq(targets.id, otherTargetId));
    expect(row!.value).toBe(1);
  });
});
