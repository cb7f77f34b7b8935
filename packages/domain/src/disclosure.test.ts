import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { protectCells, toFraction, type DisclosureCell } from './disclosure';
import { fcOptions } from './test-support/fc-options';
import { inSpan } from './test-support/rational-rank';

const T = 5;

// The independent check: exact rational rank by dense elimination, not the rule's own code.
const derivable = inSpan;

// ---- Random cubes: units × groups × tertials of one year, two counted elements, every figure a reader gets. ----

interface Cube {
  units: number;
  groups: number;
  periods: number;
  raw: boolean;
  counts: number[];
  heads: number[];
  alreadyOut: boolean[];
}

const cubeArbitrary = fc
  .record({
    units: fc.integer({ min: 1, max: 3 }),
    groups: fc.integer({ min: 1, max: 3 }),
    periods: fc.integer({ min: 1, max: 2 }),
    raw: fc.boolean(),
  })
  .chain((shape) => {
    const n = shape.units * shape.groups * shape.periods;
    const count = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 40 }));
    return fc.record({
      units: fc.constant(shape.units),
      groups: fc.constant(shape.groups),
      periods: fc.constant(shape.periods),
      raw: fc.constant(shape.raw),
      counts: fc.array(count, { minLength: n, maxLength: n }),
      heads: fc.array(count, { minLength: n, maxLength: n }),
      alreadyOut: fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }),
    });
  });

/** leavers (summed over time) over headcount (averaged over time), per unit×group, unit, group, city, per tertial and year. */
function cellsOf(cube: Cube, { withAlreadyOut }: { withAlreadyOut: boolean }): DisclosureCell[] {
  const idx = (u: number, g: number, p: number) => (u * cube.groups + g) * cube.periods + p;
  const cells: DisclosureCell[] = [];
  const scopes = (all: number, one: number | null) => (one === null ? [...Array(all).keys()] : [one]);
  const periodSets: Array<{ code: string; periods: number[] }> = [...Array(cube.periods).keys()].map((p) => ({
    code: `T${p + 1}`,
    periods: [p],
  }));
  if (cube.periods > 1) periodSets.push({ code: 'Y', periods: [...Array(cube.periods).keys()] });
  for (const { code, periods } of periodSets) {
    for (const unit of [null, ...Array(cube.units).keys()]) {
      for (const group of [null, ...Array(cube.groups).keys()]) {
        const num = new Map<string, number>();
        const den = new Map<string, number>();
        let numValue = 0;
        let denValue = 0;
        for (const u of scopes(cube.units, unit)) {
          for (const g of scopes(cube.groups, group)) {
            for (const p of periods) {
              num.set(`a|${u}|${g}|${p}`, 1);
              den.set(`b|${u}|${g}|${p}`, 1 / periods.length);
              numValue += cube.counts[idx(u, g, p)]!;
              denValue += cube.heads[idx(u, g, p)]! / periods.length;
            }
          }
        }
        cells.push({
          key: `${code}|${unit ?? '*'}|${group ?? '*'}`,
          parts: [
            { role: 'numerator', vector: num, value: numValue, countsPeople: true },
            { role: 'denominator', vector: den, value: denValue, countsPeople: true },
          ],
        });
      }
    }
  }
  if (cube.raw) {
    for (let u = 0; u < cube.units; u++)
      for (let g = 0; g < cube.groups; g++)
        for (let p = 0; p < cube.periods; p++) {
          for (const [element, values] of [
            ['a', cube.counts],
            ['b', cube.heads],
          ] as const) {
            cells.push({
              key: `raw|${element}|${u}|${g}|${p}`,
              parts: [
                { role: 'value', vector: new Map([[`${element}|${u}|${g}|${p}`, 1]]), value: values[idx(u, g, p)]!, countsPeople: true },
              ],
            });
          }
        }
  }
  if (!withAlreadyOut) return cells;
  // Some cells were published before (by an earlier state of the data) and cannot be withdrawn.
  return cells.map((cell, i) =>
    cube.alreadyOut[i % 64] && cell.parts.every((p) => p.value! >= T) ? { ...cell, fixed: 'published' as const } : cell,
  );
}

function published(cells: readonly DisclosureCell[], decisions: ReturnType<typeof protectCells>['decisions']) {
  return cells.filter((cell) => !decisions.get(cell.key)!.hidden).flatMap((cell) => cell.parts.map((part) => part.vector));
}

