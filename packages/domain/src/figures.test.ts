import { describe, expect, it } from 'vitest';
import { computeFigures, type CellLookup } from './figures';
import type { DataElementDefinition, IndicatorDefinition } from './indicator-values';

const elements: DataElementDefinition[] = [
  { code: 'external_leavers', timeAggregation: 'sum', frequency: 'tertial' },
  { code: 'average_headcount', timeAggregation: 'average', frequency: 'tertial' },
];
const turnover: IndicatorDefinition = {
  code: 'turnover_external',
  kind: 'share',
  numerator: ['external_leavers'],
  denominator: 'average_headcount',
  factor: 100,
  decimals: 1,
  window: 'rolling_12_months',
  formulaVersion: 1,
};

/** unit → group → element → period → value */
type Table = Record<string, Record<string, Record<string, Record<string, number>>>>;
const lookupIn =
  (table: Table): CellLookup =>
  (unit, group, element, period) =>
    table[unit]?.[group ?? '']?.[element]?.[period];

const window = ['2024-T3', '2025-T1', '2025-T2'];
const steady = (leavers: number[], headcount: number) => ({
  external_leavers: Object.fromEntries(window.map((p, i) => [p, leavers[i]!])),
  average_headcount: Object.fromEntries(window.map((p) => [p, headcount])),
});

describe('computeFigures', () => {
  const table: Table = {
    FARSTA: { SOC: steady([2, 3, 1], 60), BIST: steady([1, 1, 2], 20) },
    BROMMA: { SOC: steady([1, 1, 1], 40) },
    KISTA: {
      SOC: { external_leavers: { '2024-T3': 5, '2025-T1': 5 }, average_headcount: { '2024-T3': 50, '2025-T1': 50, '2025-T2': 50 } },
    },
  };
  const figures = computeFigures({
    indicator: turnover,
    elements,
    period: '2025-T2',
    units: ['FARSTA', 'BROMMA', 'KISTA', 'NORRMALM'],
    groups: ['SOC', 'BIST', 'CHEF'],
    lookup: lookupIn(table),
  });

  it('computes each unit and group over the rolling 12 months', () => {
    const farstaSoc = figures.cells.find((c) => c.unit === 'FARSTA' && c.group === 'SOC')!;
    expect(farstaSoc.value).toMatchObject({ outcome: 'computed', numerator: 6, denominator: 60, roundedValue: 10 });
  });

  it('leaves out groups a unit has no values for at all', () => {
    expect(figures.cells.map((c) => `${c.unit}/${c.group}`)).toEqual(['FARSTA/SOC', 'FARSTA/BIST', 'BROMMA/SOC', 'KISTA/SOC']);
  });

  it('combines a unit’s groups as Σ/Σ, not as a mean of their percentages', () => {
    // SOC 6/60 = 10 %, BIST 4/20 = 20 %: their mean would be 15 %, the unit's turnover is 10/80 = 12.5 %.
    expect(figures.units.get('FARSTA')).toMatchObject({ numerator: 10, denominator: 80, roundedValue: 12.5 });
  });

  it('rolls up the municipality from the complete units and names the missing ones', () => {
    // Kista lacks 2025-T2 leavers; Norrmalm reported nothing.
    expect(figures.city.completeness).toEqual({ reported: 2, expected: 4, missingUnits: ['KISTA', 'NORRMALM'] });
    expect(figures.city).toMatchObject({ numerator: 13, denominator: 120, roundedValue: 10.8 });
    expect(figures.units.get('KISTA')!.outcome).toBe('no_data');
    expect(figures.units.get('NORRMALM')!.outcome).toBe('no_data');
  });

  it('computes only the asked group when one is chosen', () => {
    const bist = computeFigures({
      indicator: turnover,
      elements,
      period: '2025-T2',
      units: ['FARSTA'],
      groups: ['BIST'],
      lookup: lookupIn(table),
    });
    expect(bist.units.get('FARSTA')).toMatchObject({ numerator: 4, denominator: 20, roundedValue: 20 });
  });
});
