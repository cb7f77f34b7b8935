import type { Indicator } from '@planpuls/contracts';

/** The app's locales mapped to the Intl locales whose conventions they follow (sv-SE: "12,4 %", decimal comma). */
const INTL_LOCALE: Record<string, string> = { sv: 'sv-SE', en: 'en-GB' };
export const intlLocale = (locale: string): string => INTL_LOCALE[locale] ?? locale;

/** Units of measure that are a plain count: the number stands alone ("45", not "45 antal"). */
const PLAIN_COUNT_UNITS = new Set(['antal', 'st', 'st.', 'count']);

/** What formatting needs to know about an indicator. */
export type Measure = Pick<Indicator, 'unitOfMeasure' | 'decimals'>;

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(locale: string, percent: boolean, minDecimals: number, maxDecimals: number): Intl.NumberFormat {
  const key = `${locale}|${percent}|${minDecimals}|${maxDecimals}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.NumberFormat(intlLocale(locale), {
      style: percent ? 'percent' : 'decimal',
      minimumFractionDigits: minDecimals,
      maximumFractionDigits: maxDecimals,
    });
    formatters.set(key, found);
  }
  return found;
}

const isPercent = (measure: Measure) => measure.unitOfMeasure.trim() === '%';
const withUnit = (text: string, measure: Measure) =>
  isPercent(measure) || PLAIN_COUNT_UNITS.has(measure.unitOfMeasure.trim().toLowerCase()) || measure.unitOfMeasure.trim() === ''
    ? text
    : `${text}\u00a0${measure.unitOfMeasure.trim()}`;

/** A figure in the indicator's decimals, always showing them: "12,0 %", "26,1 ärenden", "45". */
export function formatFigure(value: number, measure: Measure, locale: string): string {
  const percent = isPercent(measure);
  const text = formatter(locale, percent, measure.decimals, measure.decimals).format(percent ? value / 100 : value);
  return withUnit(text, measure);
}

/** A target value, with no trailing zeros: "14 %", "5,5 %", "70 ärenden". */
export function formatTargetValue(value: number, measure: Measure, locale: string): string {
  const percent = isPercent(measure);
  return withUnit(formatter(locale, percent, 0, measure.decimals).format(percent ? value / 100 : value), measure);
}

/** A target range: "5–10 %" (sv-SE), "5% – 10%" (en-GB). */
export function formatTargetRange(min: number, max: number, measure: Measure, locale: string): string {
  const percent = isPercent(measure);
  const f = formatter(locale, percent, 0, measure.decimals);
  return withUnit(percent ? f.formatRange(min / 100, max / 100) : f.formatRange(min, max), measure);
}

/** A plain number in the locale: "1 234,5"; used for numerators and denominators. */
export function formatNumber(value: number, locale: string, maxDecimals = 1): string {
  return formatter(locale, false, 0, maxDecimals).format(value);
}

/** Progress of the way to the target, whole percent: "65 %". */
export function formatShare(percentValue: number, locale: string): string {
  return formatter(locale, true, 0, 0).format(percentValue / 100);
}
