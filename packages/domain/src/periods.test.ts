import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  InvalidPeriodError,
  PERIOD_CODE_PATTERN,
  comparePeriods,
  coarsestKind,
  formatPeriod,
  latestPeriodEndedBy,
  makePeriod,
  nextPeriod,
  parsePeriod,
  periodContains,
  periodsBetween,
  previousPeriod,
  rollingWindow,
  tryParsePeriod,
  type PeriodKind,
} from './periods';
import { fcOptions } from './test-support/fc-options';

const codes = (periods: readonly { code: string }[]) => periods.map((p) => p.code);

describe('parsePeriod', () => {
  it('reads a year as one period spanning January to December', () => {
    expect(parsePeriod('2025')).toEqual({
      code: '2025',
      kind: 'year',
      year: 2025,
      number: 1,
      startDate: '2025-01-01',
      endDate: '2025-12-31',
    });
  });

  it.each([
    ['2025-T1', 1, '2025-01-01', '2025-04-30'],
    ['2025-T2', 2, '2025-05-01', '2025-08-31'],
    ['2025-T3', 3, '2025-09-01', '2025-12-31'],
  ])('reads tertial %s as the four months it covers', (code, number, startDate, endDate) => {
    expect(parsePeriod(code)).toMatchObject({ kind: 'tertial', year: 2025, number, startDate, endDate });
  });

  it.each([
    ['2025-Q1', 1, '2025-01-01', '2025-03-31'],
    ['2025-Q2', 2, '2025-04-01', '2025-06-30'],
    ['2025-Q3', 3, '2025-07-01', '2025-09-30'],
    ['2025-Q4', 4, '2025-10-01', '2025-12-31'],
  ])('reads quarter %s as the three months it covers', (code, number, startDate, endDate) => {
    expect(parsePeriod(code)).toMatchObject({ kind: 'quarter', year: 2025, number, startDate, endDate });
  });

  it('reads a month with its last day', () => {
    expect(parsePeriod('2025-07')).toMatchObject({
      kind: 'month',
      number: 7,
      startDate: '2025-07-01',
      endDate: '2025-07-31',
    });
    expect(parsePeriod('2025-11').endDate).toBe('2025-11-30');
  });

  it('ends February on the 29th in leap years only', () => {
    expect(parsePeriod('2024-02').endDate).toBe('2024-02-29');
    expect(parsePeriod('2025-02').endDate).toBe('2025-02-28');
    expect(parsePeriod('2000-02').endDate).toBe('2000-02-29');
    expect(parsePeriod('2100-02').endDate).toBe('2100-02-28');
  });

  it('accepts the first and last allowed years', () => {
    expect(parsePeriod('1900').year).toBe(1900);
    expect(parsePeriod('2999-12').endDate).toBe('2999-12-31');
  });

  it.each([
    '',
    '25',
    '20250',
    '1899',
    '3000',
    '0999',
    '2025-T0',
    '2025-T4',
    '2025-t2',
    '2025-Q0',
    '2025-Q5',
    '2025-00',
    '2025-13',
    '2025-7',
    '2025-007',
    ' 2025',
    '2025 ',
    '2025-T2\n',
    '2025/T2',
    '2025-H1',
    '２０２５',
  ])('rejects %j with an InvalidPeriodError', (code) => {
    expect(() => parsePeriod(code)).toThrow(InvalidPeriodError);
    expect(tryParsePeriod(code)).toBeUndefined();
  });

  it.each([null, undefined, 2025, {}, ['2025'], Number.NaN, 10n])('rejects a non-string %s without crashing', (input) => {
    expect(() => parsePeriod(input)).toThrow(InvalidPeriodError);
    expect(tryParsePeriod(input)).toBeUndefined();
  });

  it('carries a stable error code and the rejected input', () => {
    const error = (() => {
      try {
        parsePeriod('2025-T9');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InvalidPeriodError);
    expect(error).toMatchObject({ code: 'periods.invalid_code', input: '2025-T9' });
  });
});

describe('PERIOD_CODE_PATTERN', () => {
  const pattern = new RegExp(PERIOD_CODE_PATTERN);

  it('accepts exactly the codes parsePeriod accepts', () => {
    const samples = ['1900', '2999', '2025', '2025-T1', '2025-T3', '2025-Q4', '2025-01', '2025-12'];
    const rejected = ['1899', '3000', '2025-T4', '2025-Q0', '2025-13', '2025-1', 'x2025', '2025-T2x'];
    for (const code of samples) expect(pattern.test(code), code).toBe(true);
    for (const code of rejected) expect(pattern.test(code), code).toBe(false);
  });

  it('agrees with the parser on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{4}(-[TQ0-9]\d?)?$/)), (input) => {
        expect(pattern.test(input)).toBe(tryParsePeriod(input) !== undefined);
      }),
      fcOptions,
    );
  });
});

