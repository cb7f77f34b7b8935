import { describe, expect, it } from 'vitest';
import { judge } from './judgement';
import type { TargetDefinition } from './targets';

// Goal 2.1 for socialsekreterare in the demo plan: 5–10 %, checkpoints 18 % (2024-T3) and 14 % (2025-T3).
const turnoverSoc: TargetDefinition = {
  kind: 'range',
  min: 5,
  max: 10,
  deadline: '2026-T3',
  milestones: { '2024-T3': 18, '2025-T3': 14 },
  baseline: 22,
};
const computed = (value: number, period: string) => ({ outcome: 'computed' as const, value, period });

describe('judge', () => {
  it('judges 2025-T2 against the checkpoint "at most 14" in force then', () => {
    const result = judge({ target: turnoverSoc, decimals: 1, figure: computed(15.2, '2025-T2'), previous: 16.8, baseline: 22 });
    expect(result.inForce).toMatchObject({ source: 'milestone', period: '2025-T3', criterion: { kind: 'at_most', value: 14 } });
    expect(result.status).toBe('at_risk');
    expect(result.trend).toBe('improving');
    // From 22 toward the bound 10: 6.8 of 12 covered.
    expect(result.progress).toBeCloseTo(56.7, 1);
  });

  it('judges 2024-T2 against "at most 18" and later periods against the range', () => {
    expect(judge({ target: turnoverSoc, decimals: 1, figure: computed(19.8, '2024-T2'), previous: null, baseline: 22 })).toMatchObject({
      status: 'at_risk',
      trend: 'unknown',
      inForce: { criterion: { kind: 'at_most', value: 18 } },
    });
    expect(judge({ target: turnoverSoc, decimals: 1, figure: computed(9.5, '2026-T1'), previous: 11, baseline: 22 })).toMatchObject({
      status: 'met',
      progress: 100,
      inForce: { source: 'final', criterion: { kind: 'range', min: 5, max: 10 } },
    });
  });

  it('says no_data and gives neither progress nor trend without a figure', () => {
    expect(
      judge({
        target: turnoverSoc,
        decimals: 1,
        figure: { outcome: 'no_data', value: null, period: '2025-T2' },
        previous: 12,
        baseline: 22,
      }),
    ).toMatchObject({
      status: 'no_data',
      progress: null,
      trend: 'unknown',
    });
  });

  it('reads a rise as worsening for "at most" targets', () => {
    const sickLeave: TargetDefinition = { kind: 'at_most', value: 6, deadline: '2026-T3' };
    expect(judge({ target: sickLeave, decimals: 1, figure: computed(7.4, '2025-T2'), previous: 6.9, baseline: 8 }).trend).toBe('worsening');
  });
});
