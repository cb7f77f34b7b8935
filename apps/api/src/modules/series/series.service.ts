import type { Goal, GoalSeries, GoalSeriesQuery, Plan } from '@planpuls/contracts';
import type { Database } from '@planpuls/db';
import {
  comparePeriods,
  judge,
  latestPeriodEndedBy,
  periodsBetween,
  requireTargetDefinition,
  tryParsePeriod,
  type Criterion,
  type Grant,
  type RolledUpValue,
} from '@planpuls/domain';
import { ApiError } from '../../errors';
import { figureBasis } from '../figures/approved-figures';
import type { FiguresService, FigureRequest } from '../figures/figures.service';
import type { Disclosure } from '../figures/disclosure';
import { shownFigure } from '../figures/suppression';
import { goalErrors } from '../goals/goals.errors';
import { lookups } from '../../lookups/lookups';
import type { PlansService } from '../plans/plans.service';
import { notFound } from '../../lookups/lookups';

/** A series longer than this is a mistake in the link (twenty years of tertials is 60). */
export const MAX_SERIES_PERIODS = 120;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const badPeriod = (field: string, message: string) =>
  new ApiError(400, 'request.invalid', `The ${field} is not usable: ${message}.`, [{ field: `querystring.${field}`, message }]);

/** Where a goal's series starts by default: the plan's earliest baseline measured from data, else the plan's start. */
function defaultStart(plan: Pick<Plan, 'validFrom' | 'focusAreas'>): string | null {
  const measured = plan.focusAreas
    .flatMap((area) => area.goals.flatMap((goal) => goal.targets.map((t) => (t.baseline?.kind === 'from_data' ? t.baseline.period : null))))
    .filter((code): code is string => code !== null && tryParsePeriod(code) !== undefined)
    .sort(comparePeriods);
  return measured[0] ?? (tryParsePeriod(plan.validFrom) ? plan.validFrom : null);
}

/** The periods a goal has figures for from `start` up to `end`: tertials, or whole years for a yearly goal. */
export function seriesPeriods(frequency: Goal['frequency'], start: string, end: string): string[] {
  const kind = frequency === 'year' ? 'year' : 'tertial';
  const last = kind === 'year' ? latestPeriodEndedBy('year', end).code : end;
  const first = kind === 'year' ? String(tryParsePeriod(start)!.year) : start;
  const list = periodsBetween(kind, first, last).map((p) => p.code);
  return list.length > 0 ? list : [last];
}

const criterionOut = (c: Criterion) =>
  c.kind === 'range'
    ? { kind: 'range' as const, min: c.min, max: c.max, value: null }
    : { kind: c.kind, min: null, max: null, value: c.value };

/** The figure of a unit that was not there: no data. */
const absent = (city: RolledUpValue): RolledUpValue => ({
  ...city,
  outcome: 'no_data',
  numerator: null,
  denominator: null,
  value: null,
  roundedValue: null,
});

const valueOf = (figure: RolledUpValue | undefined) => (figure?.outcome === 'computed' ? figure.value : null);

function parsePeriod(field: string, code: string): string {
  const period = tryParsePeriod(code);
  if (!period || period.year < 1900 || period.year > 2999) throw badPeriod(field, 'not a period between 1900 and 2999');
  return period.code;
}

/**
 * A goal's figures over time, per target: the municipality and the asked units, each period judged against
 * the checkpoint in force then. One request instead of one per indicator and period; the figures come from
 * the figures service and are hidden by the same small-number rules as everywhere else.
 */
