import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { protectCells, type DisclosureCell } from './disclosure';
import { fcOptions } from './test-support/fc-options';
import { inSpan } from './test-support/rational-rank';

const T = 5;

/**
 * Two indicators over the same denominator (survey answers of two questions over the respondents): every figure a
 * reader can get of each, per unit and group, per unit, per group for the city and the city. What one indicator
 * publishes is as known as what the other does, so a hidden small number is safe only outside the span of both.
 */
interface Survey {
  units: number;
  groups: number;
  respondents: number[];
  first: number[];
  second: number[];
}

const surveyArbitrary: fc.Arbitrary<Survey> = fc
  .record({ units: fc.integer({ min: 2, max: 4 }), groups: fc.integer({ min: 1, max: 2 }) })
  .chain(({ units, groups }) => {
    const n = units * groups;
    const count = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 40 }));
    return fc.record({
      units: fc.constant(units),
      groups: fc.constant(groups),
      respondents: fc.array(count, { minLength: n, maxLength: n }),
      first: fc.array(count, { minLength: n, maxLength: n }),
      second: fc.array(count, { minLength: n, maxLength: n }),
    });
  });

function figuresOf(indicator: string, numerator: string, counts: readonly number[], survey: Survey): DisclosureCell[] {
  const cells: DisclosureCell[] = [];
  const scope = (all: number, one: number | null) => (one === null ? [...Array(all).keys()] : [one]);
  for (const unit of [null, ...Array(survey.units).keys()]) {
    for (const group of [null, ...Array(survey.groups).keys()]) {
      const num = new Map<string, number>();
      const den = new Map<string, number>();
      let [numValue, denValue] = [0, 0];
      for (const u of scope(survey.units, unit))
        for (const g of scope(survey.groups, group)) {
          num.set(`${numerator}|${u}|${g}`, 1);
          den.set(`respondents|${u}|${g}`, 1);
          numValue += counts[u * survey.groups + g]!;
          denValue += survey.respondents[u * survey.groups + g]!;
        }
      cells.push({
        key: `${indicator}|${unit ?? '*'}|${group ?? '*'}`,
        parts: [
          { role: 'numerator', vector: num, value: numValue, countsPeople: true },
          { role: 'denominator', vector: den, value: denValue, countsPeople: true },
        ],
      });
    }
  }
  return cells;
}

const bothOf = (survey: Survey) => ({
  first: figuresOf('A', 'yes_first', survey.first, survey),
  second: figuresOf('B', 'yes_second', survey.second, survey),
});

const publishedOf = (cells: readonly DisclosureCell[], hidden: (key: string) => boolean) =>
  cells.filter((cell) => !hidden(cell.key)).flatMap((cell) => cell.parts.map((part) => part.vector));

/** The small parts of hidden cells that the published vectors give away. */
function leaks(cells: readonly DisclosureCell[], hidden: (key: string) => boolean): string[] {
  const out = publishedOf(cells, hidden);
  return cells
    .filter((cell) => hidden(cell.key))
    .flatMap((cell) => cell.parts.filter((part) => part.value! < T && inSpan(part.vector, out)).map((part) => `${cell.key}:${part.role}`));
}

const decidedApart = (first: readonly DisclosureCell[], second: readonly DisclosureCell[]) => {
  const a = protectCells(first, { threshold: T }).decisions;
  const b = protectCells(second, { threshold: T }).decisions;
  return (key: string) => (a.get(key) ?? b.get(key))!.hidden;
};

const decidedTogether = (first: readonly DisclosureCell[], second: readonly DisclosureCell[]) => {
  const both = protectCells([...first, ...second], { threshold: T }).decisions;
  return (key: string) => both.get(key)!.hidden;
};

describe('protectCells over indicators sharing a denominator', () => {
  // Unit 0 has 2 respondents. Each indicator alone hides it and one more unit, the one its own figure makes the
  // smallest: A hides unit 1, B unit 2. Then A shows unit 2 and B unit 1, and 2 = city − unit 1 − unit 2 − unit 3.
  const survey: Survey = { units: 4, groups: 1, respondents: [2, 20, 20, 50], first: [1, 5, 15, 30], second: [1, 15, 5, 30] };

  it('decided apart, the two give a small denominator away by subtraction', () => {
    const { first, second } = bothOf(survey);
    const hidden = decidedApart(first, second);
    expect(hidden('A|1|*') && hidden('B|2|*') && !hidden('A|2|*') && !hidden('B|1|*')).toBe(true);
    expect(leaks([...first, ...second], hidden)).toContain('A|0|*:denominator');
  });

  it('decided together, they hide the same complement for the shared denominator', () => {
    const { first, second } = bothOf(survey);
    const hidden = decidedTogether(first, second);
    expect(hidden('A|0|*') && hidden('B|0|*')).toBe(true);
    expect(leaks([...first, ...second], hidden)).toEqual([]);
  });

  it('property: decided together, no small hidden part lies in the rational span of both indicators’ published cells', () => {
    fc.assert(
      fc.property(surveyArbitrary, (survey) => {
        const { first, second } = bothOf(survey);
        const cells = [...first, ...second];
        const { decisions, unavoidable } = protectCells(cells, { threshold: T });
        for (const cell of cells)
          if (cell.parts.some((part) => part.value! < T)) expect(decisions.get(cell.key)!.hidden, cell.key).toBe(true);
        expect(leaks(cells, (key) => decisions.get(key)!.hidden)).toEqual([]);
        expect(unavoidable).toEqual([]);
      }),
      fcOptions,
    );
  }, 120_000);

  it('property: decided apart, the rule is not safe (fast-check finds a shared denominator given away)', () => {
    const result = fc.check(
      fc.property(surveyArbitrary, (survey) => {
        const { first, second } = bothOf(survey);
        return leaks([...first, ...second], decidedApart(first, second)).length === 0;
      }),
      { numRuns: 1_000, seed: 12 },
    );
    expect(result.failed).toBe(true);
  }, 120_000);
});
