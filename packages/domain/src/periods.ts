export type PeriodKind = 'year' | 'tertial' | 'quarter' | 'month';

/** Finest first; the position is the order used by {@link compareKinds}. */
export const PERIOD_KINDS: readonly PeriodKind[] = ['month', 'quarter', 'tertial', 'year'];

export interface Period {
  readonly code: string;
  readonly kind: PeriodKind;
  readonly year: number;
  /** 1-based position within the year; 1 for a year. */
  readonly number: number;
  /** `YYYY-MM-DD`, first day. */
  readonly startDate: string;
  /** `YYYY-MM-DD`, last day, inclusive. */
  readonly endDate: string;
}

/** A period or its code. */
export type PeriodLike = Period | string;

export const MIN_PERIOD_YEAR = 1900;
export const MAX_PERIOD_YEAR = 2999;

/**
 * The grammar of a period code, as a regular expression source usable in JSON Schema `pattern`:
 * `2025`, `2025-T1`…`2025-T3`, `2025-Q1`…`2025-Q4`, `2025-01`…`2025-12`; years 1900–2999.
 */
export const PERIOD_CODE_PATTERN = '^(?:19[0-9]{2}|2[0-9]{3})(?:-(?:T[1-3]|Q[1-4]|0[1-9]|1[0-2]))?$';

const CODE_REGEX = /^(\d{4})(?:-(?:T([1-3])|Q([1-4])|(0[1-9]|1[0-2])))?$/;

const MONTHS_PER_PERIOD: Readonly<Record<PeriodKind, number>> = {
  month: 1,
  quarter: 3,
  tertial: 4,
  year: 12,
};

export class InvalidPeriodError extends Error {
  readonly code = 'periods.invalid_code';
  readonly input: unknown;

  constructor(input: unknown, reason?: string) {
    super(`Invalid period code ${describe(input)}` + (reason ? `: ${reason}` : ' (expected e.g. 2025, 2025-T2, 2025-Q3 or 2025-07)'));
    this.name = 'InvalidPeriodError';
    this.input = input;
  }
}

export function periodsPerYear(kind: PeriodKind): number {
  return 12 / MONTHS_PER_PERIOD[kind];
}

/** Negative when `a` is finer (shorter) than `b`, by the number of months a period of each kind spans. */
export function compareKinds(a: PeriodKind, b: PeriodKind): number {
  return MONTHS_PER_PERIOD[a] - MONTHS_PER_PERIOD[b];
}

export function coarsestKind(kinds: readonly PeriodKind[]): PeriodKind | undefined {
  let coarsest: PeriodKind | undefined;
  for (const kind of kinds) {
    if (coarsest === undefined || compareKinds(kind, coarsest) > 0) coarsest = kind;
  }
  return coarsest;
}

export function isPeriodKind(value: unknown): value is PeriodKind {
  return typeof value === 'string' && (PERIOD_KINDS as readonly string[]).includes(value);
}

export function isPeriodCode(value: unknown): value is string {
  return tryParsePeriod(value) !== undefined;
}

export function tryParsePeriod(code: unknown): Period | undefined {
  if (typeof code !== 'string') return undefined;
  const match = CODE_REGEX.exec(code);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (year < MIN_PERIOD_YEAR || year > MAX_PERIOD_YEAR) return undefined;
  if (match[2] !== undefined) return makePeriod('tertial', year, Number(match[2]));
  if (match[3] !== undefined) return makePeriod('quarter', year, Number(match[3]));
  if (match[4] !== undefined) return makePeriod('month', year, Number(match[4]));
  return makePeriod('year', year, 1);
}

/** @throws InvalidPeriodError */
export function parsePeriod(code: unknown): Period {
  const period = tryParsePeriod(code);
  if (!period) throw new InvalidPeriodError(code);
  return period;
}

export function toPeriod(period: PeriodLike): Period {
  return typeof period === 'string' ? parsePeriod(period) : period;
}

/** @throws InvalidPeriodError when the year or number is out of range for the kind. */
export function formatPeriod(period: Pick<Period, 'kind' | 'year' | 'number'>): string {
  const { kind, year, number } = period;
  assertInRange(kind, year, number);
  const yyyy = String(year);
  switch (kind) {
    case 'year':
      return yyyy;
    case 'tertial':
      return `${yyyy}-T${number}`;
    case 'quarter':
      return `${yyyy}-Q${number}`;
    case 'month':
      return `${yyyy}-${String(number).padStart(2, '0')}`;
  }
}

/** @throws InvalidPeriodError when the year or number is out of range for the kind. */
export function makePeriod(kind: PeriodKind, year: number, number: number): Period {
  assertInRange(kind, year, number);
  const months = MONTHS_PER_PERIOD[kind];
  const firstMonth = (number - 1) * months + 1;
  const lastMonth = number * months;
  return {
    code: formatPeriod({ kind, year, number }),
    kind,
    year,
    number,
    startDate: isoDate(year, firstMonth, 1),
    endDate: isoDate(year, lastMonth, daysInMonth(year, lastMonth)),
  };
}

