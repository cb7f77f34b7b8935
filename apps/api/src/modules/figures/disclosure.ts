import {
  mayReadValue,
  permits,
  protectCells,
  seesSmallNumbers,
  unitScope,
  type DisclosureCell,
  type DisclosureDecision,
  type DisclosurePart,
  type FigureSet,
  type Grant,
  type IndicatorPlan,
  type IndicatorValue,
  type SmallNumberCheck,
  type SuppressionReason,
  DEFAULT_SMALL_NUMBER_THRESHOLD,
  tryParsePeriod,
  comparePeriods,
  previousPeriod,
  planIndicator,
  IndicatorDefinitionError,
} from '@planpuls/domain';
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from '@planpuls/db';
import { basisKey, figureBasis, readsApprovedFiguresOnly, type FigureBasis } from './approved-figures';
import { FigureCache } from './figure-cache';
import type { Catalogue } from './figures.repository';
import { loadRawValues } from './figures.repository';
import { atomOf, loadValueChanges, reportHistoryFactory, shownStates, type ValueChange } from './report-history';

/**
 * What one reader may see of one indicator at one period: every figure (per unit and group, per unit, per
 * group for the municipality, the municipality) and every entered value they are computed from, decided
 * together by the domain's disclosure rule, with the same of every indicator that reads an entered value in common
 * with it ({@link tiedIndicators}). Every route reads its answer from here.
 */
export interface Disclosure {
  /** The period the figures belong to (a month asked for a tertial indicator is its tertial). */
  readonly period: string;
  /** Undefined when shown. `unit` null is the municipality; `group` null is every group combined. */
  figure(unit: string | null, group: string | null): SmallNumberCheck | undefined;
  /** Whether the entered value is hidden from this reader. */
  raw(element: string, unit: string, group: string | null, period: string): boolean;
}

const NOTHING_HIDDEN: Omit<Disclosure, 'period'> = { figure: () => undefined, raw: () => false };

export type ComputeFigures = (
  municipalityId: string,
  requests: ReadonlyArray<{ indicator: string; period: string; group?: string | null }>,
  options: { basis: FigureBasis },
) => Promise<{ sets: FigureSet[]; context: { catalogue: Catalogue; revision: number; mode: string } }>;

/** What a caller already read in the same request: the context of this reader's figures and the period they belong to. */
export interface KnownFigures {
  readonly context: Awaited<ReturnType<ComputeFigures>>['context'];
  readonly period: string;
}

/** Readers who see the same cells get the same answer; the key says what they see. */
function readerKey(grants: readonly Grant[], catalogue: Catalogue): string {
  const seen = catalogue.units.map((u) => u.code).filter((unit) => seesSmallNumbers(grants, unit));
  const scope = unitScope(grants, 'data_values:read');
  return [
    readsApprovedFiguresOnly(grants) ? 'approved' : 'all',
    permits(grants, 'figures:read') ? 'figures' : '',
    permits(grants, 'data_values:read') ? (scope.all ? 'raw:*' : `raw:${[...scope.units].sort().join(',')}`) : '',
    `sees:${seen.join(',')}`,
  ].join('|');
}

/** The parts of a figure as vectors of the entered values it sums (an average over n periods weighs each 1/n). */
function vectorsOf(
  plan: IndicatorPlan,
  catalogue: Catalogue,
  members: ReadonlyArray<{ unit: string; group: string | null }>,
  value: Pick<IndicatorValue, 'numerator' | 'denominator'>,
): DisclosurePart[] {
  const indicator = catalogue.indicators.get(plan.indicator.code)!;
  const vectorOf = (role: 'numerator' | 'denominator') => {
    const vector = new Map<string, number>();
    for (const input of plan.inputs.filter((i) => i.role === role)) {
      const weight = input.timeAggregation === 'average' ? 1 / input.periods.length : 1;
      for (const { unit, group } of members)
        for (const period of input.periods) vector.set(atomOf(input.element, unit, group, period), weight);
    }
    return vector;
  };
  const parts: DisclosurePart[] = [
    { role: 'numerator', vector: vectorOf('numerator'), value: value.numerator, countsPeople: indicator.numeratorCountsPeople },
  ];
  if (indicator.denominator)
    parts.push({
      role: 'denominator',
      vector: vectorOf('denominator'),
      value: value.denominator,
      countsPeople: indicator.denominatorCountsPeople,
    });
  return parts;
}