describe('protectCells', () => {
  it('hides the group a unit total and the other groups would give away (FARSTA: 16 = 5 + 10 + 1)', () => {
    const figure = (key: string, groups: Record<string, number>): DisclosureCell => ({
      key,
      parts: [
        {
          role: 'numerator',
          vector: new Map(Object.keys(groups).map((g) => [g, 1])),
          value: Object.values(groups).reduce((a, b) => a + b, 0),
          countsPeople: true,
        },
      ],
    });
    const cells = [
      figure('BIST', { BIST: 5 }),
      figure('SOC', { SOC: 10 }),
      figure('CHEF', { CHEF: 1 }),
      figure('all', { BIST: 5, SOC: 10, CHEF: 1 }),
    ];
    const { decisions } = protectCells(cells, { threshold: T });
    expect(decisions.get('CHEF')).toEqual({ hidden: true, reason: 'below_threshold', smallParts: ['numerator'] });
    expect(decisions.get('BIST')).toEqual({ hidden: true, reason: 'complementary', smallParts: [] });
    expect(decisions.get('SOC')!.hidden).toBe(false);
    expect(derivable(new Map([['CHEF', 1]]), published(cells, decisions))).toBe(false);
  });

  it('hides the total when the cells next to it are already published and cannot be withdrawn', () => {
    const one = (key: string, atom: string, value: number, fixed?: 'published'): DisclosureCell => ({
      key,
      fixed,
      parts: [{ role: 'numerator', vector: new Map([[atom, 1]]), value, countsPeople: true }],
    });
    const before: DisclosureCell = {
      key: 'city-before',
      fixed: 'published',
      parts: [
        {
          role: 'numerator',
          vector: new Map([
            ['A', 1],
            ['B', 1],
          ]),
          value: 6,
          countsPeople: true,
        },
      ],
    };
    const after: DisclosureCell = {
      key: 'city-after',
      parts: [
        {
          role: 'numerator',
          vector: new Map([
            ['A', 1],
            ['B', 1],
            ['N', 1],
          ]),
          value: 10,
          countsPeople: true,
        },
      ],
    };
    const { decisions } = protectCells([before, after, one('N', 'N', 4)], { threshold: T });
    expect(decisions.get('N')!.hidden).toBe(true);
    expect(decisions.get('city-after')).toMatchObject({ hidden: true, reason: 'complementary' });
    expect(decisions.get('city-before')!.hidden).toBe(false);
  });

  it('finds a derivation that one prime alone misses (the minor is 2^31 − 1)', () => {
    // x + p·y and x are both published: their difference is p·y, so y is known, yet modulo p the two vectors are one.
    const p = 2_147_483_647;
    const cell = (key: string, vector: Array<[string, number]>, value: number): DisclosureCell => ({
      key,
      parts: [{ role: 'numerator', vector: new Map(vector), value, countsPeople: true }],
    });
    const cells = [
      cell(
        'x+py',
        [
          ['x', 1],
          ['y', p],
        ],
        10 + 2 * p,
      ),
      cell('x', [['x', 1]], 10),
      cell('y', [['y', 1]], 2),
    ];
    const { decisions } = protectCells(cells, { threshold: T });
    expect(decisions.get('y')!.hidden).toBe(true);
    expect(derivable(new Map([['y', 1]]), published(cells, decisions))).toBe(false);
  });

  it('reads averages over three periods exactly', () => {
    expect(toFraction(1 / 3)).toEqual({ numerator: 1n, denominator: 3n });
    expect(toFraction(2 / 3)).toEqual({ numerator: 2n, denominator: 3n });
    expect(toFraction(-0.25)).toEqual({ numerator: -1n, denominator: 4n });
    expect(() => toFraction(Math.PI)).toThrow(RangeError);
  });

  it('property: no hidden small cell lies in the rational span of the published cells', () => {
    fc.assert(
      fc.property(cubeArbitrary, fc.boolean(), (cube, withAlreadyOut) => {
        const cells = cellsOf(cube, { withAlreadyOut });
        const { decisions, unavoidable } = protectCells(cells, { threshold: T });
        const out = published(cells, decisions);
        const fixedOut = cells.filter((cell) => cell.fixed === 'published').flatMap((cell) => cell.parts.map((p) => p.vector));
        for (const cell of cells) {
          const decision = decisions.get(cell.key)!;
          const small = cell.parts.filter((p) => p.value! < T);
          if (cell.fixed === 'published') {
            expect(decision.hidden).toBe(false);
            continue;
          }
          if (small.length > 0) expect(decision.hidden).toBe(true);
          for (const part of small) {
            // Whatever is still derivable is derivable from the cells published before alone, and said so.
            if (derivable(part.vector, out)) {
              expect(derivable(part.vector, fixedOut)).toBe(true);
              expect(unavoidable).toContain(cell.key);
            }
          }
        }
        if (!withAlreadyOut) expect(unavoidable).toEqual([]);
      }),
      fcOptions,
    );
  }, 120_000);

  it('property: two small hidden cells of the same kind cannot be added up from the published ones when together still small', () => {
    fc.assert(
      fc.property(cubeArbitrary, (cube) => {
        const cells = cellsOf(cube, { withAlreadyOut: false });
        const { decisions } = protectCells(cells, { threshold: T });
        const out = published(cells, decisions);
        const small = cells
          .filter((c) => decisions.get(c.key)!.hidden)
          .flatMap((c) => c.parts.filter((p) => p.value! < T).map((p) => ({ key: c.key, p })));
        for (let i = 0; i < small.length; i++)
          for (let j = i + 1; j < small.length; j++) {
            const [a, b] = [small[i]!, small[j]!];
            if (a.key === b.key || a.p.role !== b.p.role || a.p.value! + b.p.value! >= T) continue;
            const sum = new Map(a.p.vector);
            for (const [k, c] of b.p.vector) sum.set(k, (sum.get(k) ?? 0) + c);
            expect(derivable(sum, out)).toBe(false);
          }
      }),
      { ...fcOptions, numRuns: Math.max(10, Math.floor(fcOptions.numRuns / 2)) },
    );
  }, 120_000);

  it('property: rolling windows decided in order, each system holding the one before as decided, give nothing small away together', () => {
    const seriesArbitrary = fc
      .record({ units: fc.integer({ min: 1, max: 2 }), periods: fc.integer({ min: 3, max: 6 }), raw: fc.boolean() })
      .chain(
        (shape) =>
          fc.record({
            ...Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, fc.constant(v)])),
            counts: fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 30 })), {
              minLength: shape.units * shape.periods,
              maxLength: shape.units * shape.periods,
            }),
          }) as fc.Arbitrary<{ units: number; periods: number; raw: boolean; counts: number[] }>,
      );
    fc.assert(
      fc.property(seriesArbitrary, (series) => {
        const count = (u: number, p: number) => series.counts[u * series.periods + p]!;
        let previous: DisclosureCell[] = [];
        const out: Array<Map<string, number>> = [];
        const secrets: Array<{ key: string; vector: Map<string, number> }> = [];
        for (let end = 2; end < series.periods; end++) {
          const window = [end - 2, end - 1, end];
          const sum = (units: number[]): DisclosureCell['parts'][number] => ({
            role: 'numerator',
            vector: new Map(units.flatMap((u) => window.map((p) => [`${u}|${p}`, 1] as [string, number]))),
            value: units.reduce((total, u) => total + window.reduce((t, p) => t + count(u, p), 0), 0),
            countsPeople: true,
          });
          const units = [...Array(series.units).keys()];
          const own: DisclosureCell[] = [
            { key: `${end}|city`, parts: [sum(units)] },
            ...units.map((u) => ({ key: `${end}|${u}`, parts: [sum([u])] })),
          ];
          if (series.raw)
            for (const u of units)
              for (const p of window)
                own.push({
                  key: `${end}|raw|${u}|${p}`,
                  parts: [{ role: 'value', vector: new Map([[`${u}|${p}`, 1]]), value: count(u, p), countsPeople: true }],
                });
          const cells = [...own, ...previous.map((cell) => ({ ...cell, pairs: false }))];
          const { decisions } = protectCells(cells, { threshold: T });
          for (const cell of own) {
            if (!decisions.get(cell.key)!.hidden) out.push(...cell.parts.map((part) => new Map(part.vector)));
            for (const part of cell.parts) if (part.value! < T) secrets.push({ key: cell.key, vector: new Map(part.vector) });
          }
          previous = cells.map((cell) => ({
            ...cell,
            fixed: cell.fixed ?? (decisions.get(cell.key)!.hidden ? ('hidden' as const) : ('published' as const)),
          }));
        }
        for (const secret of secrets) expect(derivable(secret.vector, out), secret.key).toBe(false);
      }),
      fcOptions,
    );
  }, 120_000);

  it('property: a cube without small numbers hides nothing', () => {
    fc.assert(
      fc.property(cubeArbitrary, (cube) => {
        const big = { ...cube, counts: cube.counts.map((c) => c + T), heads: cube.heads.map((c) => c + T) };
        const { decisions } = protectCells(cellsOf(big, { withAlreadyOut: true }), { threshold: T });
        expect([...decisions.values()].filter((d) => d.hidden)).toEqual([]);
      }),
      fcOptions,
    );
  }, 120_000);

  it('property: the answer does not depend on the order of the cells', () => {
    fc.assert(
      fc.property(cubeArbitrary, fc.integer(), (cube, seed) => {
        const cells = cellsOf(cube, { withAlreadyOut: true });
        const shuffled = cells
          .map((cell, i) => ({ cell, k: Math.sin(seed + i) }))
          .sort((a, b) => a.k - b.k)
          .map(({ cell }) => cell);
        const hiddenOf = (list: DisclosureCell[]) =>
          [...protectCells(list, { threshold: T }).decisions]
            .filter(([, d]) => d.hidden)
            .map(([k, d]) => `${k}:${d.reason}`)
            .sort();
        expect(hiddenOf(shuffled)).toEqual(hiddenOf(cells));
      }),
      { ...fcOptions, numRuns: Math.max(10, Math.floor(fcOptions.numRuns / 2)) },
    );
  }, 120_000);
});
