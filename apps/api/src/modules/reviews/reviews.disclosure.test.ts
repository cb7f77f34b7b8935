import { beforeAll, describe, expect, it } from 'vitest';
import { expectStatus } from '../../testing/fixtures';
import { useTestApp } from '../../testing/test-app';
import { clientAs, cycleFor } from './review-fixtures';

interface BoardTarget {
  targetId: string;
  computedStatus: string | null;
  assessment: { computedStatus: string | null; assessedStatus: string } | null;
}
interface Board {
  goals: Array<{ goalId: string; targets: BoardTarget[] }>;
}

describe('the review board to readers who may not read what the steering group read', () => {
  const t = useTestApp('demo');
  let steering: ReturnType<typeof clientAs>;
  const readers: Record<string, ReturnType<typeof clientAs>> = {};
  let cycle: string;
  beforeAll(async () => {
    cycle = await cycleFor(t, 'HP-2024', '2025-T3');
    steering = clientAs(t, await t.loginAs('styrgrupp@planpuls.test'));
    for (const email of ['lasare@planpuls.test', 'ssr.central@planpuls.test']) readers[email] = clientAs(t, await t.loginAs(email));
  });

  it('does not quote, with an assessment, the status computed on drafts or on figures the reader sees as –', async () => {
    const board: Board = expectStatus(await steering.get(`/reporting-cycles/${cycle}/review`), 200);
    const viewerBoard: Board = expectStatus(await readers['lasare@planpuls.test']!.get(`/reporting-cycles/${cycle}/review`), 200);
    const statusOf = (b: Board, targetId: string) => b.goals.flatMap((g) => g.targets).find((x) => x.targetId === targetId)!.computedStatus;
    // A target the steering group sees judged on values the viewer does not read yet (approved values only).
    const judged = (x: BoardTarget) =>
      x.computedStatus !== null && x.computedStatus !== 'no_data' && statusOf(viewerBoard, x.targetId) !== x.computedStatus;
    const goal = board.goals.find((g) => g.targets.some(judged))!;
    expect(goal).toBeDefined();
    const target = goal.targets.find(judged)!;
    expectStatus(
      await steering.put(`/reporting-cycles/${cycle}/review/goals/${goal.goalId}/targets/${target.targetId}`, {
        assessedStatus: target.computedStatus,
      }),
      200,
    );

    const assessed = (b: Board) => b.goals.flatMap((g) => g.targets).find((x) => x.targetId === target.targetId)!;
    expect(assessed(expectStatus(await steering.get(`/reporting-cycles/${cycle}/review`), 200)).assessment!.computedStatus).toBe(
      target.computedStatus,
    );
    for (const [email, reader] of Object.entries(readers)) {
      const seen = assessed(expectStatus(await reader.get(`/reporting-cycles/${cycle}/review`), 200));
      // The steering group's own judgement is theirs to publish; the status computed on what they read is not.
      expect(seen.assessment, email).toMatchObject({ assessedStatus: target.computedStatus });
      expect(seen.assessment!.computedStatus, email).toBeNull();
    }
  });
});
