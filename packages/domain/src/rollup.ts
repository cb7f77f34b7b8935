import { divide, type IndicatorDefinition, type IndicatorOutcome } from './indicator-values';

/** One unit's (and group's) figure as computed by `evaluateIndicator`, or the same sums from elsewhere. */
export interface RollUpContribution {
  readonly unit: string;
  readonly group?: string | null;
  readonly outcome: IndicatorOutcome;
  readonly numerator: number | null;
  readonly denominator: number | null;
}

export interface Completeness {
  readonly reported: number;
  readonly expected: number;
  /** Expected units without a complete figure, in the order they were expected. */
  readonly missingUnits: readonly string[];
}

export interface RolledUpValue {
  readonly indicator: string;
  readonly formulaVersion: number;
  readonly period: string;
  readonly outcome: IndicatorOutcome;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly value: number | null;
  readonly roundedValue: number | null;
  readonly completeness: Completeness;
  /** Units that contributed but were not expected; left out of the sums. */
  readonly ignoredUnits: readonly string[];
}

export interface RollUpInput {
  readonly indicator: Pick<IndicatorDefinition, 'code' | 'factor' | 'decimals' | 'denominator' | 'formulaVersion'>;
  /** The period the contributions belong to. */
  readonly period: string;
  readonly expectedUnits: readonly string[];
  readonly contributions: readonly RollUpContribution[];
}

/**
 * Σnumerator ÷ Σdenominator over the units (and groups) that reported, never a mean of their
 * percentages; counts simply sum. A unit counts as reported only when every one of its
 * contributions has data, so a unit that reported one group of two is left out, not half counted.
 */
export function rollUp(input: RollUpInput): RolledUpValue {
  const { indicator } = input;
  const hasDenominator = Boolean(indicator.denominator);
  const expected = [...new Set(input.expectedUnits)];
  const expectedSet = new Set(expected);

  const byUnit = new Map<string, RollUpContribution[]>();
  const seen = new Set<string>();
  const ignored = new Set<string>();
  for (const contribution of input.contributions) {
    const key = `${contribution.unit}\u0000${contribution.group ?? ''}`;
    if (seen.has(key)) {
      throw new RangeError(`unit ${contribution.unit} group ${contribution.group ?? '–'} contributes twice`);
    }
    seen.add(key);
    if (!expectedSet.has(contribution.unit)) {
      ignored.add(contribution.unit);
      continue;
    }
    const list = byUnit.get(contribution.unit) ?? [];
    list.push(contribution);
    byUnit.set(contribution.unit, list);
  }

  const hasData = (c: RollUpContribution) => c.outcome !== 'no_data' && c.numerator !== null && (!hasDenominator || c.denominator !== null);
  const reportedUnits = expected.filter((unit) => byUnit.get(unit)?.every(hasData) ?? false);
  const reportedSet = new Set(reportedUnits);

  // A fixed summation order makes the result exactly independent of the order units arrive in.
  const counted = input.contributions
    .filter((c) => reportedSet.has(c.unit))
    .sort((a, b) => compareText(a.unit, b.unit) || compareText(a.group ?? '', b.group ?? ''));
  let numerator = 0;
  let denominator = 0;
  for (const c of counted) {
    numerator += c.numerator ?? 0;
    denominator += c.denominator ?? 0;
  }

  const base = {
    indicator: indicator.code,
    formulaVersion: indicator.formulaVersion,
    period: input.period,
    completeness: {
      reported: reportedUnits.length,
      expected: expected.length,
      missingUnits: expected.filter((unit) => !reportedSet.has(unit)),
    },
    ignoredUnits: [...ignored].sort(compareText),
  };
  if (reportedUnits.length === 0) {
    return { ...base, outcome: 'no_data', numerator: null, denominator: null, value: null, roundedValue: null };
  }
  return { ...base, ...divide(indicator, numerator, hasDenominator ? denominator : null) };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
