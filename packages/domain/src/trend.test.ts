import { describe, expect, it } from 'vitest';
import type { Criterion } from './targets';
import { trendOf } from './trend';

const atMost: Criterion = { kind: 'at_most', value: 18 };
const atLeast: Criterion = { kind: 'at_least', value: 70 };
const range: Criterion = { kind: 'range', min: 5, max: 10 };
const exact: Criterion = { kind: 'exact', value: 100 };

describe('trendOf', () => {
  it('for "at most", a falling figure is improving even while it is still above the target', () => {
    expect(trendOf({ previous: 23.4, current: 21, target: atMost, decimals: 1 })).toBe('improving');
    expect(trendOf({ previous: 21, current: 23.4, target: atMost, decimals: 1 })).toBe('worsening');
  });

  it('for "at least", a rising figure is improving', () => {
    expect(trendOf({ previous: 55, current: 60, target: atLeast, decimals: 1 })).toBe('improving');
    expect(trendOf({ previous: 60, current: 55, target: atLeast, decimals: 1 })).toBe('worsening');
  });

  it('for a range, moving toward it from either side is improving and away is worsening', () => {
    expect(trendOf({ previous: 15, current: 12, target: range, decimals: 1 })).toBe('improving');
    expect(trendOf({ previous: 2, current: 4, target: range, decimals: 1 })).toBe('improving');
    expect(trendOf({ previous: 12, current: 15, target: range, decimals: 1 })).toBe('worsening');
    expect(trendOf({ previous: 4, current: 2, target: range, decimals: 1 })).toBe('worsening');
  });

  it('for a range, falling through and past it counts by the distance, not the direction', () => {
    expect(trendOf({ previous: 11, current: 2, target: range, decimals: 1 })).toBe('worsening');
  });

  it('for a range, moving about inside it is unchanged', () => {
    expect(trendOf({ previous: 6, current: 9, target: range, decimals: 1 })).toBe('unchanged');
  });

  it('for an exact target, getting closer from above is improving', () => {
    expect(trendOf({ previous: 90, current: 95, target: exact, decimals: 0 })).toBe('improving');
    expect(trendOf({ previous: 110, current: 104, target: exact, decimals: 0 })).toBe('improving');
  });

  it('is unchanged when the figures are equal in the indicator’s decimals', () => {
    expect(trendOf({ previous: 12.04, current: 11.96, target: atMost, decimals: 1 })).toBe('unchanged');
    expect(trendOf({ previous: 12.3, current: 12.3, target: atMost, decimals: 1 })).toBe('unchanged');
  });

  it('is unknown when either figure is missing', () => {
    expect(trendOf({ previous: null, current: 12, target: atMost, decimals: 1 })).toBe('unknown');
    expect(trendOf({ previous: 12, current: undefined, target: atMost, decimals: 1 })).toBe('unknown');
  });
});
