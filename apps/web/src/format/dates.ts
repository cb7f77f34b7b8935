/** A date as people read it in the interface language: "24 nov. 2026" in Swedish. */
export function formatDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'sv-SE', { dateStyle: 'medium' }).format(date);
}

/** The end of a chosen day (YYYY-MM-DD, local time) as the API's date-time: a grant "until 31 August" lasts all that day. */
export const endOfDay = (day: string): string => new Date(`${day}T23:59:59`).toISOString();
