import type { Database } from '@planpuls/db';
import { decideStep, todayInStockholm, type ReminderStep } from '@planpuls/domain';
import { hrOfUnit, notifyUsers } from '../notifications/notify';
import { reminderMessage } from './reminder-messages';
import { claimStep, listReminderCandidates, type ReminderCandidate } from './reminders.repository';

export interface ReminderDispatch {
  cycleId: string;
  unitCode: string;
  step: ReminderStep;
  recipients: number;
}

export interface ReminderRun {
  today: string;
  dispatched: ReminderDispatch[];
  /** Reports whose reminder failed this time; it is tried again on the next run. */
  failed: Array<{ cycleId: string; unitCode: string; error: string }>;
}

/**
 * One pass of the reminder schedule at `now` (an injected clock): for every open cycle and unit report, the
 * step due today (Europe/Stockholm) is claimed in `reminder_dispatches` and HR is notified in the same
 * transaction, so each step reaches a unit once, however many processes run this at the same time.
 * A unit without HR is not claimed: HR assigned later still gets the reminder.
 */
export async function runReminders(db: Database, now: Date): Promise<ReminderRun> {
  const today = todayInStockholm(now);
  const run: ReminderRun = { today, dispatched: [], failed: [] };
  for (const candidate of await listReminderCandidates(db, today)) {
    const decision = decideStep(
      today,
      { opensOn: candidate.opensOn, dueOn: candidate.dueOn, remindDaysBefore: candidate.remindDaysBefore, done: false },
      new Set(candidate.dispatched),
    );
    if (!decision.send) continue;
    const step = decision.send;
    try {
      const recipients = await db.transaction((tx) => dispatch(tx, candidate, step, decision.settle, now, today));
      if (recipients > 0) run.dispatched.push({ cycleId: candidate.cycleId, unitCode: candidate.unitCode, step, recipients });
    } catch (error) {
      run.failed.push({
        cycleId: candidate.cycleId,
        unitCode: candidate.unitCode,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return run;
}

/** Claims the step and notifies HR; 0 when there is no HR to tell or another process claimed it first. */
async function dispatch(
  tx: Database,
  report: ReminderCandidate,
  step: ReminderStep,
  settle: ReminderStep[],
  now: Date,
  today: string,
): Promise<number> {
  const hr = await hrOfUnit(tx, report.municipalityId, report.unitId, now);
  if (hr.length === 0) return 0;
  if (!(await claimStep(tx, report.municipalityId, report.cycleId, report.unitId, step, now))) return 0;
  for (const quiet of settle) await claimStep(tx, report.municipalityId, report.cycleId, report.unitId, quiet, now);
  const message = reminderMessage(step, report, today);
  const notified = await notifyUsers(tx, {
    municipalityId: report.municipalityId,
    userIds: hr,
    ...message,
    link: `/reporting/cycles/${report.cycleId}/units/${encodeURIComponent(report.unitCode)}`,
  });
  return notified.length;
}
