import { addDays, comparePeriods, dueOn as dueOnOf, todayInStockholm, toPeriod } from '@planpuls/domain';
import type { DemoData } from './demo-data';
import type { SyntheticValue } from './synthetic-values';

/**
 * The demo's reporting cycles, planned from its values: one cycle per period that has values (every tertial
 * 2022-T1 … 2025-T3, and every year of the employee survey), under the plan in force then (HP-2016 until 2023,
 * HP-2024 after). Its data set is the elements with values of that period, so the survey's yearly values
 * belong to a yearly cycle, as the write rules of migration 0011 expect. Every earlier cycle is approved for
 * every unit, so viewers see the demo's history; in the latest tertial a few units are still open (Farsta's
 * HR imports and submits in the end-to-end journey) and the others wait for the steering group's approval.
 * The latest cycle's deadline is never in the past when the demo is seeded (at least two weeks ahead), so the
 * open units are not yet late and reminders have a deadline to count down to.
 */

export type DemoReportState = 'open' | 'submitted' | 'approved';

export interface DemoCycle {
  plan: string;
  period: string;
  opensOn: string;
  deadline: string;
  /** The deadline moved past a weekend (the API also moves it past Swedish holidays; the demo needs no more). */
  dueOn: string;
  elements: string[];
  reports: DemoReport[];
}

export interface DemoReport {
  unit: string;
  state: DemoReportState;
  /** ISO timestamps, UTC. */
  submittedAt: string | null;
  approvedAt: string | null;
}

/** Units that have not submitted the latest tertial yet. */
export const OPEN_IN_LATEST_TERTIAL: readonly string[] = ['FARSTA', 'SPANGA_TENSTA', 'RINKEBY_KISTA'];

/** Days after a period ends that its follow-up is due. */
const DEADLINE_AFTER_END = 15;
/** The latest cycle is due at least this many days after the demo is seeded. */
const LATEST_DUE_AHEAD = 14;

/** `today`: the seeding date in Stockholm (YYYY-MM-DD), for the latest cycle's deadline; due dates follow the API's calendar (`dueOn`). */
export function demoReportingCycles(demo: DemoData, values: readonly SyntheticValue[], today = todayInStockholm()): DemoCycle[] {
  const elementsByPeriod = new Map<string, Set<string>>();
  for (const value of values) {
    const elements = elementsByPeriod.get(value.period) ?? new Set<string>();
    elements.add(value.element);
    elementsByPeriod.set(value.period, elements);
  }
  const periods = [...elementsByPeriod.keys()].sort(comparePeriods);
  const tertials = periods.filter((code) => toPeriod(code).kind === 'tertial');
  const latest = tertials.at(-1);

  return periods.map((code) => {
    const period = toPeriod(code);
    const calendarDeadline = addDays(period.endDate, DEADLINE_AFTER_END);
    const earliestLatest = addDays(today, LATEST_DUE_AHEAD);
    const deadline = code === latest && calendarDeadline < earliestLatest ? earliestLatest : calendarDeadline;
    const dueOn = dueOnOf(deadline);
    return {
      plan: planInForce(demo, code),
      period: code,
      opensOn: addDays(period.endDate, 1),
      deadline,
      dueOn,
      elements: [...elementsByPeriod.get(code)!].sort(),
      reports: demo.units.map((unit, index): DemoReport => {
        // Reports come in over the days after the period; the steering group approves a week after the deadline.
        const submittedAt = `${addDays(period.endDate, DEADLINE_AFTER_END - 5 + (index % 5))}T09:30:00.000Z`;
        if (code !== latest) return { unit: unit.code, state: 'approved', submittedAt, approvedAt: `${addDays(dueOn, 7)}T13:00:00.000Z` };
        if (OPEN_IN_LATEST_TERTIAL.includes(unit.code)) return { unit: unit.code, state: 'open', submittedAt: null, approvedAt: null };
        return { unit: unit.code, state: 'submitted', submittedAt, approvedAt: null };
      }),
    };
  });
}

/** The adopted or archived plan whose validity covers the period. */
function planInForce(demo: DemoData, code: string): string {
  const period = toPeriod(code);
  const plan = demo.plans.find(
    (candidate) =>
      candidate.status !== 'draft' &&
      candidate.validFrom !== undefined &&
      toPeriod(candidate.validFrom).startDate <= period.startDate &&
      (candidate.validTo === undefined || period.endDate <= toPeriod(candidate.validTo).endDate),
  );
  if (!plan) throw new Error(`Demo data: no plan in force in ${code} for its reporting cycle`);
  return plan.code;
}
