import {
  evaluateIndicator,
  planIndicator,
  plannedValues,
  type DataElementDefinition,
  type IndicatorDefinition,
  type IndicatorPlan,
  type IndicatorValue,
} from './indicator-values';
import type { PeriodLike } from './periods';
import { rollUp, type RolledUpValue } from './rollup';

/** A raw value of an element for a unit, a group (null when the element is not split) and a period. */
export type CellLookup = (unit: string, group: string | null, element: string, period: string) => number | null | undefined;

export interface FigureInput {
  readonly indicator: IndicatorDefinition;
  readonly elements: readonly DataElementDefinition[];
  readonly period: PeriodLike;
  /** Units expected to report, e.g. every unit valid in the period. */
  readonly units: readonly string[];
  /** Groups to combine: one group, every group, or `[null]` for an indicator whose elements are not split. */
  readonly groups: readonly (string | null)[];
  readonly lookup: CellLookup;
}

export interface GroupFigure {
  readonly unit: string;
  readonly group: string | null;
  readonly value: IndicatorValue;
}

export interface FigureSet {
  readonly plan: IndicatorPlan;
  /** One per unit and group that reported anything the indicator reads. */
  readonly cells: readonly GroupFigure[];
  /** Per expected unit, its groups combined (Σ/Σ). */
  readonly units: ReadonlyMap<string, RolledUpValue>;
  /** The municipality: every unit's groups combined (Σ/Σ), with completeness. */
  readonly city: RolledUpValue;
}

/**
 * Every figure of one indicator for one period: per unit and group, per unit, and for the whole
 * municipality. A group without a single value for the unit does not exist there (a central
 * administration without needs assessors) and is left out; a group that reported only part of
 * what is needed makes its unit incomplete.
 */
export function computeFigures(input: FigureInput): FigureSet {
  const plan = planIndicator(input.indicator, input.elements, input.period);
  const needed = plannedValues(plan);
  const cells: GroupFigure[] = [];
  for (const unit of input.units) {
    for (const group of input.groups) {
      const read = (element: string, period: string) => input.lookup(unit, group, element, period);
      if (!needed.some(({ element, period }) => read(element, period) != null)) continue;
      cells.push({ unit, group, value: evaluateIndicator(plan, read) });
    }
  }
  const contribution = ({ unit, group, value }: GroupFigure) => ({
    unit,
    group,
    outcome: value.outcome,
    numerator: value.numerator,
    denominator: value.denominator,
  });
  const period = plan.period.code;
  const units = new Map(
    input.units.map((unit) => [
      unit,
      rollUp({
        indicator: input.indicator,
        period,
        expectedUnits: [unit],
        contributions: cells.filter((c) => c.unit === unit).map(contribution),
      }),
    ]),
  );
  const city = rollUp({ indicator: input.indicator, period, expectedUnits: input.units, contributions: cells.map(contribution) });
  return { plan, cells, units, city };
}
