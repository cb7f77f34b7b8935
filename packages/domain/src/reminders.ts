import { addDays } from './calendar';

/** The messages HR gets about a report in a cycle (docs/domain.md#reminders). */
export type ReminderStep = 'opened' | 'due_soon' | 'overdue';

export interface ReportTiming {
  opensOn: string;
  dueOn: string;
  remindDaysBefore: number;
  /** Submitted or approved: nothing left to remind about. */
  done: boolean;
}

export interface StepDecision {
  /** The step to tell HR about now, if any. */
  send: ReminderStep | null;
  /** Steps to record as done without a message of their own (the message sent names the deadline already). */
  settle: ReminderStep[];
}

const NOTHING: StepDecision = { send: null, settle: [] };

/**
 * Which reminder a unit's HR gets today (a Swedish date). One message at a time: a report already overdue
 * when first seen gets only the overdue reminder, and a cycle that opens inside the reminder window gets
 * only the opening message (which names the deadline) — its "deadline near" step is settled with it.
 */
export function decideStep(today: string, timing: ReportTiming, dispatched: ReadonlySet<ReminderStep>): StepDecision {
  if (timing.done || today < timing.opensOn) return NOTHING;
  if (today > timing.dueOn) return dispatched.has('overdue') ? NOTHING : { send: 'overdue', settle: [] };
  const inWindow = today >= addDays(timing.dueOn, -timing.remindDaysBefore);
  if (!dispatched.has('opened')) return { send: 'opened', settle: inWindow && !dispatched.has('due_soon') ? ['due_soon'] : [] };
  if (inWindow && !dispatched.has('due_soon')) return { send: 'due_soon', settle: [] };
  return NOTHING;
}
