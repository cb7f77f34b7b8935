import type { Activity } from '@planpuls/contracts';
import { isActivityOverdue, todayInStockholm } from '@planpuls/domain';

/** Past its due date, Stockholm time, and neither done nor cancelled: the rule the review board's `overdue` follows. */
export const isOverdue = (activity: Pick<Activity, 'dueDate' | 'status'>, today = todayInStockholm()): boolean =>
  isActivityOverdue(activity, today);

/** Overdue first, then by due date (none last), then by code. */
export function sortActivities<T extends Pick<Activity, 'dueDate' | 'status' | 'code'>>(
  activities: readonly T[],
  today = todayInStockholm(),
): T[] {
  return [...activities].sort(
    (a, b) =>
      Number(isOverdue(b, today)) - Number(isOverdue(a, today)) ||
      (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
      a.code.localeCompare(b.code, 'sv'),
  );
}
