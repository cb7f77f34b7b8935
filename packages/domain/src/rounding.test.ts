import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundTo } from './rounding';
import { fcOptions } from './test-support/fc-options';

describe('roundTo', () => {
  it('removes the floating-point noise of a subtraction', () => {
    expect(19.8 - 18).not.toBe(1.8);
    expect(roundTo(19.8 - 18, 1)).toBe(1.8);
  });

  it('rounds a decimal half up even when its binary form lies just below the half', () => {
    expect(Math.round(1.005 * 100) / 100).toBe(1);
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(8.345, 2)).toBe(8.35);
    expect(roundTo(1.45, 1)).toBe(1.5);
  });

  it('rounds halves away from zero on both sides', () => {
    expect(roundTo(2.5, 0)).toBe(3);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(roundTo(-1.005, 2)).toBe(-1.01);
    expect(roundTo(0.05, 1)).toBe(0.1);
  });

  it('never returns negative zero', () => {
    expect(Object.is(roundTo(-0.04, 1), 0)).toBe(true);
    expect(Object.is(roundTo(-0, 2), 0)).toBe(true);
  });

  it('handles numbers written in exponent form', () => {
    expect(roundTo(1e-7, 2)).toBe(0);
    expect(roundTo(1.5e-7, 7)).toBe(2e-7);
    expect(roundTo(1.23e21, 1)).toBe(1.23e21);
  });

  it('rounds to tens with negative decimals', () => {
    expect(roundTo(1234, -1)).toBe(1230);
    expect(roundTo(1235, -1)).toBe(1240);
  });

  it('leaves non-finite values alone and refuses fractional decimals', () => {
    expect(roundTo(Number.NaN, 1)).toBeNaN();
    expect(roundTo(Number.POSITIVE_INFINITY, 1)).toBe(Number.POSITIVE_INFINITY);
    expect(() => roundTo(1, 0.5)).toThrow(RangeError);
  });

  it('lands within half a unit of the last decimal and is idempotent', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 4 }), (x, d) => {
        const r = roundTo(x, d);
        expect(Math.abs(r - x)).toBeLessThanOrEqual(0.5 * 10 ** -d + 1e-9 * Math.max(1, Math.abs(x)));
        expect(roundTo(r, d)).toBe(r);
      }),
      fcOptions,
    );
  });

  it('returns a whole decimal grid value exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 4 }), (n, d) => {
        expect(roundTo(n / 10 ** d, d)).toBe(n / 10 ** d);
      }),
      fcOptions,
    );
  });
});
