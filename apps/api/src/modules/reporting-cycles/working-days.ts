import Holidays from 'date-holidays';

/**
 * Swedish working days for deadlines. Weekends and the public holidays (allmänna helgdagar) are not
 * working days; neither are midsommarafton, julafton and nyårsafton: they are not public holidays by law,
 * but the municipal collective agreement (AB) treats them as days off, so in practice no one reports on
 * them. date-holidays lists exactly these three as type `bank` for SE.
 */
const NON_WORKING_TYPES = ['public', 'bank'] as const;

const holidays = new Holidays('SE', { types: [...NON_WORKING_TYPES] });
const holidaysByYear = new Map<number, ReadonlySet<string>>();

function holidayDates(year: number): ReadonlySet<string> {
  let dates = holidaysByYear.get(year);
  if (!dates) {
    dates = new Set(holidays.getHolidays(year).map((holiday) => holiday.date.slice(0, 10)));
    holidaysByYear.set(year, dates);
  }
  return dates;
}

const toDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);
const toIso = (date: Date) => date.toISOString().slice(0, 10);

/** Whether the calendar date (YYYY-MM-DD) is a working day in Sweden. */
export function isSwedishWorkingDay(isoDate: string): boolean {
  const day = toDate(isoDate).getUTCDay();
  if (day === 0 || day === 6) return false;
  return !holidayDates(Number(isoDate.slice(0, 4))).has(isoDate);
}

/** The deadline in force: the deadline itself on a working day, else the next working day. */
export function dueOn(deadline: string): string {
  const date = toDate(deadline);
  while (!isSwedishWorkingDay(toIso(date))) date.setUTCDate(date.getUTCDate() + 1);
  return toIso(date);
}

/** Today's date in Stockholm, where deadlines are kept. */
export function todayInStockholm(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