const REASONS: Record<string, SuppressionReason> = { numerator: 'numerator_below_threshold', denominator: 'denominator_below_threshold' };

/**
 * Finer periods whose figures read the same entered values: a year's tertials. A rolling year at a year is the same
 * system as at its last tertial, so both get the same answer by determinism; the overlap of a rolling year with the
 * previous tertials' windows is not yet part of the system (chaining every earlier window was too large per request).
 */
function relatedPeriods(plan: IndicatorPlan): string[] {
  const { period } = plan;
  // Only an indicator computed per tertial has tertial figures (one with a yearly element is shown at a tertial as its year).
  const readsTertials = plan.inputs.every((input) => input.periods.every((code) => tryParsePeriod(code)?.kind === 'tertial'));
  if (period.kind === 'year' && readsTertials && plan.indicator.window !== 'rolling_12_months')
    return [1, 2, 3].map((n) => `${period.year}-T${n}`);
  return [];
}

/**
 * A decision with the system it was made in: every cell, keyed by its period, fixed as decided. A later rolling
 * window's system holds it whole, so the windows since the data start are decided in order, as one system.
 */
type Decided = Disclosure & {
  hidden(cellKey: string): boolean;
  /** The decision of a cell of the system, with the reasons it was first hidden for. */
  verdict(cellKey: string): DisclosureDecision | undefined;
  readonly system: readonly DisclosureCell[];
  readonly fingerprint: string;
};

/** The decision of a set of tied indicators at one period, as each of them answers it. */
interface Component {
  readonly views: ReadonlyMap<string, Decided>;
}

const tiedByCatalogue = new WeakMap<Catalogue, Map<string, string[]>>();

/**
 * The indicators that read an entered value in common with this one, directly or through others (the survey
 * questions over their respondents, the turnover measures over the headcount), this one included, in code order.
 * What one of them publishes is known to whoever reads the others, so they are decided as one system. Indicators
 * with nothing to protect are not part of it.
 */
export function tiedIndicators(catalogue: Catalogue, code: string): string[] {
  let known = tiedByCatalogue.get(catalogue);
  if (!known) tiedByCatalogue.set(catalogue, (known = new Map()));
  const cached = known.get(code);
  if (cached) return cached;
  const protectedOnes = [...catalogue.indicators].filter(([, d]) => d.numeratorCountsPeople || d.denominatorCountsPeople);
  const reads = (d: (typeof protectedOnes)[number][1]) => [...d.numerator, ...(d.denominator ? [d.denominator] : [])];
  const found = new Set([code]);
  const elements = new Set(reads(catalogue.indicators.get(code)!));
  for (let grew = true; grew; ) {
    grew = false;
    for (const [other, definition] of protectedOnes) {
      if (found.has(other) || !reads(definition).some((element) => elements.has(element))) continue;
      found.add(other);
      for (const element of reads(definition)) elements.add(element);
      grew = true;
    }
  }
  const tied = [...found].sort();
  for (const member of tied) known.set(member, tied);
  return tied;
}

/**
 * The earlier period whose decided system a rolling window's system must hold: the one before the last period it
 * reads, while that one still reads any entered value (windows before the data start read nothing).
 */
function previousWindow(plan: IndicatorPlan, dataStart: string | null): string | null {
  if (plan.indicator.window !== 'rolling_12_months' || dataStart === null) return null;
  const last = plan.inputs
    .flatMap((input) => input.periods)
    .sort(comparePeriods)
    .at(-1);
  if (!last) return null;
  const previous = previousPeriod(last);
  return comparePeriods(previous, dataStart) >= 0 ? previous.code : null;
}

