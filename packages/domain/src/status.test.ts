import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, statusOf, worstStatus, type Judgement } from './status';
import type { Criterion } from './targets';
import { fcOptions } from './test-support/fc-options';

const range: Criterion = { kind: 'range', min: 5, max: 10 };
const oneDecimal = { decimals: 1 };

describe('status against the range 5–10 % (docs/domain.md examples)', () => {
  it.each([
    [7.0, 'met', 'inside the range, the goal is met'],
    [10.0, 'met', 'on the upper bound, the goal is met (bounds included)'],
    [5.0, 'met', 'on the lower bound, the goal is met'],
    [10.8, 'at_risk', 'above the range by less than 10 % of the upper bound, the goal is at risk'],
    [11.0, 'at_risk', 'above the range by exactly 10 % of the upper bound, the goal is at risk'],
    [11.5, 'not_met', 'above the range by more than the tolerance, the goal is not met'],
    [4.6, 'at_risk', 'below the range within 10 % of the lower bound, the goal is at risk'],
    [3.0, 'not_met', 'below the range beyond the tolerance, the goal is not met'],
  ])('%s: %s — %s', (value, status) => {
    expect(assess(value, range, oneDecimal).status).toBe(status);
  });

  it('measures the tolerance from the nearest bound, so the allowance below is smaller than above', () => {
    expect(assess(4.4, range, oneDecimal)).toMatchObject({ status: 'not_met', bound: 5, distance: 0.6, tolerance: 0.5 });
    expect(assess(10.6, range, oneDecimal)).toMatchObject({ status: 'at_risk', bound: 10, distance: 0.6, tolerance: 1 });
  });

  it('rounds the figure to the indicator’s decimals before judging, so 10.04 counts as 10.0 and is met', () => {
    expect(assess(10.04, range, oneDecimal).status).toBe('met');
    expect(assess(10.05, range, oneDecimal).status).toBe('at_risk');
  });
});

describe('status against one-sided and exact targets', () => {
  it('19.8 against "at most 18" is at risk, although 19.8 − 18 is 1.8000000000000007 in floating point', () => {
    expect(19.8 - 18).toBeGreaterThan(0.1 * 18);
    expect(assess(19.8, { kind: 'at_most', value: 18 }, oneDecimal)).toMatchObject({
      status: 'at_risk',
      distance: 1.8,
      tolerance: 1.8,
    });
  });

  it('for "at most", a lower value is met and never judged with value >= target', () => {
    const atMost: Criterion = { kind: 'at_most', value: 10 };
    expect(assess(3, atMost, oneDecimal).status).toBe('met');
    expect(assess(10, atMost, oneDecimal).status).toBe('met');
    expect(assess(10.1, atMost, oneDecimal).status).toBe('at_risk');
    expect(assess(11.1, atMost, oneDecimal).status).toBe('not_met');
  });

  it('for "at least", a higher value is met and a lower one falls short', () => {
    const atLeast: Criterion = { kind: 'at_least', value: 70 };
    expect(assess(85, atLeast, oneDecimal).status).toBe('met');
    expect(assess(70, atLeast, oneDecimal).status).toBe('met');
    expect(assess(63, atLeast, oneDecimal).status).toBe('at_risk');
    expect(assess(62.9, atLeast, oneDecimal).status).toBe('not_met');
  });

  it('for "exact", only the value itself is met and both sides are judged alike', () => {
    const exact: Criterion = { kind: 'exact', value: 100 };
    expect(assess(100, exact, oneDecimal).status).toBe('met');
    expect(assess(95, exact, oneDecimal).status).toBe('at_risk');
    expect(assess(105, exact, oneDecimal).status).toBe('at_risk');
    expect(assess(89, exact, oneDecimal).status).toBe('not_met');
  });

  it('uses the target’s absolute tolerance instead of 10 % when it has one', () => {
    expect(assess(12, range, { decimals: 1, tolerance: 2 }).status).toBe('at_risk');
    expect(assess(12.1, range, { decimals: 1, tolerance: 2 }).status).toBe('not_met');
    expect(assess(10.5, range, { decimals: 1, tolerance: 0 }).status).toBe('not_met');
  });

  it('rounds a whole-number indicator to whole numbers', () => {
    const atLeastTwo: Criterion = { kind: 'at_least', value: 2 };
    expect(assess(1.5, atLeastTwo, { decimals: 0 }).status).toBe('met');
    expect(assess(1.4, atLeastTwo, { decimals: 0 }).status).toBe('not_met');
  });

  it('gives no tolerance around a bound of zero', () => {
    expect(assess(0.1, { kind: 'at_most', value: 0 }, oneDecimal).status).toBe('not_met');
  });
});

