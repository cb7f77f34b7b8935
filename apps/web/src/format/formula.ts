import type { Indicator } from '@planpuls/contracts';
import { formatNumber } from './numbers';
import type { Translate } from './periods';

/**
 * An indicator's formula in words, from its data elements' names:
 * "(Avgångar till annan arbetsgivare + Övergångar …) / Genomsnittligt antal anställda × 100, rullande 12 månader".
 */
export function formulaText(indicator: Indicator, elementName: (code: string) => string, locale: string, t: Translate): string {
  const { numerator, denominator, factor, window } = indicator.formula;
  const sum = numerator.map(elementName).join(' + ');
  let text = denominator ? `${numerator.length > 1 ? `(${sum})` : sum} / ${elementName(denominator)}` : sum;
  if (factor !== 1) text += ` × ${formatNumber(factor, locale, 6)}`;
  if (window === 'rolling_12_months') text += `, ${t('goal.rolling')}`;
  return text;
}
