/**
 * The Stockholm calendar: deadlines, reminders and "late" are Swedish calendar dates, whatever the time zone of
 * the server or the browser (docs/domain.md#the-stockholm-calendar). Dates are YYYY-MM-DD strings; arithmetic
 * on them is done in UTC, where every day has 24 hours.
 */

const stockholm = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date (YYYY-MM-DD) in Stockholm at the instant: just after midnight there it is already tomorrow. */
export function todayInStockholm(now: Date = new Date()): string {
  return stockholm.format(now);
}

const toUtc = (date: string) => new Date(`${date}T00:00:00Z`);
const toIso = (date: Date) => date.toISOString().slice(0, 10);

/** A calendar date moved by whole days (negative moves back). */
export function addDays(date: string, days: number): string {
  const moved = toUtc(date);
  moved.setUTCDate(moved.getUTCDate() + days);
  return toIso(moved);
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

/** Easter Sunday of the year (Gregorian computus, the anonymous algorithm of Meeus/Jones/Butcher). */
function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first date from `from` on (inclusive) that falls on the weekday (0 Sunday … 6 Saturday). */
function firstWeekdayFrom(from: string, weekday: number): string {
  return addDays(from, (weekday - toUtc(from).getUTCDay() + 7) % 7);
}

/**
 * The days off of the year that are not weekends by rule: the public holidays (allmänna helgdagar) and
 * midsommarafton, julafton and nyårsafton. The three eves are not public holidays by law, but the municipal
 * collective agreement (AB) treats them as days off, so in practice no one reports on them.
 */
function daysOff(year: number): ReadonlySet<string> {
  const easter = easterSunday(year);
  const fixed = (monthDay: string) => `${year}-${monthDay}`;
  return new Set([
    fixed('01-01'), // nyårsdagen
    fixed('01-06'), // trettondedag jul
    addDays(easter, -2), // långfredagen
    easter, // påskdagen
    addDays(easter, 1), // annandag påsk
    fixed('05-01'), // första maj
    addDays(easter, 39), // Kristi himmelsfärdsdag
    fixed('06-06'), // nationaldagen
    addDays(easter, 49), // pingstdagen
    firstWeekdayFrom(fixed('06-19'), 5), // midsommarafton: the Friday 19–25 June
    firstWeekdayFrom(fixed('06-20'), 6), // midsommardagen: the Saturday 20–26 June
    firstWeekdayFrom(fixed('10-31'), 6), // alla helgons dag: the Saturday 31 October – 6 November
    fixed('12-24'), // julafton
    fixed('12-25'), // juldagen
    fixed('12-26'), // annandag jul
    fixed('12-31'), // nyårsafton
  ]);
}

const daysOffByYear = new Map<number, ReadonlySet<string>>();

function daysOffOf(year: number): ReadonlySet<string> {
  let days = daysOffByYear.get(year);
  if (!days) {
    days = daysOff(year);
    daysOffByYear.set(year, days);
  }
  return days;
}

/** Whether the calendar date (YYYY-MM-DD) is a working day in Sweden: not a weekend and not a day off. */
export function isSwedishWorkingDay(date: string): boolean {
  const weekday = toUtc(date).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !daysOffOf(Number(date.slice(0, 4))).has(date);
}

/** The deadline in force: the deadline itself on a working day, else the next working day. */
export function dueOn(deadline: string): string {
  let date = deadline;
  while (!isSwedishWorkingDay(date)) date = addDays(date, 1);
  return date;
}

/** A report is late on the day after its deadline in force, Stockholm time: the deadline day itself is still on time. */
export const isPastDue = (dueOnDate: string, today: string): boolean => today > dueOnDate;
