import { sql } from 'drizzle-orm';
import type { Database } from '@planpuls/db';
import type { ReadBasis } from '@planpuls/domain';
import { FigureCache } from './figure-cache';

type ReportState = 'open' | 'returned' | 'submitted' | 'approved';

/** One committed change of unit reports: every report's new state in that transaction (null: deleted). */
interface Moment {
  /** The transaction's start time: what one reader could see at once. */
  readonly at: string;
  /** The order of the transaction among every audited change (values share the sequence). */
  readonly id: number;
  readonly changes: ReadonlyArray<{ report: string; cycle: string; unit: string; state: ReportState | null }>;
}

export interface ReportHistory {
  readonly moments: readonly Moment[];
  /** Each cycle's period and the data elements of its data set. */
  readonly cycles: ReadonlyMap<string, { period: string; elements: ReadonlySet<string> }>;
}

/** One change of one entered value, from its history: `atom` as the disclosure rule names it; null: no value. */
export interface ValueChange {
  readonly at: string;
  readonly id: number;
  readonly atom: string;
  readonly unit: string;
  readonly before: number | null;
  readonly after: number | null;
}

/**
 * Every state the unit reports of the municipality have been in, from the audit trail (a row per change of a
 * unit report, in commit order; the rows of one transaction share its start time and are one moment, since no
 * reader saw a transaction half done). Units and elements by code.
 */
async function loadMoments(db: Database, municipalityId: string): Promise<Moment[]> {
  const events = await db.execute<{
    id: string;
    occurred_at: string;
    report: string;
    cycle: string;
    unit: string;
    state: ReportState | null;
  }>(sql`
    SELECT e.id::text AS id, e.occurred_at::text AS occurred_at, e.entity_id::text AS report,
      coalesce(e.after, e.before) ->> 'cycle_id' AS cycle, u.code AS unit, e.after ->> 'state' AS state
    FROM audit_entries e
    JOIN units u ON u.id = (coalesce(e.after, e.before) ->> 'unit_id')::uuid
    WHERE e.municipality_id = ${municipalityId} AND e.entity_type = 'unit_reports'
    ORDER BY e.id`);
  const moments: Array<{ at: string; id: number; changes: Moment['changes'][number][] }> = [];
  for (const row of events.rows) {
    const last = moments[moments.length - 1];
    const change = { report: row.report, cycle: row.cycle, unit: row.unit, state: row.state };
    if (last && last.at === row.occurred_at) last.changes.push(change);
    else moments.push({ at: row.occurred_at, id: Number(row.id), changes: [change] });
  }
  return moments;
}

/** The history of the entered values of the elements at the periods, in commit order. */
export async function loadValueChanges(
  db: Database,
  municipalityId: string,
  reads: ReadonlyArray<{ element: string; period: string }>,
): Promise<ValueChange[]> {
  if (reads.length === 0) return [];
  const unique = [...new Map(reads.map((read) => [`${read.element}|${read.period}`, read])).values()];
  const wanted = sql.join(
    unique.map((read) => sql`(${read.element}, ${read.period})`),
    sql`, `,
  );
  const rows = await db.execute<{
    id: string;
    at: string;
    element: string;
    unit: string;
    grp: string | null;
    period: string;
    before: string | null;
    after: string | null;
  }>(sql`
    SELECT h.id::text AS id, h.occurred_at::text AS at, e.code AS element, u.code AS unit, g.code AS grp, p.code AS period,
      h.value_before::text AS before, h.value_after::text AS after
    FROM data_value_history h
    JOIN data_elements e ON e.id = h.data_element_id
    JOIN units u ON u.id = h.unit_id
    LEFT JOIN professional_groups g ON g.id = h.professional_group_id
    JOIN periods p ON p.id = h.period_id
    WHERE h.municipality_id = ${municipalityId} AND (e.code, p.code) IN (${wanted})
    ORDER BY h.id`);
  return rows.rows.map((row) => ({
    at: row.at,
    id: Number(row.id),
    atom: atomOf(row.element, row.unit, row.grp, row.period),
    unit: row.unit,
    before: row.before === null ? null : Number(row.before),
    after: row.after === null ? null : Number(row.after),
  }));
}

export const atomOf = (element: string, unit: string, group: string | null, period: string) =>
  `${element}|${unit}|${group ?? ''}|${period}`;

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

/** What a reader's figures stood on at one earlier moment: the units counted, and every entered value as it was. */
export interface ShownState {
  readonly members: readonly string[];
  /** Entered values by atom, as they were then (absent: no value). */
  readonly values: ReadonlyMap<string, number>;
}

