export interface ActivityStanding {
  readonly dueDate: string | null;
  readonly status: string;
}

/**
 * An activity is overdue from the day after its due date, Stockholm time (an activity due today is not
 * overdue yet), unless it is done or cancelled.
 */
export const isActivityOverdue = (activity: ActivityStanding, today: string): boolean =>
  activity.dueDate !== null && activity.dueDate < today && activity.status !== 'done' && activity.status !== 'cancelled';