export function seriesServiceFactory({
  db,
  figures,
  plans: planService,
}: {
  db: Database;
  figures: FiguresService;
  plans: Pick<PlansService, 'content'>;
}) {
  return {
    async forGoal(
      municipalityId: string,
      grants: readonly Grant[],
      planIdOrCode: string,
      goalIdOrCode: string,
      query: GoalSeriesQuery,
    ): Promise<GoalSeries> {
      const end = parsePeriod('period', query.period);
      const from = query.from === undefined ? undefined : parsePeriod('from', query.from);
      const plan = await lookups.plan(db, municipalityId, planIdOrCode);
      const content = await planService.content(municipalityId, plan.id);
      const goal = content.focusAreas
        .flatMap((area) => area.goals)
        .find((g) => (UUID.test(goalIdOrCode) ? g.id === goalIdOrCode : g.code === goalIdOrCode));
      if (!goal) throw goalErrors.notFound(goalIdOrCode);

      const start = from ?? defaultStart({ validFrom: plan.validFrom, focusAreas: content.focusAreas }) ?? end;
      if (comparePeriods(start, end) > 0) throw badPeriod('from', 'after the period');
      const periods = seriesPeriods(goal.frequency, start, end);
      if (periods.length > MAX_SERIES_PERIODS) throw badPeriod('from', `more than ${MAX_SERIES_PERIODS} periods before the period`);

      const empty = {
        planId: plan.id,
        goalId: goal.id,
        goalCode: goal.code,
        indicator: goal.indicator,
        formulaVersion: null,
        companion: null,
        periods,
        targets: [],
      };
      if (!goal.indicator) return empty;
      const indicator = goal.indicator;
      const targets = goal.targets.filter((target) => !query.group || target.group === query.group);
      const units = query.units ? [...new Set(query.units.split(','))] : [];

      // One batch: the goal's indicator and its companion at every period, and the city at each baseline period.
      const requests: FigureRequest[] = [];
      const at = (request: FigureRequest) => requests.push(request) - 1;
      const plans = targets.map((target) => ({
        target,
        own: periods.map((period) => at({ indicator, period, group: target.group })),
        companion: query.companion ? periods.map((period) => at({ indicator: query.companion!, period, group: target.group })) : null,
        baseline: target.baseline?.kind === 'from_data' ? at({ indicator, period: target.baseline.period, group: target.group }) : null,
      }));
      // Unknown codes are answered before any figure is computed; an unknown indicator by the figures service.
      const { sets, context } = await figures.compute(municipalityId, requests.length > 0 ? requests : [{ indicator, period: end }], {
        basis: figureBasis(grants),
      });
      const { catalogue } = context;
      for (const unit of units) if (!catalogue.units.some((u) => u.code === unit)) throw notFound('units', unit, 'querystring.units');
      if (query.group && !catalogue.groups.includes(query.group)) throw notFound('professional_groups', query.group, 'querystring.group');
      if (query.companion && !catalogue.indicators.has(query.companion))
        throw notFound('indicators', query.companion, 'querystring.companion');

      const own = catalogue.indicators.get(indicator)!;
      const companion = query.companion ? catalogue.indicators.get(query.companion)! : null;
      // The same decision every other route reads for the indicator at the period.
      const disclosures = new Map<string, Disclosure>();
      for (const [i, request] of requests.entries()) {
        const key = `${request.indicator}|${request.period}`;
        const known = { context, period: sets[i]!.plan.period.code };
        if (!disclosures.has(key))
          disclosures.set(key, await figures.disclose(municipalityId, grants, request.indicator, request.period, known));
      }
      const hide = (indicatorCode: string, period: string, group: string | null) => {
        const disclosure = disclosures.get(`${indicatorCode}|${period}`)!;
        return { city: disclosure.figure(null, group), units: { get: (unit: string) => disclosure.figure(unit, group) } };
      };

      return {
        ...empty,
        formulaVersion: own.formulaVersion,
        companion: companion ? { indicator: companion.code, formulaVersion: companion.formulaVersion } : null,
        targets: plans.map(({ target, own: ownAt, companion: companionAt, baseline }) => {
          // A baseline hidden at its own period stays hidden here too: the side of a range it lies on decides the
          // checkpoint in force, one bit of it.
          const baselineHidden =
            target.baseline?.kind === 'from_data' && hide(indicator, target.baseline.period, target.group ?? null).city !== undefined;
          const cityBaseline =
            target.baseline?.kind === 'fixed'
              ? target.baseline.value
              : baseline !== null && !baselineHidden
                ? valueOf(sets[baseline]!.city)
                : null;
          const definition = requireTargetDefinition(target, end, cityBaseline);
          const judged = (figure: RolledUpValue) =>
            judge({ target: definition, decimals: own.decimals, figure, previous: null, baseline: null });
          const lines = periods.map((requestedPeriod, i) => {
            const set = sets[ownAt[i]!]!;
            const other = companionAt ? sets[companionAt[i]!]! : null;
            const group = target.group ?? null;
            return {
              requestedPeriod,
              set,
              hidden: hide(indicator, requestedPeriod, group),
              other,
              otherHidden: other ? hide(companion!.code, requestedPeriod, group) : null,
            };
          });
          // A yearly figure asked for at several periods is the same figure: keep it once.
          const seen = new Set<string>();
          const kept = lines.filter(({ set }) => !seen.has(set.city.period) && Boolean(seen.add(set.city.period)));

          const pointOf = (line: (typeof kept)[number], unit: string | null) => {
            // A unit that did not exist in a period (before a reorganisation) has no figure there.
            const figure = (unit === null ? line.set.city : line.set.units.get(unit)) ?? absent(line.set.city);
            const check = unit === null ? line.hidden.city : line.hidden.units.get(unit);
            const verdict = judged(figure);
            const otherFigure = line.other ? (unit === null ? line.other.city : line.other.units.get(unit)) : undefined;
            const otherCheck = line.otherHidden ? (unit === null ? line.otherHidden.city : line.otherHidden.units.get(unit)) : undefined;
            const cityOnly = unit !== null && target.level === 'city';
            return {
              ...shownFigure(figure, check),
              requestedPeriod: line.requestedPeriod,
              status: check || cityOnly ? null : verdict.status,
              inForce: { ...verdict.inForce, criterion: criterionOut(verdict.inForce.criterion) },
              companion: otherFigure ? shownFigure(otherFigure, otherCheck) : null,
            };
          };
          return {
            targetId: target.id,
            group: target.group,
            level: target.level,
            municipality: kept.map((line) => ({
              ...pointOf(line, null),
              completeness: { ...line.set.city.completeness, missingUnits: [...line.set.city.completeness.missingUnits] },
            })),
            units: units.map((unit) => ({ unit, points: kept.map((line) => pointOf(line, unit)) })),
          };
        }),
      };
    },
  };
}
