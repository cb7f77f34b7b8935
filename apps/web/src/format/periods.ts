import { comparePeriods, periodOfKindContainingDate, periodsBetween, previousPeriod, tryParsePeriod, type Period } from '@planpuls/domain';

export type Translate = (key: string, named?: Record<string, unknown>) => string;

/** The selector's longer label: "2025-T2 (maj–aug)". */
export function periodLongLabel(code: string, t: Translate): string {
  const period = tryParsePeriod(code);
  if (period?.kind !== 'tertial') return code;
  return t('period.withMonths', { code, months: t(`period.tertialMonths.t${period.number}`) });
}

export const isPeriodCode = (value: unknown): value is string => typeof value === 'string' && tryParsePeriod(value) !== undefined;

/** The latest tertial that had ended by `today` (YYYY-MM-DD). */
export function latestEndedTertial(today: string): Period {
  const current = periodOfKindContainingDate('tertial', today);
  return current.endDate <= today ? current : previousPeriod(current);
}

/** Tertials from `from` to `to`, oldest first. */
export const tertialsBetween = (from: string, to: string): string[] => periodsBetween('tertial', from, to).map((p) => p.code);

export const byPeriod = (a: string, b: string): number => comparePeriods(a, b);
