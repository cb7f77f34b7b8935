const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date as people read it in the interface language: "24 nov. 2026" (medium) or "24 november 2026" (long) in
 * Swedish. A date-only string (a deadline, a due date) is a calendar day, not an instant: it is shown as that
 * day in every time zone, where `new Date('2026-03-01')` is UTC midnight and the day before west of UTC.
 */
export function formatDate(iso: string | null | undefined, locale: string, style: 'medium' | 'long' = 'medium'): string {
  if (!iso) return '';
  const calendarDay = DATE_ONLY.test(iso);
  const date = new Date(calendarDay ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'sv-SE', {
    dateStyle: style,
    ...(calendarDay ? { timeZone: 'UTC' } : {}),
  }).format(date);
}

/** The end of a chosen day (YYYY-MM-DD, local time) as the API's date-time: a grant "until 31 August" lasts all that day. */
export const endOfDay = (day: string): string => new Date(`${day}T23:59:59`).toISOString();