describe('statusOf', () => {
  it('is no_data when a value the formula needs is missing', () => {
    expect(statusOf({ outcome: 'no_data', value: null }, range, oneDecimal)).toBe('no_data');
  });

  it('is not_applicable on a zero denominator', () => {
    expect(statusOf({ outcome: 'not_applicable', value: null }, range, oneDecimal)).toBe('not_applicable');
  });

  it('judges a computed figure', () => {
    expect(statusOf({ outcome: 'computed', value: 10.8 }, range, oneDecimal)).toBe('at_risk');
  });
});

const rank: Record<Judgement, number> = { met: 0, at_risk: 1, not_met: 2 };

/** Numbers on the decimal grid of the given decimals, built from integers so they are exact. */
const grid = (n: number, decimals: number) => n / 10 ** decimals;

describe('status properties', () => {
  const tolerance = fc.option(fc.integer({ min: 0, max: 500 }), { nil: null });

  it('never improves as the distance to the target grows', () => {
    const scenario = fc.record({
      decimals: fc.integer({ min: 0, max: 2 }),
      kind: fc.constantFrom('range-above', 'range-below', 'at_most', 'at_least', 'exact-above', 'exact-below'),
      low: fc.integer({ min: -1000, max: 1000 }),
      width: fc.integer({ min: 0, max: 1000 }),
      near: fc.integer({ min: 0, max: 2000 }),
      further: fc.integer({ min: 0, max: 2000 }),
      tolerance,
    });
    fc.assert(
      fc.property(scenario, (s) => {
        const low = grid(s.low, s.decimals);
        const high = grid(s.low + s.width, s.decimals);
        const [criterion, bound, direction]: [Criterion, number, 1 | -1] = (() => {
          switch (s.kind) {
            case 'range-above':
              return [{ kind: 'range', min: low, max: high }, s.low + s.width, 1];
            case 'range-below':
              return [{ kind: 'range', min: low, max: high }, s.low, -1];
            case 'at_most':
              return [{ kind: 'at_most', value: low }, s.low, 1];
            case 'at_least':
              return [{ kind: 'at_least', value: low }, s.low, -1];
            case 'exact-above':
              return [{ kind: 'exact', value: low }, s.low, 1];
            case 'exact-below':
              return [{ kind: 'exact', value: low }, s.low, -1];
          }
        })();
        const options = { decimals: s.decimals, tolerance: s.tolerance === null ? null : grid(s.tolerance, s.decimals) };
        const closer = assess(grid(bound + direction * s.near, s.decimals), criterion, options);
        const further = assess(grid(bound + direction * (s.near + s.further), s.decimals), criterion, options);
        expect(rank[further.status]).toBeGreaterThanOrEqual(rank[closer.status]);
      }),
      fcOptions,
    );
  });

  it('judges a range alike at the same distance above and below it, given an absolute tolerance', () => {
    const scenario = fc.record({
      decimals: fc.integer({ min: 0, max: 2 }),
      min: fc.integer({ min: -1000, max: 1000 }),
      width: fc.integer({ min: 0, max: 1000 }),
      distance: fc.integer({ min: 0, max: 2000 }),
      tolerance: fc.integer({ min: 0, max: 500 }),
    });
    fc.assert(
      fc.property(scenario, (s) => {
        const criterion: Criterion = { kind: 'range', min: grid(s.min, s.decimals), max: grid(s.min + s.width, s.decimals) };
        const options = { decimals: s.decimals, tolerance: grid(s.tolerance, s.decimals) };
        const above = assess(grid(s.min + s.width + s.distance, s.decimals), criterion, options);
        const below = assess(grid(s.min - s.distance, s.decimals), criterion, options);
        expect(above.status).toBe(below.status);
        expect(above.distance).toBe(below.distance);
      }),
      fcOptions,
    );
  });

  it('meets a range exactly when the rounded figure lies within its bounds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), (n) => {
        const value = grid(n, 1);
        expect(assess(value, range, oneDecimal).status === 'met').toBe(value >= 5 && value <= 10);
      }),
      fcOptions,
    );
  });
});

describe('worstStatus', () => {
  it('takes the worst judged status', () => {
    expect(worstStatus(['met', 'at_risk', 'met'])).toBe('at_risk');
    expect(worstStatus(['met', 'no_data', 'not_met'])).toBe('not_met');
    expect(worstStatus(['met', 'no_data'])).toBe('met');
  });

  it('falls back to no_data, then not_applicable, then null', () => {
    expect(worstStatus(['not_applicable', 'no_data', null])).toBe('no_data');
    expect(worstStatus(['not_applicable', null])).toBe('not_applicable');
    expect(worstStatus([null])).toBeNull();
    expect(worstStatus([])).toBeNull();
  });
});
