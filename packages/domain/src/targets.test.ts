import { describe, expect, it } from 'vitest';
import { InvalidPeriodError } from './periods';
import {
  checkpoints,
  milestoneCriterion,
  requireTargetDefinition,
  targetDefinition,
  targetInForce,
  type StoredTarget,
  type TargetDefinition,
} from './targets';

// Demo plan, goal 2.1, socialsekreterare.
const goal21Soc: TargetDefinition = {
  kind: 'range',
  min: 5,
  max: 10,
  deadline: '2026-T3',
  baseline: 23.4,
  milestones: { '2025-T3': 14, '2024-T3': 18 },
};

describe('targetInForce', () => {
  it.each([
    ['2024-T1', 'at most 18', { kind: 'at_most', value: 18 }, '2024-T3'],
    ['2024-T3', 'at most 18', { kind: 'at_most', value: 18 }, '2024-T3'],
    ['2025-T1', 'at most 14', { kind: 'at_most', value: 14 }, '2025-T3'],
    ['2025-T2', 'at most 14', { kind: 'at_most', value: 14 }, '2025-T3'],
    ['2025-T3', 'at most 14', { kind: 'at_most', value: 14 }, '2025-T3'],
    ['2026-T1', 'the range 5–10', { kind: 'range', min: 5, max: 10 }, '2026-T3'],
    ['2026-T3', 'the range 5–10', { kind: 'range', min: 5, max: 10 }, '2026-T3'],
    ['2027-T2', 'the range 5–10', { kind: 'range', min: 5, max: 10 }, '2026-T3'],
  ])('goal 2.1 SOC in %s is judged against %s', (period, _label, criterion, checkpoint) => {
    expect(targetInForce(goal21Soc, period)).toMatchObject({ criterion, period: checkpoint });
  });

  it('judges a year against a tertial milestone ending on the same day', () => {
    expect(targetInForce(goal21Soc, '2025').criterion).toEqual({ kind: 'at_most', value: 14 });
  });

  it('judges a month against the milestone of the tertial it falls in', () => {
    expect(targetInForce(goal21Soc, '2024-12').criterion).toEqual({ kind: 'at_most', value: 18 });
    expect(targetInForce(goal21Soc, '2025-01').criterion).toEqual({ kind: 'at_most', value: 14 });
  });

  it('says whether the checkpoint is a milestone or the final target', () => {
    expect(targetInForce(goal21Soc, '2025-T2').source).toBe('milestone');
    expect(targetInForce(goal21Soc, '2026-T2').source).toBe('final');
  });

  it('carries the target’s absolute tolerance to every checkpoint', () => {
    expect(targetInForce({ ...goal21Soc, tolerance: 2 }, '2024-T2').tolerance).toBe(2);
    expect(targetInForce(goal21Soc, '2024-T2').tolerance).toBeNull();
  });

  it('keeps the direction of a one-sided target for its milestones', () => {
    const workload: TargetDefinition = { kind: 'at_least', value: 70, deadline: '2026', milestones: { '2024': 55, '2025': 62 } };
    expect(targetInForce(workload, '2024').criterion).toEqual({ kind: 'at_least', value: 55 });
    expect(targetInForce(workload, '2025').criterion).toEqual({ kind: 'at_least', value: 62 });
    expect(targetInForce(workload, '2026').criterion).toEqual({ kind: 'at_least', value: 70 });
  });

  it('uses the final target when there are no milestones', () => {
    const cases: TargetDefinition = { kind: 'at_most', value: 25, deadline: '2026-T3' };
    expect(targetInForce(cases, '2023-T1')).toMatchObject({ source: 'final', criterion: { kind: 'at_most', value: 25 } });
  });

  it('refuses a milestone with a bad period code', () => {
    expect(() => targetInForce({ ...goal21Soc, milestones: { '2025-T9': 1 } }, '2025-T1')).toThrow(InvalidPeriodError);
  });
});

describe('milestoneCriterion for a range target', () => {
  const range = { kind: 'range', min: 5, max: 10 } as const;

  it('bounds from above when the baseline is above the range', () => {
    expect(milestoneCriterion({ ...range, baseline: 23.4 }, 18)).toEqual({ kind: 'at_most', value: 18 });
  });

  it('bounds from below when the baseline is below the range', () => {
    expect(milestoneCriterion({ ...range, baseline: 2 }, 4)).toEqual({ kind: 'at_least', value: 4 });
  });

  it('follows the baseline even when the milestone itself lies on the other side', () => {
    expect(milestoneCriterion({ ...range, baseline: 23.4 }, 4)).toEqual({ kind: 'at_most', value: 4 });
  });

  it('without a baseline outside the range, reads the side from the milestone', () => {
    expect(milestoneCriterion(range, 18)).toEqual({ kind: 'at_most', value: 18 });
    expect(milestoneCriterion({ ...range, baseline: 7 }, 3)).toEqual({ kind: 'at_least', value: 3 });
  });

  it('falls back to the range when neither baseline nor milestone tells the side', () => {
    expect(milestoneCriterion({ ...range, baseline: null }, 7)).toEqual(range);
  });
});

describe('checkpoints', () => {
  it('lists milestones by end date, then the final target', () => {
    expect(checkpoints(goal21Soc).map((c) => [c.source, c.period])).toEqual([
      ['milestone', '2024-T3'],
      ['milestone', '2025-T3'],
      ['final', '2026-T3'],
    ]);
  });
});

describe('the target definition of a stored target', () => {
  const stored: StoredTarget = {
    kind: 'range',
    value: null,
    min: 5,
    max: 10,
    deadline: '2026-T3',
    milestones: [
      { period: '2025-T3', value: 14 },
      { period: '2024-T3', value: 18 },
    ],
    tolerance: null,
  };

  it('is the range with its milestones by period, judged from the baseline given', () => {
    expect(targetDefinition(stored, '2025-T2', 23.4)).toEqual({ ...goal21Soc, tolerance: null });
    expect(targetInForce(requireTargetDefinition(stored, '2025-T2', 23.4), '2024-T2').criterion).toEqual({ kind: 'at_most', value: 18 });
  });

  it('falls back to the period asked about when the target has no deadline', () => {
    expect(targetDefinition({ ...stored, deadline: null }, '2025-T2', null)?.deadline).toBe('2025-T2');
  });

  it('takes the value of an at_most, at_least or exact target and keeps its tolerance', () => {
    const atMost = targetDefinition({ ...stored, kind: 'at_most', min: null, max: null, value: 18, tolerance: 0.5 }, '2025-T2', null);
    expect(atMost).toMatchObject({ kind: 'at_most', value: 18, tolerance: 0.5 });
    expect(atMost).not.toHaveProperty('min');
  });

  it('is nothing for a target without the numbers of its kind, and an error where one is required', () => {
    expect(targetDefinition({ ...stored, max: null }, '2025-T2', null)).toBeNull();
    expect(targetDefinition({ ...stored, kind: 'exact', min: null, max: null }, '2025-T2', null)).toBeNull();
    expect(() => requireTargetDefinition({ ...stored, min: null }, '2025-T2', null)).toThrow(/range target/);
  });
});