/**
 * Orders periods by end date. Periods ending on the same day are ordered finer first, coarser last
 * (`2025-12` < `2025-Q4` < `2025-T3` < `2025`): a year is only complete once its last month is.
 * Returns 0 only for the same period.
 */
export function comparePeriods(a: PeriodLike, b: PeriodLike): number {
  const pa = toPeriod(a);
  const pb = toPeriod(b);
  if (pa.endDate !== pb.endDate) return pa.endDate < pb.endDate ? -1 : 1;
  return compareKinds(pa.kind, pb.kind);
}

/** True when every day of `inner` lies within `outer` (a period contains itself). */
export function periodContains(outer: PeriodLike, inner: PeriodLike): boolean {
  const po = toPeriod(outer);
  const pi = toPeriod(inner);
  return po.startDate <= pi.startDate && pi.endDate <= po.endDate;
}

/** @throws InvalidPeriodError before year 1900. */
export function previousPeriod(period: PeriodLike): Period {
  const p = toPeriod(period);
  return p.number > 1 ? makePeriod(p.kind, p.year, p.number - 1) : makePeriod(p.kind, p.year - 1, periodsPerYear(p.kind));
}

/** @throws InvalidPeriodError after year 2999. */
export function nextPeriod(period: PeriodLike): Period {
  const p = toPeriod(period);
  return p.number < periodsPerYear(p.kind) ? makePeriod(p.kind, p.year, p.number + 1) : makePeriod(p.kind, p.year + 1, 1);
}

/** The period of `kind` that contains the given day (`YYYY-MM-DD`). */
export function periodOfKindContainingDate(kind: PeriodKind, date: string): Period {
  const match = /^(\d{4})-(\d{2})-\d{2}$/.exec(date);
  if (!match) throw new InvalidPeriodError(date, 'not a YYYY-MM-DD date');
  const month = Number(match[2]);
  if (month < 1 || month > 12) throw new InvalidPeriodError(date, 'not a YYYY-MM-DD date');
  return makePeriod(kind, Number(match[1]), Math.ceil(month / MONTHS_PER_PERIOD[kind]));
}

/**
 * The latest period of `kind` that has ended by the end of `reference`: for a yearly figure shown at
 * 2025-T2 that is 2024, at 2025-T3 it is 2025.
 */
export function latestPeriodEndedBy(kind: PeriodKind, reference: PeriodLike): Period {
  const ref = toPeriod(reference);
  const containing = periodOfKindContainingDate(kind, ref.endDate);
  return containing.endDate === ref.endDate ? containing : previousPeriod(containing);
}

/**
 * The periods of `kind` lying wholly between the start of `from` and the end of `to`, oldest first;
 * empty when `to` ends before `from` starts. `from` and `to` may be of any kind:
 * `periodsBetween('tertial', '2024', '2025')` gives the six tertials of 2024 and 2025.
 */
export function periodsBetween(kind: PeriodKind, from: PeriodLike, to: PeriodLike): Period[] {
  const start = toPeriod(from).startDate;
  const end = toPeriod(to).endDate;
  const result: Period[] = [];
  if (end < start) return result;
  let current = periodOfKindContainingDate(kind, start);
  if (current.startDate < start) {
    if (current.endDate >= end) return result;
    current = nextPeriod(current);
  }
  while (current.endDate <= end) {
    result.push(current);
    if (current.endDate === end) break;
    current = nextPeriod(current);
  }
  return result;
}

/**
 * The periods of the same kind making up the twelve months that end with `period`, oldest first:
 * three tertials, four quarters, twelve months, or the year itself.
 */
export function rollingWindow(period: PeriodLike): Period[] {
  const p = toPeriod(period);
  const window: Period[] = [p];
  for (let i = 1; i < periodsPerYear(p.kind); i++) {
    window.unshift(previousPeriod(window[0] as Period));
  }
  return window;
}

function assertInRange(kind: PeriodKind, year: number, number: number): void {
  if (!isPeriodKind(kind)) throw new InvalidPeriodError({ kind, year, number }, `unknown kind`);
  if (!Number.isInteger(year) || year < MIN_PERIOD_YEAR || year > MAX_PERIOD_YEAR) {
    throw new InvalidPeriodError({ kind, year, number }, `year must be an integer from ${MIN_PERIOD_YEAR} to ${MAX_PERIOD_YEAR}`);
  }
  if (!Number.isInteger(number) || number < 1 || number > periodsPerYear(kind)) {
    throw new InvalidPeriodError({ kind, year, number }, `a ${kind} number must be from 1 to ${periodsPerYear(kind)}`);
  }
}

function describe(input: unknown): string {
  try {
    return JSON.stringify(input) ?? String(input);
  } catch {
    return typeof input;
  }
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
