import {
  checkPeopleCounts,
  seesSmallNumbers,
  suppressCells,
  type Grant,
  type RolledUpValue,
  type SmallNumberCheck,
} from '@planpuls/domain';

export interface PeopleCounts {
  numeratorCountsPeople: boolean;
  denominatorCountsPeople: boolean;
}

export interface Suppressions {
  city: SmallNumberCheck | undefined;
  units: Map<string, SmallNumberCheck>;
}

/**
 * Which figures this reader sees as "–": counts of fewer than five people, for readers without HR rights for
 * the unit or steering rights, plus the complementary cells that would let a hidden one be recovered from the total.
 */
export function suppressionsFor(
  grants: readonly Grant[],
  counts: PeopleCounts,
  city: RolledUpValue,
  units: ReadonlyMap<string, RolledUpValue>,
): Suppressions {
  const peopleOnly = (figure: RolledUpValue) => ({
    numerator: counts.numeratorCountsPeople ? figure.numerator : null,
    denominator: counts.denominatorCountsPeople ? figure.denominator : null,
  });
  const cityCheck = seesSmallNumbers(grants, null) ? undefined : checkPeopleCounts(city, counts);
  const checks = suppressCells(
    [...units].map(([key, figure]) => ({ key, ...peopleOnly(figure) })),
    { totalShown: !cityCheck?.suppressed },
  );
  const result = new Map<string, SmallNumberCheck>();
  for (const [unit, check] of checks) if (check.suppressed && !seesSmallNumbers(grants, unit)) result.set(unit, check);
  return { city: cityCheck?.suppressed ? cityCheck : undefined, units: result };
}

/** A figure as a reader may see it: numbers removed when suppressed, with one reason for every hidden figure. */
export function shownFigure(figure: RolledUpValue, check: SmallNumberCheck | undefined) {
  if (!check) {
    return {
      period: figure.period,
      outcome: figure.outcome,
      numerator: figure.numerator,
      denominator: figure.denominator,
      value: figure.roundedValue,
      suppressed: false,
      suppressedBecause: null,
    };
  }
  // A hidden figure says nothing that depends on its numbers: `not_applicable` would say that its denominator is zero,
  // and a reason naming the small part (or none, for a figure hidden to protect another) which parts are at least five.
  return {
    period: figure.period,
    outcome: 'computed' as const,
    numerator: null,
    denominator: null,
    value: null,
    suppressed: true,
    suppressedBecause: 'small_numbers' as const,
  };
}
