import type { Database } from '@planpuls/db';
import { computeFigures, planIndicator, plannedValues, toPeriod, type FigureSet } from '@planpuls/domain';
import { disclosureFactory } from './disclosure';
import { FigureCache } from './figure-cache';
import { basisKey, type FigureBasis } from './approved-figures';
import {
  cellKey,
  LEAST_STANDING,
  loadCatalogue,
  loadCells,
  loadStandings,
  readDataSetFingerprint,
  readRevision,
  standingKey,
  type Catalogue,
} from './figures.repository';
import { notFound } from '../../lookups/lookups';

export interface FigureRequest {
  indicator: string;
  period: string;
  /** A group code, or undefined for all groups combined. */
  group?: string | null;
}

export interface FigureOptions {
  /** Which values of each unit count: the reader's (`figureBasis(grants)`). */
  basis: FigureBasis;
}

export interface FigureContext {
  catalogue: Catalogue;
  revision: number;
  /**
   * Which values the figures read: `drafts` (every value), or the basis of each unit in the catalogue's order
   * (d, s, a) under a data-set fingerprint. Readers with the same basis share figures.
   */
  mode: string;
}

/** The units expected to report for a period: those valid at some point of it. */
function unitsValidIn(catalogue: Catalogue, periodCode: string): string[] {
  const period = toPeriod(periodCode);
  return catalogue.units
    .filter((unit) => (!unit.validFrom || unit.validFrom <= period.endDate) && (!unit.validTo || unit.validTo >= period.startDate))
    .map((unit) => unit.code);
}

/**
 * The units a figure counts: those expected to report (valid in the period) and every unit with a value the figure
 * reads, whatever its validity. A figure's sum is the values entered, so changing a unit's validity (a
 * reorganisation dated back, a unit widened into the period) changes who is expected, never a number: the figures
 * before and after such a change would otherwise differ by exactly that unit's values, which may be small.
 */
function unitsCounted(
  catalogue: Catalogue,
  periodCode: string,
  reads: ReadonlyArray<{ element: string; period: string }>,
  groups: ReadonlyArray<string | null>,
  lookup: (unit: string, group: string | null, element: string, period: string) => number | undefined,
): string[] {
  const expected = new Set(unitsValidIn(catalogue, periodCode));
  return catalogue.units
    .map((unit) => unit.code)
    .filter(
      (unit) =>
        expected.has(unit) ||
        reads.some(({ element, period }) => groups.some((group) => lookup(unit, group, element, period) !== undefined)),
    );
}

export const indicatorNotFound = (code: string) => notFound('indicators', code);

/**
 * Computes indicator figures with the domain rules, reading exactly the values they need in one query,
 * inside one snapshot, and caches them under the municipality's revision.
 */
export function figuresServiceFactory({ db }: { db: Database }) {
  const catalogues = new FigureCache<Catalogue>(50);
  const figures = new FigureCache<FigureSet>();
  /** How far each unit's values have come, shared by every reader whose figures depend on it. */
  const standingsCache = new FigureCache<Map<string, number>>(4);

  function groupsFor(catalogue: Catalogue, indicatorCode: string, group: string | null | undefined): (string | null)[] {
    const indicator = catalogue.indicators.get(indicatorCode)!;
    const codes = [...indicator.numerator, ...(indicator.denominator ? [indicator.denominator] : [])];
    const split = codes.every((code) => catalogue.elements.get(code)?.split);
    if (!split) return [null];
    return group ? [group] : catalogue.groups;
  }

  async function compute(
    municipalityId: string,
    requests: readonly FigureRequest[],
    options: FigureOptions,
  ): Promise<{ sets: FigureSet[]; context: FigureContext }> {
    return db.transaction(
      async (tx) => {
        const revision = await readRevision(tx, municipalityId);
        let catalogue = catalogues.get(municipalityId, revision, 'catalogue');
        if (!catalogue) {
          catalogue = await loadCatalogue(tx, municipalityId);
          catalogues.set(municipalityId, revision, 'catalogue', catalogue);
        }
        const elements = [...catalogue.elements.values()];
        const least = new Map(catalogue.units.map((unit) => [unit.code, LEAST_STANDING[options.basis(unit.code)]]));
        const basis = basisKey(catalogue.units, options.basis);
        const everyValue = basis === 'drafts';
        // Standings depend on the data sets, which do not move the revision.
        const mode = everyValue ? basis : `${basis}@${await readDataSetFingerprint(tx, municipalityId)}`;
        const keyOf = (request: FigureRequest) => `${mode}|${request.indicator}|${request.period}|${request.group ?? '*'}`;
        for (const request of requests) {
          if (!catalogue.indicators.has(request.indicator)) throw indicatorNotFound(request.indicator);
        }

        const found = new Map<string, FigureSet>();
        for (const request of requests) {
          const cached = figures.get(municipalityId, revision, keyOf(request));
          if (cached) found.set(keyOf(request), cached);
        }
        const missing = requests.filter((request) => !found.has(keyOf(request)));
        if (missing.length > 0) {
          const pairs = missing.flatMap((request) =>
            plannedValues(planIndicator(catalogue.indicators.get(request.indicator)!, elements, request.period)),
          );
          const cells = await loadCells(tx, municipalityId, pairs);
          let standings: Map<string, number> | undefined;
          if (!everyValue) {
            const key = `standings@${mode.split('@')[1]}`;
            standings = standingsCache.get(municipalityId, revision, key);
            if (!standings) {
              standings = await loadStandings(tx, municipalityId);
              standingsCache.set(municipalityId, revision, key, standings);
            }
          }
          const lookup = (unit: string, group: string | null, element: string, period: string) => {
            const value = cells.get(cellKey(unit, group, element, period));
            if (value === undefined || !standings) return value;
            // A unit missing from the catalogue has no basis: none of its values count.
            return (standings.get(standingKey(unit, element, period)) ?? 0) >= (least.get(unit) ?? Infinity) ? value : undefined;
          };
          for (const request of missing) {
            const indicator = catalogue.indicators.get(request.indicator)!;
            const groups = groupsFor(catalogue, request.indicator, request.group);
            const set = computeFigures({
              indicator,
              elements,
              period: request.period,
              units: unitsCounted(
                catalogue,
                request.period,
                plannedValues(planIndicator(indicator, elements, request.period)),
                groups,
                lookup,
              ),
              groups,
              lookup,
            });
            figures.set(municipalityId, revision, keyOf(request), set);
            found.set(keyOf(request), set);
          }
        }
        return { sets: requests.map((request) => found.get(keyOf(request))!), context: { catalogue, revision, mode } };
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
  }

  return {
    /** Many figures at once, e.g. a whole plan's progress; the result is in the order asked. */
    compute,
    /** What a reader may see of an indicator at a period: one decision for every figure and entered value (see disclosure.ts). */
    disclose: disclosureFactory({ db, compute }),
    /** The municipality's units, groups and indicators with their formulas, read now. */
    catalogue: (municipalityId: string): Promise<Catalogue> => loadCatalogue(db, municipalityId),
  };
}

export type FiguresService = ReturnType<typeof figuresServiceFactory>;