export interface ShownStatesInput {
  readonly history: ReportHistory;
  /** Every (element, period) the figure reads. */
  readonly reads: ReadonlyArray<{ element: string; period: string }>;
  /** The history of those values, in commit order. */
  readonly changes: readonly ValueChange[];
  /** The entered values now, by atom: values older than their history (none on record) were so all along. */
  readonly now: ReadonlyMap<string, number>;
  /** The units the figure can stand on. */
  readonly units: readonly string[];
  /** The units the figure stands on now. */
  readonly current: readonly string[];
  readonly basisOf: (unit: string) => ReadBasis;
  /** Units whose values the reader sees as they change (their own): a change of theirs shows nothing new. */
  readonly seenLive: (unit: string) => boolean;
}

/**
 * Every state a reader's roll-ups stood on before now, in order: after each committed change of the unit reports
 * or of the values of counted units, the units counted (every (element, period) the figure reads is in a report of
 * the unit in a state the reader's basis reads; a unit read on drafts always counts) and the values they had then.
 * Deciding the states in order, each holding the ones before, gives exactly what each showed — also across a report
 * returned or reopened and values corrected after they were shown. A state shown before adds nothing and is given
 * once; the last states, equal to what the reader sees now, are the present and left out.
 */
export function shownStates(input: ShownStatesInput): ShownState[] {
  const { history, reads, changes, now, basisOf, seenLive } = input;
  const sources = reads.map(({ element, period }) => {
    const cycles = new Set<string>();
    for (const [id, cycle] of history.cycles) if (cycle.period === period && cycle.elements.has(element)) cycles.add(id);
    return cycles;
  });
  const relevant = new Set(sources.flatMap((cycles) => [...cycles]));
  const units = [...input.units].sort();
  const allowed = new Set(units);

  // Values before their first change on record were as that change found them; without one, as they are now.
  const values = new Map(now);
  const firstSeen = new Set<string>();
  for (const change of changes) {
    if (firstSeen.has(change.atom)) continue;
    firstSeen.add(change.atom);
    if (change.before === null) values.delete(change.atom);
    else values.set(change.atom, change.before);
  }

  type Event = { at: string; id: number; apply: () => boolean };
  const states = new Map<string, ReportState>();
  const events: Event[] = [];
  for (const moment of history.moments) {
    events.push({
      at: moment.at,
      id: moment.id,
      apply: () => {
        let touched = false;
        for (const change of moment.changes) {
          if (!relevant.has(change.cycle)) continue;
          touched = true;
          if (change.state === null) states.delete(`${change.cycle}|${change.unit}`);
          else states.set(`${change.cycle}|${change.unit}`, change.state);
        }
        return touched;
      },
    });
  }
  for (const change of changes) {
    events.push({
      at: change.at,
      id: change.id,
      apply: () => {
        if (change.after === null) values.delete(change.atom);
        else values.set(change.atom, change.after);
        return allowed.has(change.unit) && !seenLive(change.unit);
      },
    });
  }
  events.sort((a, b) => a.id - b.id);

  const countedNow = (unit: string) => {
    const basis = basisOf(unit);
    if (basis === 'drafts') return true;
    return sources.every((cycles) => [...cycles].some((cycle) => COUNTS[basis].has(states.get(`${cycle}|${unit}`) ?? 'open')));
  };
  const signatureOf = (members: readonly string[], snapshot: ReadonlyMap<string, number>) => {
    const inside = new Set(members);
    const atoms = [...snapshot].filter(([atom]) => inside.has(atom.split('|')[1]!)).sort((a, b) => (a[0] < b[0] ? -1 : 1));
    return `${members.join(',')}#${atoms.map(([atom, value]) => `${atom}=${value}`).join(';')}`;
  };

  const out: Array<ShownState & { signature: string }> = [];
  const seen = new Set<string>();
  for (let i = 0; i < events.length; i++) {
    // A transaction is seen whole: apply every event of it before looking.
    let touched = false;
    const at = events[i]!.at;
    for (; i < events.length && events[i]!.at === at; i++) touched = events[i]!.apply() || touched;
    i--;
    if (!touched) continue;
    const members = units.filter(countedNow);
    const signature = signatureOf(members, values);
    if (seen.has(signature)) continue;
    seen.add(signature);
    out.push({ members, values: new Map(values), signature });
  }
  const present = signatureOf([...input.current].sort(), now);
  while (out.length > 0 && out[out.length - 1]!.signature === present) out.pop();
  return out.filter((state) => state.members.length > 0).map(({ members, values: snapshot }) => ({ members, values: snapshot }));
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
