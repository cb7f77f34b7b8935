import type { TargetProgress } from '@planpuls/contracts';
import type { Criterion } from '../api/types';
import { formatTargetRange, formatTargetValue, type Measure } from './numbers';
import type { Translate } from './periods';

export type CriterionLike = Criterion;

/** A target in words: "5–10 %", "högst 6 %", "minst 95 %", "exakt 0". Direction comes from the kind. */
export function criterionText(criterion: CriterionLike, measure: Measure, locale: string, t: Translate): string {
  if (criterion.kind === 'range') {
    if (criterion.min === null || criterion.max === null) return t('target.incomplete');
    return formatTargetRange(criterion.min, criterion.max, measure, locale);
  }
  if (criterion.value === null) return t('target.incomplete');
  const value = formatTargetValue(criterion.value, measure, locale);
  return t(`target.kind.${criterion.kind}`, { value });
}

/** The checkpoint a period is judged against, in words: "Delmål 2025-T3: högst 14 %" or "Slutmål 2026-T3: 5–10 %". */
export function inForceText(inForce: TargetProgress['inForce'], measure: Measure, locale: string, t: Translate): string {
  const criterion = criterionText(inForce.criterion, measure, locale, t);
  return t(inForce.source === 'milestone' ? 'target.milestone' : 'target.finalBy', { period: inForce.period, criterion });
}
