import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeIndicatorValue, planIndicator, evaluateIndicator } from './indicator-values';
import { rollUp, type RollUpContribution } from './rollup';
import { demoElements, lookupFrom, studentPlacements, turnoverTotal } from './test-support/demo-definitions';
import { fcOptions } from './test-support/fc-options';

const share = turnoverTotal;

function computed(unit: string, numerator: number, denominator: number, group?: string): RollUpContribution {
  return { unit, group: group ?? null, outcome: denominator === 0 ? 'not_applicable' : 'computed', numerator, denominator };
}

function noData(unit: string, group?: string): RollUpContribution {
  return { unit, group: group ?? null, outcome: 'no_data', numerator: null, denominator: null };
}

describe('rollUp', () => {
  it('divides the summed numerators by the summed denominators', () => {
    const result = rollUp({
      indicator: share,
      period: '2025-T2',
      expectedUnits: ['A', 'B'],
      contributions: [computed('A', 1, 2), computed('B', 10, 100)],
    });
    expect(result).toMatchObject({ outcome: 'computed', numerator: 11, denominator: 102, period: '2025-T2' });
    expect(result.value).toBe((11 * 100) / 102);
    expect(result.roundedValue).toBe(10.8);
  });

  it('sums counts', () => {
    const result = rollUp({
      indicator: studentPlacements,
      period: '2025-T2',
      expectedUnits: ['A', 'B', 'C'],
      contributions: [computed('A', 3, 0), computed('B', 4, 0), computed('C', 0, 0)].map((c) => ({
        ...c,
        outcome: 'computed' as const,
        denominator: null,
      })),
    });
    expect(result).toMatchObject({ numerator: 7, denominator: null, value: 7 });
  });

  it('states how many of the expected units reported and which are missing', () => {
    const units = Array.from({ length: 15 }, (_, i) => `U${String(i + 1).padStart(2, '0')}`);
    const contributions = units.map((unit, i) => (i === 3 || i === 9 ? noData(unit) : computed(unit, 5, 50)));
    const result = rollUp({ indicator: share, period: '2025-T2', expectedUnits: units, contributions });
    expect(result.completeness).toEqual({ reported: 13, expected: 15, missingUnits: ['U04', 'U10'] });
    expect(result.numerator).toBe(65);
    expect(result.denominator).toBe(650);
  });

  it('counts a unit that did not contribute at all as missing', () => {
    const result = rollUp({ indicator: share, period: '2025-T2', expectedUnits: ['A', 'B'], contributions: [computed('A', 1, 10)] });
    expect(result.completeness).toEqual({ reported: 1, expected: 2, missingUnits: ['B'] });
  });

  it('leaves out a unit that reported only some of its groups, rather than half counting it', () => {
    const result = rollUp({
      indicator: share,
      period: '2025-T2',
      expectedUnits: ['A', 'B'],
      contributions: [computed('A', 2, 20, 'SOC'), computed('A', 3, 30, 'BIST'), computed('B', 1, 10, 'SOC'), noData('B', 'BIST')],
    });
    expect(result).toMatchObject({ numerator: 5, denominator: 50, completeness: { reported: 1, missingUnits: ['B'] } });
  });

  it('rolls up across groups of one unit', () => {
    const result = rollUp({
      indicator: share,
      period: '2025-T2',
      expectedUnits: ['FARSTA'],
      contributions: [computed('FARSTA', 6, 40, 'SOC'), computed('FARSTA', 2, 60, 'BIST')],
    });
    expect(result.value).toBe(8);
    expect(result.completeness).toEqual({ reported: 1, expected: 1, missingUnits: [] });
  });

  it('counts a unit with a zero denominator as reported, and its zeros in the sums', () => {
    const result = rollUp({
      indicator: share,
      period: '2025-T2',
      expectedUnits: ['A', 'B'],
      contributions: [computed('A', 0, 0), computed('B', 1, 4)],
    });
    expect(result).toMatchObject({ outcome: 'computed', value: 25, completeness: { reported: 2 } });
  });

  it('gives not_applicable when every reported denominator is zero', () => {
    const result = rollUp({ indicator: share, period: '2025-T2', expectedUnits: ['A'], contributions: [computed('A', 0, 0)] });
    expect(result).toMatchObject({ outcome: 'not_applicable', value: null, numerator: 0, denominator: 0 });
  });

  it('gives no_data when no unit reported', () => {
    const result = rollUp({ indicator: share, period: '2025-T2', expectedUnits: ['A', 'B'], contributions: [noData('A')] });
    expect(result).toMatchObject({ outcome: 'no_data', value: null, completeness: { reported: 0, expected: 2, missingUnits: ['A', 'B'] } });
  });

  it('leaves unexpected units out of the sums and names them', () => {
    const result = rollUp({
      indicator: share,
      period: '2025-T2',
      expectedUnits: ['A'],
      contributions: [computed('A', 1, 10), computed('X', 50, 50)],
    });
    expect(result).toMatchObject({ numerator: 1, denominator: 10, ignoredUnits: ['X'] });
  });

  it('refuses the same unit and group twice', () => {
    expect(() =>
      rollUp({ indicator: share, period: '2025-T2', expectedUnits: ['A'], contributions: [computed('A', 1, 10), computed('A', 1, 10)] }),
    ).toThrow(RangeError);
  });

  it('gives the same city figure as computing the formula over the summed raw values of a rolling window', () => {
    const units = {
      A: lookupFrom({ ...flows('2024-T3', 3, 80), ...flows('2025-T1', 2, 82), ...flows('2025-T2', 4, 84) }),
      B: lookupFrom({ ...flows('2024-T3', 1, 12), ...flows('2025-T1', 0, 11), ...flows('2025-T2', 2, 13) }),
    };
    const plan = planIndicator(turnoverTotal, demoElements, '2025-T2');
    const contributions = Object.entries(units).map(([unit, lookup]) => ({ unit, ...evaluateIndicator(plan, lookup) }));
    const city = rollUp({ indicator: turnoverTotal, period: plan.period.code, expectedUnits: ['A', 'B'], contributions });
    const summed = computeIndicatorValue(
      turnoverTotal,
      demoElements,
      '2025-T2',
      (element, period) => (units.A(element, period) ?? 0) + (units.B(element, period) ?? 0),
    );
    expect(city.value).toBeCloseTo(summed.value ?? Number.NaN, 12);
    expect(city.roundedValue).toBe(summed.roundedValue);
  });
});

