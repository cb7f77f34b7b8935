import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { progressPercent } from './progress';
import type { Criterion } from './targets';
import { fcOptions } from './test-support/fc-options';

const range: Criterion = { kind: 'range', min: 5, max: 10 };
const atMost10: Criterion = { kind: 'at_most', value: 10 };
const atLeast70: Criterion = { kind: 'at_least', value: 70 };

describe('progressPercent', () => {
  it('is 100 when the final target is met', () => {
    expect(progressPercent({ baseline: 23.4, value: 9.5, target: atMost10, decimals: 1 })).toBe(100);
    expect(progressPercent({ baseline: 23.4, value: 7, target: range, decimals: 1 })).toBe(100);
  });

  it('is the share of the way from the baseline to the target already covered', () => {
    expect(progressPercent({ baseline: 23.4, value: 16.7, target: atMost10, decimals: 1 })).toBeCloseTo(50, 10);
    expect(progressPercent({ baseline: 50, value: 65, target: atLeast70, decimals: 1 })).toBeCloseTo(75, 10);
  });

  it('for a range, measures toward the bound on the baseline’s side', () => {
    // Baseline above the range: the way is 23.4 → 10, not 23.4 → 5 or the middle.
    expect(progressPercent({ baseline: 23.4, value: 16.7, target: range, decimals: 1 })).toBeCloseTo(50, 10);
    // Baseline below the range: the way is 1 → 5.
    expect(progressPercent({ baseline: 1, value: 4, target: range, decimals: 1 })).toBeCloseTo(75, 10);
  });

  it('is 0, not negative, when the figure moved away from the target', () => {
    expect(progressPercent({ baseline: 23.4, value: 25, target: atMost10, decimals: 1 })).toBe(0);
    expect(progressPercent({ baseline: 50, value: 40, target: atLeast70, decimals: 1 })).toBe(0);
  });

  it('stays below 100 when a figure overshoots past the whole range', () => {
    const progress = progressPercent({ baseline: 23.4, value: 3.7, target: range, decimals: 1 });
    expect(progress).toBeLessThan(100);
    expect(progress).toBeCloseTo((1 - 1.3 / 13.4) * 100, 10);
  });

  it('is 0 when the baseline already met the target and the figure no longer does', () => {
    expect(progressPercent({ baseline: 8, value: 12, target: atMost10, decimals: 1 })).toBe(0);
  });

  it('is 100 when the final target is met, with or without a baseline', () => {
    expect(progressPercent({ baseline: null, value: 9, target: atMost10, decimals: 1 })).toBe(100);
    expect(progressPercent({ baseline: undefined, value: 10.04, target: atMost10, decimals: 1 })).toBe(100);
  });

  it('is null without a figure, or without a baseline while the target is not met', () => {
    expect(progressPercent({ baseline: null, value: 12, target: atMost10, decimals: 1 })).toBeNull();
    expect(progressPercent({ baseline: 20, value: undefined, target: atMost10, decimals: 1 })).toBeNull();
    expect(progressPercent({ baseline: 20, value: Number.NaN, target: atMost10, decimals: 1 })).toBeNull();
  });

  it('compares in the indicator’s decimals', () => {
    expect(progressPercent({ baseline: 23.4, value: 10.04, target: atMost10, decimals: 1 })).toBe(100);
  });

  it('always lies between 0 and 100, and is 100 only when the target is met', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -500, max: 500 }),
        fc.integer({ min: -500, max: 500 }),
        fc.integer({ min: -500, max: 500 }),
        fc.integer({ min: 0, max: 200 }),
        (baseline, value, low, width) => {
          const target: Criterion = { kind: 'range', min: low, max: low + width };
          const progress = progressPercent({ baseline, value, target, decimals: 0 });
          const met = value >= low && value <= low + width;
          expect(progress).toBeGreaterThanOrEqual(0);
          expect(progress).toBeLessThanOrEqual(100);
          expect(progress === 100).toBe(met);
        },
      ),
      fcOptions,
    );
  });
});