describe('formatPeriod', () => {
  it('writes each kind in its code form', () => {
    expect(formatPeriod({ kind: 'year', year: 2025, number: 1 })).toBe('2025');
    expect(formatPeriod({ kind: 'tertial', year: 2025, number: 2 })).toBe('2025-T2');
    expect(formatPeriod({ kind: 'quarter', year: 2025, number: 3 })).toBe('2025-Q3');
    expect(formatPeriod({ kind: 'month', year: 2025, number: 7 })).toBe('2025-07');
  });

  it('refuses a number outside the kind', () => {
    expect(() => formatPeriod({ kind: 'tertial', year: 2025, number: 4 })).toThrow(InvalidPeriodError);
    expect(() => formatPeriod({ kind: 'month', year: 2025, number: 0 })).toThrow(InvalidPeriodError);
    expect(() => makePeriod('quarter', 1899, 1)).toThrow(InvalidPeriodError);
  });

  it('round-trips every valid code through parse and format', () => {
    const kinds: PeriodKind[] = ['year', 'tertial', 'quarter', 'month'];
    const arbitraryPeriod = fc
      .tuple(fc.constantFrom(...kinds), fc.integer({ min: 1900, max: 2999 }), fc.integer({ min: 1, max: 12 }))
      .map(([kind, year, n]) => {
        const perYear = { year: 1, tertial: 3, quarter: 4, month: 12 }[kind];
        return makePeriod(kind, year, ((n - 1) % perYear) + 1);
      });
    fc.assert(
      fc.property(arbitraryPeriod, (period) => {
        expect(formatPeriod(parsePeriod(period.code))).toBe(period.code);
        expect(parsePeriod(formatPeriod(period))).toEqual(period);
      }),
      fcOptions,
    );
  });
});

describe('comparePeriods', () => {
  it('orders periods by their end date', () => {
    const sorted = ['2025', '2025-T1', '2024-T3', '2025-05', '2025-Q1'].sort(comparePeriods);
    expect(sorted).toEqual(['2024-T3', '2025-Q1', '2025-T1', '2025-05', '2025']);
  });

  it('puts the finer period first when two periods end on the same day', () => {
    const sorted = ['2025', '2025-T3', '2025-12', '2025-Q4'].sort(comparePeriods);
    expect(sorted).toEqual(['2025-12', '2025-Q4', '2025-T3', '2025']);
  });

  it('is zero only for the same period', () => {
    expect(comparePeriods('2025-T2', parsePeriod('2025-T2'))).toBe(0);
    expect(comparePeriods('2025-T3', '2025')).toBeLessThan(0);
    expect(comparePeriods('2025', '2025-T3')).toBeGreaterThan(0);
  });
});

describe('periodContains', () => {
  it('sees a month inside its tertial and the tertial inside its year', () => {
    expect(periodContains('2025-T2', '2025-07')).toBe(true);
    expect(periodContains('2025', '2025-T2')).toBe(true);
    expect(periodContains('2025', '2025-07')).toBe(true);
  });

  it('sees a period as containing itself', () => {
    expect(periodContains('2025-T2', '2025-T2')).toBe(true);
  });

  it('does not see a coarser period inside a finer one, nor an overlapping one', () => {
    expect(periodContains('2025-T2', '2025')).toBe(false);
    expect(periodContains('2025-T2', '2025-Q2')).toBe(false);
    expect(periodContains('2025-T1', '2025-Q1')).toBe(true);
    expect(periodContains('2025', '2024-12')).toBe(false);
  });
});

