import { sql } from 'drizzle-orm';
import type { Database } from '@planpuls/db';
import type { ReadBasis } from '@planpuls/domain';
import { FigureCache } from './figure-cache';

type ReportState = 'open' | 'returned' | 'submitted' | 'approved';

/** One committed change of unit reports: every report's new state in that transaction (null: deleted). */
interface Moment {
  readonly changes: ReadonlyArray<{ report: string; cycle: string; unit: string; state: ReportState | null }>;
}

export interface ReportHistory {
  readonly moments: readonly Moment[];
  /** Each cycle's period and the data elements of its data set. */
  readonly cycles: ReadonlyMap<string, { period: string; elements: ReadonlySet<string> }>;
}

/**
 * Every state the unit reports of the municipality have been in, from the audit trail (a row per change of a
 * unit report, in commit order; the rows of one transaction share its start time and are one moment, since no
 * reader saw a transaction half done). Units and elements by code.
 */
async function loadMoments(db: Database, municipalityId: string): Promise<Moment[]> {
  const events = await db.execute<{ occurred_at: string; report: string; cycle: string; unit: string; state: ReportState | null }>(sql`
    SELECT e.occurred_at::text AS occurred_at, e.entity_id::text AS report,
      coalesce(e.after, e.before) ->> 'cycle_id' AS cycle, u.code AS unit, e.after ->> 'state' AS state
    FROM audit_entries e
    JOIN units u ON u.id = (coalesce(e.after, e.before) ->> 'unit_id')::uuid
    WHERE e.municipality_id = ${municipalityId} AND e.entity_type = 'unit_reports'
    ORDER BY e.id`);
  const moments: Array<{ at: string; changes: Moment['changes'][number][] }> = [];
  for (const row of events.rows) {
    const last = moments[moments.length - 1];
    const change = { report: row.report, cycle: row.cycle, unit: row.unit, state: row.state };
    if (last && last.at === row.occurred_at) last.changes.push(change);
    else moments.push({ at: row.occurred_at, changes: [change] });
  }
  return moments;
}

async function loadCycles(db: Database, municipalityId: string): Promise<ReportHistory['cycles']> {
  const cycleRows = await db.execute<{ id: string; period: string; element: string | null }>(sql`
    SELECT c.id::text AS id, p.code AS period, d.code AS element
    FROM reporting_cycles c JOIN periods p ON p.id = c.period_id
    LEFT JOIN reporting_cycle_elements m ON m.cycle_id = c.id
    LEFT JOIN data_elements d ON d.id = m.data_element_id
    WHERE c.municipality_id = ${municipalityId}`);
  const cycles = new Map<string, { period: string; elements: Set<string> }>();
  for (const row of cycleRows.rows) {
    const cycle = cycles.get(row.id) ?? { period: row.period, elements: new Set<string>() };
    if (row.element) cycle.elements.add(row.element);
    cycles.set(row.id, cycle);
  }
  return cycles;
}

const COUNTS: Record<Exclude<ReadBasis, 'drafts'>, ReadonlySet<ReportState>> = {
  approved: new Set(['approved']),
  submitted: new Set(['submitted', 'approved']),
};

/**
 * The sets of units a reader's roll-ups stood on at each earlier moment, in order: a unit counts once every
 * (element, period) the figure reads is in a report of the unit in a state the reader's basis reads (a unit read on
 * drafts always counts). Every moment at which that set changed is given, so that deciding them in order, each
 * holding the ones before, gives exactly what each moment showed. They start after the last moment at which a unit
 * stopped counting (a report returned or reopened): its values since are drafts and cannot stand in a decision, so
 * the moments before are not rebuilt (what the reader knew then is not held). Narrowed to the units that have values
 * now (`available`); the last moments, equal to what the reader sees now, are the present and left out.
 */
export function unitSetsInOrder(
  history: ReportHistory,
  reads: ReadonlyArray<{ element: string; period: string }>,
  available: readonly string[],
  current: readonly string[],
  basisOf: (unit: string) => ReadBasis,
): string[][] {
  const sources = reads.map(({ element, period }) => {
    const cycles = new Set<string>();
    for (const [id, cycle] of history.cycles) if (cycle.period === period && cycle.elements.has(element)) cycles.add(id);
    return cycles;
  });
  const relevant = new Set(sources.flatMap((cycles) => [...cycles]));
  const states = new Map<string, ReportState>();
  const units = [...available].sort();
  const everyUnit = new Set<string>();
  for (const moment of history.moments) for (const change of moment.changes) everyUnit.add(change.unit);
  let out: string[][] = [];
  let last = new Set<string>();
  let lastKey: string | null = null;
  for (const moment of history.moments) {
    let touched = false;
    for (const change of moment.changes) {
      if (!relevant.has(change.cycle)) continue;
      touched = true;
      if (change.state === null) states.delete(`${change.cycle}|${change.unit}`);
      else states.set(`${change.cycle}|${change.unit}`, change.state);
    }
    if (!touched) continue;
    const counted = new Set(
      [...everyUnit].filter((unit) => {
        const basis = basisOf(unit);
        if (basis === 'drafts') return true;
        return sources.every((cycles) => [...cycles].some((cycle) => COUNTS[basis].has(states.get(`${cycle}|${unit}`) ?? 'open')));
      }),
    );
    if ([...last].some((unit) => !counted.has(unit))) out = [];
    last = counted;
    const members = units.filter((unit) => counted.has(unit));
    const key = members.join(',');
    if (key === lastKey) continue;
    lastKey = key;
    out.push(members);
  }
  const now = [...current].sort().join(',');
  while (out.length > 0 && out[out.length - 1]!.join(',') === now) out.pop();
  return out.filter((members) => members.length > 0);
}

/**
 * The history as of the municipality's revision: every change of a unit report bumps it, so the moments are cached
 * under it. Cycles' data sets do not bump it and are read each time (one small query).
 */
export function reportHistoryFactory(db: Database) {
  const cache = new FigureCache<ReportHistory['moments']>(1);
  return async (municipalityId: string, revision: number): Promise<ReportHistory> => {
    const cached = cache.get(municipalityId, revision, 'moments');
    const cycles = await loadCycles(db, municipalityId);
    if (cached) return { moments: cached, cycles };
    const moments = await loadMoments(db, municipalityId);
    cache.set(municipalityId, revision, 'moments', moments);
    return { moments, cycles };
  };
}