/** Earlier-decided entered values are one cell per value, hidden when any system that decided it hid it. */
const EARLIER_RAW = '~r|';

export function disclosureFactory({ db, compute }: { db: Database; compute: ComputeFigures }) {
  const cache = new FigureCache<Component>(500);
  const inFlight = new Map<string, Promise<Component>>();
  const history = reportHistoryFactory(db);
  const valueHistories = new FigureCache<ValueChange[]>(200);
  /** The history of the values a figure reads, as of the revision (every change of a value bumps it). */
  async function valueChanges(municipalityId: string, revision: number, reads: ReadonlyArray<{ element: string; period: string }>) {
    const key = [...new Set(reads.map((r) => `${r.element}|${r.period}`))].sort().join(',');
    const cached = valueHistories.get(municipalityId, revision, key);
    if (cached) return cached;
    const changes = await loadValueChanges(db, municipalityId, reads);
    valueHistories.set(municipalityId, revision, key, changes);
    return changes;
  }
  /** Decisions by the content of their system (see {@link fingerprintOf}), whatever the revision. */
  const decidedByContent = new Map<string, ReadonlyMap<string, DisclosureDecision>>();
  const remember = (print: string, decisions: ReadonlyMap<string, DisclosureDecision>) => {
    decidedByContent.set(print, decisions);
    if (decidedByContent.size > 2_000) decidedByContent.delete(decidedByContent.keys().next().value!);
  };

  /** Every cell the reader can obtain of the indicator at the period, before any decision. */
  async function cellsAt(municipalityId: string, grants: readonly Grant[], indicator: string, period: string, basis: FigureBasis) {
    const first = await compute(municipalityId, [{ indicator, period }], { basis });
    const { catalogue } = first.context;
    const definition = catalogue.indicators.get(indicator)!;
    const elements = [...definition.numerator, ...(definition.denominator ? [definition.denominator] : [])];
    const split = elements.every((code) => catalogue.elements.get(code)?.split);
    const groups = split ? catalogue.groups : [];

    const { sets, context } = await compute(
      municipalityId,
      [{ indicator, period }, ...groups.map((group) => ({ indicator, period, group }))],
      { basis },
    );
    const all = sets[0]!;
    const plan = all.plan;
    const cells: DisclosureCell[] = [];
    const earlier: Array<{ members: ReadonlySet<string>; cells: DisclosureCell[] }> = [];
    const unitFixed = (unit: string) => (seesSmallNumbers(grants, unit) ? ({ fixed: 'published' } as const) : {});
    let raw: Promise<Awaited<ReturnType<typeof loadRawValues>>> | undefined;
    const rawValues = () =>
      (raw ??= loadRawValues(
        db,
        municipalityId,
        plan.inputs.flatMap((input) => input.periods.map((p) => ({ element: input.element, period: p }))),
      ));
    if (permits(grants, 'figures:read')) {
      const now = new Map<string, number>();
      for (const value of await rawValues())
        if (value.value !== null) now.set(atomOf(value.element, value.unit, value.group, value.period), Number(value.value));
      const partsOf = (...args: Parameters<typeof vectorsOf>) =>
        vectorsOf(...args).map((part) => ({ ...part, vector: overEntered(part.vector, now) }));
      const present = all.cells.filter((cell) => cell.value.outcome !== 'no_data');
      if (split) {
        for (const cell of present)
          cells.push({ key: `f|${cell.unit}|${cell.group}`, parts: partsOf(plan, catalogue, [cell], cell.value), ...unitFixed(cell.unit) });
      }
      for (const [unit, figure] of all.units) {
        if (figure.outcome === 'no_data') continue;
        cells.push({
          key: `f|${unit}|*`,
          parts: partsOf(
            plan,
            catalogue,
            all.cells.filter((c) => c.unit === unit),
            figure,
          ),
          ...unitFixed(unit),
        });
      }
      const cityOf = (set: FigureSet) =>
        set.cells.filter((c) => !set.city.completeness.missingUnits.includes(c.unit) && set.units.get(c.unit)?.outcome !== 'no_data');
      if (all.city.outcome !== 'no_data') cells.push({ key: 'f|*|*', parts: partsOf(plan, catalogue, cityOf(all), all.city) });
      groups.forEach((group, i) => {
        const set = sets[i + 1]!;
        if (set.city.outcome !== 'no_data') cells.push({ key: `f|*|${group}`, parts: partsOf(plan, catalogue, cityOf(set), set.city) });
      });
      // What the reader saw before now: after each earlier approval, submission, return or reopening, and each
      // correction of a counted unit's values, the cells of the units counted then with the values they had then,
      // and the roll-ups over those units. Decided in order below, each state holding the one before as it was
      // decided, so a cell shown at one state and hidden at the next (or a roll-up before and after) counts as known.
      if (all.city.outcome !== 'no_data') {
        const reads = plan.inputs.flatMap((input) => input.periods.map((p) => ({ element: input.element, period: p })));
        const current = [...new Set(cityOf(all).map((c) => c.unit))];
        const states = shownStates({
          history: await history(municipalityId, context.revision),
          reads,
          changes: await valueChanges(municipalityId, context.revision, reads),
          now,
          units: [...all.units.keys()],
          current,
          basisOf: basis,
          seenLive: (unit) => seesSmallNumbers(grants, unit),
        });
        const membersOf = (unit: string): Array<{ unit: string; group: string | null }> =>
          groups.length > 0 ? groups.map((group) => ({ unit, group })) : [{ unit, group: null }];
        for (const state of states) {
          const then = state.values;
          const cellThen = (
            key: string,
            members: ReadonlyArray<{ unit: string; group: string | null }>,
            fixed: { fixed?: 'published' },
          ) => {
            const parts = asThen(vectorsOf(plan, catalogue, members, { numerator: null, denominator: null }), then, now);
            return parts ? { key: key + versionOf(parts), parts, ...fixed } : null;
          };
          const moment: DisclosureCell[] = [];
          const counted = state.members;
          for (const unit of counted) {
            if (split)
              for (const member of membersOf(unit)) pushed(moment, cellThen(`f|${unit}|${member.group}`, [member], unitFixed(unit)));
            pushed(moment, cellThen(`f|${unit}|*`, membersOf(unit), unitFixed(unit)));
          }
          // A roll-up is named by the units it stands on (and the values, when they differ from now): the same
          // roll-up at two states is one cell.
          const over = `@${counted.join(',')}`;
          pushed(moment, cellThen(`f|*|*${over}`, counted.flatMap(membersOf), {}));
          for (const group of groups)
            pushed(
              moment,
              cellThen(
                `f|*|${group}${over}`,
                counted.map((unit) => ({ unit, group })),
                {},
              ),
            );
          if (permits(grants, 'data_values:read')) {
            for (const [atom, value] of state.values) {
              const unit = atom.split('|')[1]!;
              if (!counted.includes(unit) || !mayReadValue(grants, unit, 'approved')) continue;
              const key = now.get(atom) === value ? atom : `${atom}#${value}`;
              const element = atom.split('|')[0]!;
              moment.push({
                key: `r|${key}`,
                parts: [
                  {
                    role: 'value',
                    vector: new Map([[key, 1]]),
                    value,
                    countsPeople: catalogue.elements.get(element)?.countsPeople ?? true,
                  },
                ],
                ...unitFixed(unit),
              });
            }
          }
          earlier.push({ members: new Set(counted), cells: moment });
        }
      }
    }
    if (permits(grants, 'data_values:read')) {
      const expected = new Set(all.units.keys());
      for (const value of await rawValues()) {
        if (!expected.has(value.unit) || !mayReadValue(grants, value.unit, value.state)) continue;
        const atom = atomOf(value.element, value.unit, value.group, value.period);
        const cell: DisclosureCell = {
          key: `r|${atom}`,
          parts: [
            {
              role: 'value',
              vector: new Map([[atom, 1]]),
              value: value.value,
              countsPeople: catalogue.elements.get(value.element)?.countsPeople ?? true,
            },
          ],
          ...unitFixed(value.unit),
        };
        cells.push(cell);
      }
    }
    return { cells, earlier: earlier.map((moment) => moment.cells), plan, split, catalogue, context, empty: all.cells.length === 0 };
  }

  const dataStarts = new FigureCache<string | null>(200);
  /** The first period with an entered value of any element the indicator reads. */
  async function dataStart(municipalityId: string, revision: number, elements: readonly string[]): Promise<string | null> {
    const key = [...elements].sort().join(',');
    const cached = dataStarts.get(municipalityId, revision, key);
    if (cached !== undefined) return cached;
    const result = await db.execute<{ code: string }>(sql`
      SELECT p.code FROM data_values v JOIN periods p ON p.id = v.period_id JOIN data_elements e ON e.id = v.data_element_id
      WHERE v.municipality_id = ${municipalityId} AND e.code IN (${sql.join(
        elements.map((code) => sql`${code}`),
        sql`, `,
      )})
      ORDER BY p.end_date, p.start_date DESC LIMIT 1`);
    const start = result.rows[0]?.code ?? null;
    dataStarts.set(municipalityId, revision, key, start);
    return start;
  }

  async function disclose(
    municipalityId: string,
    grants: readonly Grant[],
    indicator: string,
    period: string,
    known?: KnownFigures,
  ): Promise<Decided> {
    const basis = figureBasis(grants);
    // Looked up before anything is eliminated or read: an unchanged municipality is answered from the cache, with no
    // more than the revision read (nothing at all when the caller passes the context of this reader's figures).
    const ownMode = known && known.context.mode.split('@')[0] === basisKey(known.context.catalogue.units, basis);
    const { context, period: effective } = ownMode
      ? known
      : await compute(municipalityId, [{ indicator, period }], { basis }).then(({ sets, context }) => ({
          context,
          period: sets[0]!.plan.period.code,
        }));
    const counts = context.catalogue.indicators.get(indicator)!;
    // Nothing to protect where no part counts people (sick hours, caseloads), or for readers who see everything.
    if (seesSmallNumbers(grants, null) || (!counts.numeratorCountsPeople && !counts.denominatorCountsPeople))
      return { period: effective, ...NOTHING_HIDDEN, hidden: () => false, verdict: () => undefined, system: [], fingerprint: '' };
    const component = await decideTied(municipalityId, grants, tiedIndicators(context.catalogue, indicator), period, context, basis);
    return component.views.get(indicator)!;
  }

  /**
   * One decision for every tied indicator at the period: the cells of all of them, keyed by indicator, with the related
   * periods and the rolling chain of the whole component, so each system holds the one before it whole.
   */
  async function decideTied(
    municipalityId: string,
    grants: readonly Grant[],
    tied: readonly string[],
    period: string,
    context: KnownFigures['context'],
    basis: FigureBasis,
  ): Promise<Component> {
    const { catalogue } = context;
    const elements = [...catalogue.elements.values()];
    const members = tied.flatMap((code) => {
      try {
        return [{ code, period: planIndicator(catalogue.indicators.get(code)!, elements, period).period.code }];
      } catch (error) {
        // A tied indicator that cannot be computed at the period (a tertial element asked for at a month) shows nothing there.
        if (error instanceof IndicatorDefinitionError) return [];
        throw error;
      }
    });
    const keyAt = (at: typeof context) =>
      `${readerKey(grants, at.catalogue)}|${at.mode}|${members.map((m) => `${m.code}@${m.period}`).join(',')}`;
    const cached = cache.get(municipalityId, context.revision, keyAt(context));
    if (cached) return cached;

    // Tied indicators asked for at once (a plan's progress) wait for one decision instead of each making it.
    const flight = `${municipalityId}|${context.revision}|${keyAt(context)}`;
    const pending = inFlight.get(flight);
    if (pending) return pending;
    const decideAnew = async (): Promise<Component> => {
      const owns: Array<{ code: string; cells: Awaited<ReturnType<typeof cellsAt>> }> = [];
      for (const { code } of members) owns.push({ code, cells: await cellsAt(municipalityId, grants, code, period, basis) });
      const revisionNow = owns[0]!.cells.context;
      /** Every cell by key: the same entered value read by two indicators is one cell. */
      const own = new Map<string, DisclosureCell>();
      for (const { code, cells } of owns) {
        const at = cells.plan.period.code;
        for (const cell of cells.cells) {
          const key = cell.key.startsWith('r|') ? cell.key : `${at}|${code}|${cell.key}`;
          if (!own.has(key)) own.set(key, { ...cell, key });
        }
      }

      // Figures of related periods were decided first (they never depend on this one) and are what the reader
      // already sees or not: this period's figures must not give away what those hide.
      /** Cells decided in other systems (earlier moments of related periods), merged with this system's held ones below. */
      const heldElsewhere: DisclosureCell[] = [];
      const related = new Map<string, DisclosureCell>();
      for (const { code, cells } of owns) {
        if (cells.empty) continue;
        for (const at of relatedPeriods(cells.plan)) {
          const theirs = await cellsAt(municipalityId, grants, code, at, basis);
          if (theirs.plan.period.code !== at) continue;
          const decided = await disclose(municipalityId, grants, code, at);
          for (const cell of theirs.cells) {
            const inTheirs = cell.key.startsWith('r|') ? cell.key : `${at}|${code}|${cell.key}`;
            const key = cell.key.startsWith('r|') ? `${at}|${cell.key}` : inTheirs;
            if (related.has(key)) continue;
            related.set(key, { ...cell, key, fixed: cell.fixed === 'published' || !decided.hidden(inTheirs) ? 'published' : 'hidden' });
          }
          // What the related period showed before its later approvals and submissions.
          for (const cell of decided.system) if (cell.key.startsWith('~')) heldElsewhere.push(cell);
        }
      }
      // A rolling window overlaps the windows before it: their systems, decided in order back to the data start, are
      // part of this one, so no difference of windows (a tertial in, a tertial out) gives a hidden number away. The tied
      // indicators share one chain: two chains decided apart and held side by side could give away together what
      // neither does alone.
      let previous: { code: string; period: string } | null = null;
      for (const { code, cells } of owns) {
        if (cells.empty) continue;
        const definition = catalogue.indicators.get(code)!;
        const reads = [...definition.numerator, ...(definition.denominator ? [definition.denominator] : [])];
        const before = previousWindow(cells.plan, await dataStart(municipalityId, cells.context.revision, reads));
        if (before && (!previous || comparePeriods(before, previous.period) > 0)) previous = { code, period: before };
      }
      const earlier = previous ? await disclose(municipalityId, grants, previous.code, previous.period) : null;
      // The earlier states of the period, decided in order, each holding what the ones before showed (the tied
      // indicators' states one after the other), starting from the previous window's system whole: one chain, never two
      // decided apart and held side by side. A cell is one cell at every state (a roll-up is named by its units and the
      // values it stood on); shown once, it stays known.
      let held: { system: readonly DisclosureCell[]; fingerprint: string } = earlier
        ? { system: earlier.system, fingerprint: earlier.fingerprint }
        : { system: [], fingerprint: '' };
      for (const { code, cells } of owns) {
        for (const moment of cells.earlier) {
          const momentCells = moment.map((cell) => (cell.key.startsWith('r|') ? cell : { ...cell, key: `${code}|${cell.key}` }));
          const system = [...momentCells, ...held.system.map((cell) => ({ ...cell, pairs: false }))];
          const print = fingerprintOf(momentCells, held.fingerprint);
          let decided = decidedByContent.get(print);
          if (!decided) {
            decided = protectCells(system, { threshold: DEFAULT_SMALL_NUMBER_THRESHOLD }).decisions;
            remember(print, decided);
          }
          held = { system: mergeKnown(decidedSystem(system, decided, `~h${cells.plan.period.code}`)), fingerprint: print };
        }
      }
      // The decision depends on the cells alone: a system whose cells, earlier windows and moments are as before (a
      // change in another period bumped the revision) is not decided again. Earlier systems count by their fingerprint.
      const fingerprint = fingerprintOf(
        [...own.values(), ...related.values(), ...heldElsewhere],
        `${earlier?.fingerprint ?? ''}|${held.fingerprint}`,
      );
      // A value or roll-up held by several earlier systems is one cell, known if any of them showed it. A figure an
      // earlier window's system already decided (a yearly tied indicator at every tertial of its year) is as decided there.
      const cells = new Map<string, DisclosureCell>();
      for (const cell of mergeKnown([...(earlier?.system ?? []), ...held.system, ...heldElsewhere]))
        cells.set(cell.key, { ...cell, pairs: false });
      for (const cell of [...related.values(), ...own.values()]) if (!cells.has(cell.key)) cells.set(cell.key, cell);
      const system = [...cells.values()];

      let decisions = decidedByContent.get(fingerprint);
      if (!decisions) {
        decisions = protectCells(system, { threshold: DEFAULT_SMALL_NUMBER_THRESHOLD }).decisions;
        remember(fingerprint, decisions);
      }
      // A cell held from an earlier window keeps the reasons it was hidden for there.
      const verdict = (cellKey: string): DisclosureDecision | undefined => {
        const decision = decisions.get(cellKey);
        return decision?.reason === 'hidden_elsewhere' && earlier ? (earlier.verdict(cellKey) ?? decision) : decision;
      };
      const checkOf = (cellKey: string): SmallNumberCheck | undefined => {
        const decision = verdict(cellKey);
        if (!decision?.hidden) return undefined;
        const reasons =
          decision.reason === 'below_threshold'
            ? decision.smallParts.map((role) => REASONS[role] ?? 'complementary')
            : ['complementary' as const];
        return { suppressed: true, reasons, threshold: DEFAULT_SMALL_NUMBER_THRESHOLD };
      };
      const decided = decidedSystem(system, decisions, period);
      const views = new Map<string, Decided>();
      for (const { code, cells: theirs } of owns) {
        const at = theirs.plan.period.code;
        views.set(code, {
          period: at,
          figure: (unit: string | null, group: string | null) =>
            checkOf(`${at}|${code}|f|${unit ?? '*'}|${theirs.split && group ? group : '*'}`),
          raw: (element: string, unit: string, group: string | null, p: string) =>
            decisions.get(`r|${atomOf(element, unit, group, p)}`)?.hidden ?? false,
          hidden: (cellKey: string) => verdict(cellKey)?.hidden ?? false,
          verdict,
          system: decided,
          fingerprint,
        });
      }
      const result = { views };
      cache.set(municipalityId, revisionNow.revision, keyAt(revisionNow), result);
      return result;
    };
    const decision = decideAnew().finally(() => inFlight.delete(flight));
    inFlight.set(flight, decision);
    return decision;
  }

  return disclose;
}

