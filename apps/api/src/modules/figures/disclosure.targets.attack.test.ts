import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app';

/**
 * An attacker's view of a plan's targets: a range target's one-number milestone bounds the side its municipal
 * baseline lies on ("at most" from above, "at least" from below). When that baseline is a figure hidden from the
 * reader, the checkpoint in force must not tell which side it lies on: that is one bit of a hidden figure.
 */

const VIEWER = 'lasare@planpuls.test';
const STEERING = 'styrgrupp@planpuls.test';

interface Criterion {
  kind: string;
  min: number | null;
  max: number | null;
  value: number | null;
}

describe('a viewer reading the checkpoint of a target whose baseline is hidden from them', () => {
  const t = useTestApp('demo');
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    for (const email of [VIEWER, STEERING]) cookies[email] = await t.loginAs(email);
  });
  const get = async <T>(email: string, url: string): Promise<T> => {
    const response = await t.app.inject({ method: 'GET', url, headers: { cookie: cookies[email]! } });
    expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
    return response.json() as T;
  };

  it('learns nothing of the hidden city figure of BIST 2024-T1 (new staff with a mentor) from the series or the progress', async () => {
    const figure = `/api/v1/indicators/new_staff_with_mentor/values?period=2024-T1&group=BIST`;
    expect((await get<{ municipality: { suppressed: boolean } }>(VIEWER, figure)).municipality.suppressed).toBe(true);
    const truth = (await get<{ municipality: { value: number } }>(STEERING, figure)).municipality.value;
    // A range the hidden baseline lies outside of, with a milestone inside it: only the baseline tells its side.
    const [min, max] = truth < 50 ? [truth + 10, truth + 20] : [truth - 20, truth - 10];
    const plan = (await t.app.inject({ method: 'GET', url: '/api/v1/plans/HP-2024' })).json() as {
      focusAreas: Array<{ goals: Array<{ id: string; code: string }> }>;
    };
    const goal = plan.focusAreas.flatMap((area) => area.goals).find((g) => g.code === '3.1')!;
    const created = await t.app.inject({
      method: 'POST',
      url: `/api/v1/goals/${goal.id}/targets`,
      payload: {
        kind: 'range',
        level: 'unit',
        group: 'BIST',
        min,
        max,
        deadline: '2026-T3',
        baseline: { kind: 'from_data', period: '2024-T1' },
        milestones: [{ period: '2025-T3', value: (min + max) / 2 }],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const targetId = (created.json() as { id: string }).id;

    const series = (email: string) =>
      get<{
        targets: Array<{ targetId: string; municipality: Array<{ period: string; inForce: { source: string; criterion: Criterion } }> }>;
      }>(email, '/api/v1/plans/HP-2024/goals/3.1/series?period=2025-T2&from=2024-T1&group=BIST').then((body) =>
        body.targets.find((target) => target.targetId === targetId)!.municipality.map((point) => point.inForce),
      );
    const progress = (email: string) =>
      get<{ goals: Array<{ code: string; targets: Array<{ targetId: string; inForce: { criterion: Criterion } }> }> }>(
        email,
        '/api/v1/plans/HP-2024/progress?period=2025-T2',
      ).then((body) => body.goals.find((g) => g.code === '3.1')!.targets.find((target) => target.targetId === targetId)!.inForce);

    // Whoever sees the baseline is told its side of the range …
    const side = truth < min ? 'at_least' : 'at_most';
    expect((await series(STEERING)).map((inForce) => inForce.criterion.kind)).toContain(side);
    expect((await progress(STEERING)).criterion.kind).toBe(side);
    // … the viewer, who does not, is told the range: the milestone lies inside it and bounds no side.
    for (const inForce of await series(VIEWER)) expect(inForce.criterion.kind, JSON.stringify(inForce)).toBe('range');
    expect((await progress(VIEWER)).criterion.kind).toBe('range');
  }, 120_000);
});
