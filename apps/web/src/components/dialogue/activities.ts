import type { Activity } from '@planpuls/contracts';

/** Today as YYYY-MM-DD in local time (the municipality's calendar day). */
export const localToday = (now = new Date()): string =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

/** Past its due date and neither done nor cancelled (the same rule the review board's `overdue` follows). */
export const isOverdue = (activity: Pick<Activity, 'dueDate' | 'status'>, today = localToday()): boolean =>
  activity.dueDate !== null && activity.dueDate < today && activity.status !== 'done' && activity.status !== 'cancelled';

/** Overdue first, then by due date (none last), then by code. */
export function sortActivities<T extends Pick<Activity, 'dueDate' | 'status' | 'code'>>(activities: readonly T[], today = localToday()): T[] {
  return [...activities].sort(
    (a, b) =>
      Number(isOverdue(b, today)) - Number(isOverdue(a, today)) ||
      (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
      a.code.localeCompare(b.code, 'sv'),
  );
}