describe('previousPeriod and nextPeriod', () => {
  it.each([
    ['2025-T1', '2024-T3'],
    ['2025-T3', '2025-T2'],
    ['2025-Q1', '2024-Q4'],
    ['2025-01', '2024-12'],
    ['2025-07', '2025-06'],
    ['2025', '2024'],
  ])('the period before %s is %s, of the same kind', (code, previous) => {
    expect(previousPeriod(code).code).toBe(previous);
    expect(nextPeriod(previous).code).toBe(code);
  });

  it('refuses to step outside the allowed years', () => {
    expect(() => previousPeriod('1900-T1')).toThrow(InvalidPeriodError);
    expect(() => nextPeriod('2999')).toThrow(InvalidPeriodError);
  });
});

describe('periodsBetween', () => {
  it('lists the periods of a kind from one code to another, inclusive', () => {
    expect(codes(periodsBetween('tertial', '2024-T2', '2025-T1'))).toEqual(['2024-T2', '2024-T3', '2025-T1']);
  });

  it('lists the finer periods inside coarser bounds', () => {
    expect(codes(periodsBetween('tertial', '2024', '2025'))).toHaveLength(6);
    expect(codes(periodsBetween('month', '2025-T2', '2025-T2'))).toEqual(['2025-05', '2025-06', '2025-07', '2025-08']);
  });

  it('leaves out periods that stick out of the bounds', () => {
    expect(codes(periodsBetween('quarter', '2025-T2', '2025-T3'))).toEqual(['2025-Q3', '2025-Q4']);
    expect(codes(periodsBetween('year', '2025-03', '2025-12'))).toEqual([]);
  });

  it('is empty when the bounds are reversed', () => {
    expect(periodsBetween('tertial', '2025-T3', '2025-T1')).toEqual([]);
  });
});

describe('rollingWindow', () => {
  it('gives the three tertials ending with a tertial', () => {
    expect(codes(rollingWindow('2025-T2'))).toEqual(['2024-T3', '2025-T1', '2025-T2']);
  });

  it('gives four quarters, twelve months, or the year itself', () => {
    expect(codes(rollingWindow('2025-Q1'))).toEqual(['2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1']);
    expect(codes(rollingWindow('2025-03'))).toHaveLength(12);
    expect(codes(rollingWindow('2025-03'))[0]).toBe('2024-04');
    expect(codes(rollingWindow('2025'))).toEqual(['2025']);
  });

  it('always spans exactly twelve months ending on the period’s last day', () => {
    const kinds: PeriodKind[] = ['tertial', 'quarter', 'month', 'year'];
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.integer({ min: 1901, max: 2999 }), fc.nat(11), (kind, year, n) => {
        const perYear = { year: 1, tertial: 3, quarter: 4, month: 12 }[kind];
        const period = makePeriod(kind, year, (n % perYear) + 1);
        const window = rollingWindow(period);
        expect(window).toHaveLength(perYear);
        expect(window.at(-1)).toEqual(period);
        expect(codes(periodsBetween('month', window[0]!, period))).toHaveLength(12);
      }),
      fcOptions,
    );
  });
});

describe('latestPeriodEndedBy', () => {
  it('gives the previous year for a tertial before the year has ended', () => {
    expect(latestPeriodEndedBy('year', '2025-T2').code).toBe('2024');
    expect(latestPeriodEndedBy('year', '2025-T1').code).toBe('2024');
  });

  it('gives the same year once its last tertial has ended', () => {
    expect(latestPeriodEndedBy('year', '2025-T3').code).toBe('2025');
  });

  it('gives the latest ended tertial for a month', () => {
    expect(latestPeriodEndedBy('tertial', '2025-06').code).toBe('2025-T1');
    expect(latestPeriodEndedBy('tertial', '2025-08').code).toBe('2025-T2');
  });
});

describe('coarsestKind', () => {
  it('picks the kind spanning the most months', () => {
    expect(coarsestKind(['tertial', 'year', 'month'])).toBe('year');
    expect(coarsestKind(['quarter', 'tertial'])).toBe('tertial');
    expect(coarsestKind([])).toBeUndefined();
  });
});
