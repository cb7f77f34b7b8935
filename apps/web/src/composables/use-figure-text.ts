import { useI18n } from 'vue-i18n';
import type { Status } from '../api/types';

/** A status as the views show it: a suppressed figure has none of its own, it is hidden. */
export type ShownStatus = Status | 'suppressed';

/** What every figure the API sends carries about itself. */
export interface FigureLike {
  outcome: 'computed' | 'no_data' | 'not_applicable';
  value: number | null;
  suppressed?: boolean;
  suppressedBecause?: 'small_numbers' | 'numerator_below_threshold' | 'denominator_below_threshold' | 'complementary' | null;
}

/** The status to show: "hidden" for a suppressed figure, else its own (or none where only the city is judged). */
export function shownStatus(figure: FigureLike | null | undefined, status: Status | null, cityOnly = false): ShownStatus | null {
  if (cityOnly) return null;
  if (figure?.suppressed) return 'suppressed';
  return status ?? 'no_data';
}

/** Why a figure shows as "–": hidden small numbers with the API's reason, no data, or not applicable; null when it has a value. */
export function useFigureNote() {
  const { t } = useI18n();
  return (figure: FigureLike | null | undefined): string | null => {
    if (!figure) return t('outcome.no_data');
    if (figure.suppressed) return t(`suppressed.${figure.suppressedBecause ?? 'small_numbers'}`);
    if (figure.value !== null) return null;
    return t(`outcome.${figure.outcome}`);
  };
}