function relativeDifference(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(1, Math.abs(b));
}

function flows(period: string, leavers: number, headcount: number): Record<string, number> {
  return {
    [`external_leavers@${period}`]: leavers,
    [`internal_moves_out@${period}`]: 0,
    [`group_switches_out@${period}`]: 1,
    [`average_headcount@${period}`]: headcount,
  };
}

describe('rollUp properties', () => {
  const contribution = fc.record({
    numerator: fc.integer({ min: 0, max: 500 }),
    denominator: fc.oneof(fc.integer({ min: 0, max: 2000 }), fc.double({ min: 0.1, max: 2000, noNaN: true })),
    missing: fc.boolean(),
  });
  const contributions = fc
    .uniqueArray(fc.tuple(fc.stringMatching(/^[A-Z]{1,6}$/), contribution), { selector: ([unit]) => unit, maxLength: 20 })
    .map((rows) => rows.map(([unit, c]): RollUpContribution => (c.missing ? noData(unit) : computed(unit, c.numerator, c.denominator))));

  it('gives exactly the same result whatever order the units come in', () => {
    fc.assert(
      fc.property(
        contributions.chain((rows) =>
          fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length })),
        ),
        ([rows, shuffled]) => {
          const expectedUnits = rows.map((row) => row.unit);
          const a = rollUp({ indicator: share, period: '2025-T2', expectedUnits, contributions: rows });
          const b = rollUp({ indicator: share, period: '2025-T2', expectedUnits, contributions: shuffled });
          expect(b).toEqual(a);
        },
      ),
      fcOptions,
    );
  });

  it('always equals Σnumerator ÷ Σdenominator of the reporting units', () => {
    fc.assert(
      fc.property(contributions, (rows) => {
        const result = rollUp({ indicator: share, period: '2025-T2', expectedUnits: rows.map((r) => r.unit), contributions: rows });
        const reported = rows.filter((r) => r.outcome !== 'no_data');
        const n = reported.reduce((s, r) => s + (r.numerator ?? 0), 0);
        const d = reported.reduce((s, r) => s + (r.denominator ?? 0), 0);
        if (reported.length === 0) expect(result.outcome).toBe('no_data');
        else if (d === 0) expect(result.outcome).toBe('not_applicable');
        else expect(relativeDifference(result.value ?? Number.NaN, (n * 100) / d)).toBeLessThan(1e-12);
        expect(result.completeness.reported).toBe(reported.length);
      }),
      fcOptions,
    );
  });

  it('finds units whose mean of percentages differs from Σ/Σ, and for them gives Σ/Σ', () => {
    const pair = fc.tuple(
      fc.integer({ min: 0, max: 100 }),
      fc.integer({ min: 1, max: 100 }),
      fc.integer({ min: 0, max: 100 }),
      fc.integer({ min: 1, max: 100 }),
    );
    const meanOfPercentagesIsRight = (n1: number, d1: number, n2: number, d2: number) =>
      // Exact rational comparison of (n1/d1 + n2/d2)/2 with (n1+n2)/(d1+d2).
      (n1 * d2 + n2 * d1) * (d1 + d2) === 2 * (n1 + n2) * d1 * d2;
    const outcome = fc.check(
      fc.property(pair, ([n1, d1, n2, d2]) => meanOfPercentagesIsRight(n1, d1, n2, d2)),
      { ...fcOptions, numRuns: Math.max(fcOptions.numRuns, 100) },
    );
    expect(outcome.failed).toBe(true);
    const [n1, d1, n2, d2] = outcome.counterexample?.[0] ?? [1, 2, 10, 100];
    const result = rollUp({
      indicator: share,
      period: '2025-T2',
      expectedUnits: ['A', 'B'],
      contributions: [computed('A', n1, d1), computed('B', n2, d2)],
    });
    const meanOfPercentages = ((n1 / d1) * 100 + (n2 / d2) * 100) / 2;
    expect(result.value).toBe(((n1 + n2) * 100) / (d1 + d2));
    expect(result.value).not.toBeCloseTo(meanOfPercentages, 9);
  });

  it('gives 10.8 % and not the mean 30 % for 1 of 2 and 10 of 100', () => {
    const result = rollUp({
      indicator: share,
      period: '2025-T2',
      expectedUnits: ['A', 'B'],
      contributions: [computed('A', 1, 2), computed('B', 10, 100)],
    });
    expect((50 + 10) / 2).toBe(30);
    expect(result.roundedValue).toBe(10.8);
  });
});