/**
 * A vector over the values entered: a figure reads exactly the values entered for its unit, group and period (one
 * that does not split by group reads no group's value), so an atom with no value entered drops out — the reader
 * sees that it is missing, and it is no unknown.
 */
function overEntered(vector: ReadonlyMap<string, number>, entered: ReadonlyMap<string, number>): Map<string, number> {
  return new Map([...vector].filter(([atom]) => entered.has(atom)));
}

/**
 * The parts as they were when the values were `then`: values absent then drop out, and a value that differs from
 * now is another unknown (named by what it was), so an earlier figure is never taken to stand on today's values.
 * Null when the cell had no value at all then.
 */
function asThen(
  parts: readonly DisclosurePart[],
  then: ReadonlyMap<string, number>,
  now: ReadonlyMap<string, number>,
): DisclosurePart[] | null {
  let any = false;
  const out = parts.map((part) => {
    const vector = new Map<string, number>();
    let total = 0;
    for (const [atom, c] of overEntered(part.vector, then)) {
      const value = then.get(atom)!;
      total += c * value;
      const key = now.get(atom) === value ? atom : `${atom}#${value}`;
      vector.set(key, (vector.get(key) ?? 0) + c);
    }
    if (vector.size > 0) any = true;
    return { ...part, vector, value: vector.size > 0 ? total : null };
  });
  return any ? out : null;
}

