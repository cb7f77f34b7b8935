import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient, errorCode, expectStatus } from '../../testing/fixtures';
import { useTestApp } from '../../testing/test-app';

interface Target {
  id: string;
  group: string | null;
  [key: string]: unknown;
}
interface Goal {
  id: string;
  code: string;
  targets: Target[];
  [key: string]: unknown;
}
interface Plan {
  focusAreas: Array<{ id: string; code: string; name: string; goals: Goal[] }>;
  [key: string]: unknown;
}

/** A plan's content without ids, for comparing versions. */
const contentOf = (plan: Plan) =>
  plan.focusAreas.map(({ code, name, goals }) => ({
    code,
    name,
    goals: goals.map(({ id: _id, targets, ...goal }) => ({ ...goal, targets: targets.map(({ id: _target, ...target }) => target) })),
  }));

describe('revising a plan', () => {
  const t = useTestApp('demo');
  const api = apiClient(t);
  let original: Plan & { id: string; version: number };
  let revision: { id: string; [key: string]: unknown };

  beforeAll(async () => {
    original = expectStatus(await api.get('/plans/HP-2024'), 200);
  });

  it('creates a draft version + 1 that links back to the adopted version', async () => {
    revision = expectStatus(await api.post('/plans/HP-2024/revise', { name: 'Handlingsplan 2024–2026, revision 2025' }), 201);
    expect(revision).toMatchObject({
      code: 'HP-2024',
      version: original.version + 1,
      name: 'Handlingsplan 2024–2026, revision 2025',
      status: 'draft',
      adoptedOn: null,
      adoptionDecision: null,
      previousVersionId: original.id,
      validFrom: original.validFrom,
      validTo: original.validTo,
      reportingFrequency: original.reportingFrequency,
    });
    expect(expectStatus(await api.get(`/plans/${original.id}`), 200)).toMatchObject({ status: 'adopted', version: original.version });
  });

  it('copies focus areas, goals and targets with milestones and reference values, each linked to what it copies', async () => {
    const copy: Plan = expectStatus(await api.get(`/plans/${revision.id}`), 200);
    expect(contentOf(copy)).toEqual(contentOf(original));
    expect(
      contentOf(copy)
        .flatMap((area) => area.goals)
        .flatMap((goal) => goal.targets)
        .some((target) => (target.milestones as unknown[]).length > 0),
    ).toBe(true);
    expect(
      contentOf(copy)
        .flatMap((area) => area.goals)
        .flatMap((goal) => goal.targets)
        .some((target) => (target.references as unknown[]).length > 0),
    ).toBe(true);
    expect(copy.activities).toEqual([]);

    const links = await t.database.owner.execute(sql`
      SELECT g.code, g.previous_goal_id AS previous, old.id AS old_id, old.plan_id AS old_plan
      FROM goals g LEFT JOIN goals old ON old.id = g.previous_goal_id WHERE g.plan_id = ${revision.id}`);
    expect(links.rows.length).toBeGreaterThan(0);
    for (const row of links.rows) expect(row.old_plan, String(row.code)).toBe(original.id);
    const targetLinks = await t.database.owner.execute(sql`
      SELECT t.previous_target_id AS previous, old.goal_id AS old_goal, g.previous_goal_id AS goal_previous
      FROM targets t JOIN goals g ON g.id = t.goal_id LEFT JOIN targets old ON old.id = t.previous_target_id WHERE g.plan_id = ${revision.id}`);
    expect(targetLinks.rows.length).toBeGreaterThan(0);
    for (const row of targetLinks.rows) expect(row.old_goal).toBe(row.goal_previous);
  });

  it('reads the same figures, statuses, progress and trends in the new version as in the old', async () => {
    for (const period of ['2025-T1', '2025-T2']) {
      const before = expectStatus(await api.get(`/plans/${original.id}/progress?period=${period}`), 200);
      const after = expectStatus(await api.get(`/plans/${revision.id}/progress?period=${period}`), 200);
      const withoutIds = (progress: { goals: Array<{ goalId: string; targets: Array<{ targetId: string }> }> }) =>
        progress.goals.map(({ goalId: _goal, targets, ...goal }) => ({
          ...goal,
          targets: targets.map(({ targetId: _target, ...target }) => target),
        }));
      expect(withoutIds(after)).toEqual(withoutIds(before));
      expect(JSON.stringify(after)).toMatch(/"trend":"(improving|worsening|unchanged)"/);
    }
  });

  it('is measurable as copied and can be adopted with its date and decision, which are recorded', async () => {
    expect(expectStatus(await api.get(`/plans/${revision.id}/measurability`), 200).problems).toEqual([]);
    expectStatus(await api.post(`/plans/${revision.id}/adopt`, { adoptedOn: '2025-10-01', decision: 'Socialnämnden 2025-09-23 § 8' }), 200);
    expect(expectStatus(await api.get(`/plans/${revision.id}`), 200)).toMatchObject({
      status: 'adopted',
      adoptedOn: '2025-10-01',
      adoptionDecision: 'Socialnämnden 2025-09-23 § 8',
    });
  });

  it('revises a version only once, never a draft, and takes a new code only if free', async () => {
    expect(errorCode(await api.post(`/plans/${original.id}/revise`, {}), 409)).toBe('plans.already_revised');
    const draft = expectStatus(await api.post('/plans', { code: 'UTKAST', name: 'Utkast' }), 201);
    expect(errorCode(await api.post(`/plans/${draft.id}/revise`, {}), 409)).toBe('plans.draft_not_revisable');
    expect(errorCode(await api.post(`/plans/${revision.id}/revise`, { code: 'UTKAST' }), 409)).toBe('plans.code_taken');
    const renamed = expectStatus(
      await api.post(`/plans/${revision.id}/revise`, { code: 'HP-2027', validFrom: '2027', validTo: '2029' }),
      201,
    );
    expect(renamed).toMatchObject({
      code: 'HP-2027',
      version: original.version + 2,
      validFrom: '2027',
      validTo: '2029',
      previousVersionId: revision.id,
    });
  });

  it('refuses unknown plans, bad periods and unknown fields', async () => {
    expect(errorCode(await api.post('/plans/NO-SUCH-PLAN/revise', {}), 404)).toBe('plans.not_found');
    expect(errorCode(await api.post('/plans/HP-2016/revise', { validFrom: '2030', validTo: '2029' }), 400)).toBe(
      'plans.periods_out_of_order',
    );
    expect(errorCode(await api.post('/plans/HP-2016/revise', { status: 'adopted' }), 400)).toBe('request.invalid');
  });
});
