import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient, createMunicipality, errorCode, expectStatus, insertReferenceData } from '../../testing/fixtures';
import { useTestApp } from '../../testing/test-app';

describe('the measurability check and adoption of a plan', () => {
  const t = useTestApp('empty');
  const api = apiClient(t);
  let planId: string;
  let goalId: string;
  let targetId: string;
  let activityId: string;
  beforeAll(async () => {
    await insertReferenceData(t.database.owner, await createMunicipality(t.database.owner));
    planId = expectStatus(await api.post('/plans', { code: 'HP-2027', name: 'Handlingsplan 2027' }), 201).id;
  });
  const problems = async () => expectStatus(await api.get(`/plans/${planId}/measurability`), 200);

  it('lists a plan without goals as not measurable', async () => {
    expect(await problems()).toEqual({ planId, measurable: false, problems: [expect.objectContaining({ code: 'plan.missing_goals' })] });
  });

  it('lists every field a goal, its target and an activity lack, with stable codes', async () => {
    expectStatus(await api.post(`/plans/${planId}/focus-areas`, { code: '2', name: 'Kompetensförsörjning' }), 201);
    goalId = expectStatus(
      await api.post(`/plans/${planId}/goals`, { code: '2.1', name: 'Lägre personalomsättning', focusArea: '2' }),
      201,
    ).id;
    activityId = expectStatus(await api.post(`/plans/${planId}/activities`, { code: 'A1', name: 'Exitsamtal', goal: '2.1' }), 201).id;

    const before = await problems();
    expect(before.measurable).toBe(false);
    expect(before.problems.map((p: { code: string; goal?: string; activity?: string }) => [p.code, p.goal ?? p.activity])).toEqual([
      ['goal.missing_indicator', '2.1'],
      ['goal.missing_target', '2.1'],
      ['goal.missing_owner', '2.1'],
      ['goal.missing_data_source', '2.1'],
      ['goal.missing_frequency', '2.1'],
      ['activity.missing_owner', 'A1'],
      ['activity.missing_due_date', 'A1'],
      ['activity.missing_definition_of_done', 'A1'],
    ]);
    expect(before.problems[0]).toEqual({ code: 'goal.missing_indicator', goal: '2.1', message: 'Goal 2.1 has no indicator.' });
  });

  it('checks the baseline and deadline of each target', async () => {
    expectStatus(
      await api.patch(`/goals/${goalId}`, {
        indicator: 'turnover_external',
        owner: 'HR-direktören',
        dataSource: 'HR-system',
        frequency: 'tertial',
      }),
      200,
    );
    targetId = expectStatus(
      await api.post(`/goals/${goalId}/targets`, { kind: 'range', level: 'unit', group: 'SOC', min: 5, max: 10 }),
      201,
    ).id;
    const goalProblems = (await problems()).problems.filter((p: { goal?: string }) => p.goal);
    expect(goalProblems).toEqual([
      {
        code: 'target.missing_baseline',
        goal: '2.1',
        target: targetId,
        group: 'SOC',
        message: 'The target of goal 2.1 for SOC has no baseline.',
      },
      {
        code: 'target.missing_deadline',
        goal: '2.1',
        target: targetId,
        group: 'SOC',
        message: 'The target of goal 2.1 for SOC has no deadline.',
      },
    ]);
  });

  it('refuses adoption while anything is listed (409 plans.not_measurable with each problem), leaving the draft', async () => {
    const refused = await api.post(`/plans/${planId}/adopt`, { adoptedOn: '2027-01-15', decision: 'Socialnämnden 2027-01-15 § 4' });
    expect(errorCode(refused, 409)).toBe('plans.not_measurable');
    expect(refused.json().error.details).toEqual(
      expect.arrayContaining([
        { field: 'goals.2.1', message: 'The target of goal 2.1 for SOC has no baseline.', code: 'target.missing_baseline' },
        { field: 'activities.A1', message: 'Activity A1 has no owner.', code: 'activity.missing_owner' },
      ]),
    );
    expect(refused.json().error.details).toHaveLength(5);
    expect(expectStatus(await api.get(`/plans/${planId}`), 200)).toMatchObject({ status: 'draft', adoptedOn: null });
  });

  it('adopts the plan once nothing is missing, with its date and decision', async () => {
    expectStatus(await api.patch(`/targets/${targetId}`, { baseline: { kind: 'from_data', period: '2026-T3' }, deadline: '2029-T3' }), 200);
    expectStatus(
      await api.patch(`/activities/${activityId}`, {
        owner: 'HR-direktören',
        dueDate: '2027-12-31',
        definitionOfDone: 'Alla avgångar registreras med orsak',
      }),
      200,
    );
    expect(await problems()).toEqual({ planId, measurable: true, problems: [] });

    const adopted = expectStatus(
      await api.post(`/plans/${planId}/adopt`, { adoptedOn: '2027-01-15', decision: 'Socialnämnden 2027-01-15 § 4' }),
      200,
    );
    expect(adopted).toMatchObject({
      id: planId,
      status: 'adopted',
      adoptedOn: '2027-01-15',
      adoptionDecision: 'Socialnämnden 2027-01-15 § 4',
    });
  });

  it('adopts a plan only once (409 plans.not_draft)', async () => {
    expect(errorCode(await api.post(`/plans/${planId}/adopt`, { adoptedOn: '2027-02-01', decision: 'Igen' }), 409)).toBe('plans.not_draft');
  });

  it('refuses an adoption without a decision, with a bad date or unknown fields', async () => {
    for (const body of [
      { adoptedOn: '2027-01-15' },
      { adoptedOn: '2027-13-01', decision: 'KF' },
      { adoptedOn: '2027-01-15', decision: ' ' },
      { adoptedOn: '2027-01-15', decision: 'KF', status: 'adopted' },
    ]) {
      expect(errorCode(await api.post(`/plans/${planId}/adopt`, body), 400), JSON.stringify(body)).toBe('request.invalid');
    }
  });
});

describe('the measurability of the demo plan', () => {
  const t = useTestApp('demo');

  it('lists nothing for HP-2024', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/plans/HP-2024/measurability' });
    expect(expectStatus(response, 200)).toMatchObject({ measurable: true, problems: [] });
  });

  it('answers 404 plans.not_found for an unknown plan', async () => {
    expect(errorCode(await t.app.inject({ method: 'GET', url: '/api/v1/plans/HP-1999/measurability' }), 404)).toBe('plans.not_found');
  });
});