/** A suffix naming the earlier values a cell stood on (none when it stood on today's): equal cells, equal keys. */
function versionOf(parts: readonly DisclosurePart[]): string {
  const earlier = parts.flatMap((part) => [...part.vector.keys()].filter((atom) => atom.includes('#'))).sort();
  return earlier.length === 0 ? '' : `#${createHash('sha256').update(earlier.join(',')).digest('base64url').slice(0, 16)}`;
}

function pushed(cells: DisclosureCell[], cell: DisclosureCell | null): void {
  if (cell) cells.push(cell);
}

/** A digest of everything a decision depends on: each cell's key, state and parts, and the earlier windows'. */
function fingerprintOf(cells: readonly DisclosureCell[], earlier: string): string {
  const hash = createHash('sha256').update(earlier);
  for (const cell of [...cells].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
    hash.update(`\n${cell.key}|${cell.fixed ?? ''}|${cell.pairs ?? ''}`);
    for (const part of cell.parts) {
      hash.update(`|${part.role}:${part.value}:${part.countsPeople}:`);
      for (const [atom, c] of [...part.vector].sort((a, b) => (a[0] < b[0] ? -1 : 1))) hash.update(`${atom}=${c},`);
    }
  }
  return hash.digest('base64');
}

/**
 * One cell per key: a cell held from several moments (or windows) is known once any of them showed it. A small
 * part is never shown to a reader who may not see it, so a shown cell never loses a small number to protect.
 */
function mergeKnown(cells: readonly DisclosureCell[]): DisclosureCell[] {
  const byKey = new Map<string, DisclosureCell>();
  for (const cell of cells) {
    const before = byKey.get(cell.key);
    if (!before || (cell.fixed === 'published' && before.fixed !== 'published')) byKey.set(cell.key, cell);
  }
  return [...byKey.values()];
}

/** The cells of a decided system, each fixed as decided, under keys that stay unique when a later system holds it. */
function decidedSystem(
  cells: readonly DisclosureCell[],
  decisions: ReadonlyMap<string, { hidden: boolean }>,
  period: string,
): DisclosureCell[] {
  const raw = new Map<string, DisclosureCell>();
  const out: DisclosureCell[] = [];
  for (const cell of cells) {
    const hidden = decisions.get(cell.key)?.hidden ?? false;
    const fixed = cell.fixed === 'published' ? 'published' : hidden ? 'hidden' : 'published';
    const rawKey = cell.key.startsWith('r|') ? EARLIER_RAW + cell.key.slice(2) : cell.key.startsWith(EARLIER_RAW) ? cell.key : null;
    if (rawKey) {
      const before = raw.get(rawKey);
      // Shown in one system, known in every later one.
      if (!before || (fixed === 'published' && before.fixed !== 'published')) raw.set(rawKey, { ...cell, key: rawKey, fixed });
      continue;
    }
    // Cells of earlier systems already carry their period (or a `~`); this system's own are given theirs.
    out.push({ ...cell, key: cell.key.startsWith('~') || /^\d{4}/.test(cell.key) ? cell.key : `${period}|${cell.key}`, fixed });
  }
  return [...out, ...raw.values()];
}

export type Disclose = ReturnType<typeof disclosureFactory>;
