import type { Database } from '@planpuls/db';
import { deliverOutbox } from '../../mail/deliver-outbox';
import type { Mailer } from '../../mail/mailer';
import { runReminders } from './reminders.service';

export interface SchedulerOptions {
  db: Database;
  /** Minutes between reminder runs; 0 turns reminders off. */
  reminderIntervalMinutes: number;
  /** Sends the outbox every minute when given; without it, email stays in the outbox for the administrator. */
  mailer?: Mailer;
  /** The app's public address, so links in email are absolute URLs. */
  publicUrl?: string;
  /** The time reminders are judged by (tests and demos inject one). */
  clock?: () => Date;
  log: (message: string, error?: unknown) => void;
}

export interface Scheduler {
  stop(): Promise<void>;
}

const MAIL_INTERVAL_MS = 60_000;

/** Runs the reminder schedule and the email delivery in the background, each right away and then periodically. */
export function startScheduler({
  db,
  reminderIntervalMinutes,
  mailer,
  publicUrl,
  clock = () => new Date(),
  log,
}: SchedulerOptions): Scheduler {
  const mail = mailer
    ? periodic(
        MAIL_INTERVAL_MS,
        async () => {
          const { sent, failed } = await deliverOutbox(db, mailer, { publicUrl });
          if (sent + failed > 0) log(`Email: ${sent} sent, ${failed} failed`);
        },
        log,
      )
    : undefined;
  const reminders =
    reminderIntervalMinutes > 0
      ? periodic(
          reminderIntervalMinutes * 60_000,
          async () => {
            const run = await runReminders(db, clock());
            if (run.dispatched.length > 0) {
              log(`Reminders sent: ${run.dispatched.map((d) => `${d.unitCode} ${d.step}`).join(', ')}`);
              // Reminders go out by email now, not at the next mail round.
              mail?.kick();
            }
            for (const failure of run.failed) log(`Reminder for ${failure.unitCode} failed, retried next run: ${failure.error}`);
          },
          log,
        )
      : undefined;
  const jobs = [reminders, mail].filter((job): job is PeriodicJob => job !== undefined);
  return {
    async stop() {
      await Promise.all(jobs.map((job) => job.stop()));
      mailer?.close();
    },
  };
}

interface PeriodicJob {
  /** Runs the job now (or right after the run in progress). */
  kick(): void;
  stop(): Promise<void>;
}

/** Runs `work` now and every `ms`, never two at once; an error is logged and the next run tries again. */
function periodic(ms: number, work: () => Promise<void>, log: SchedulerOptions['log']): PeriodicJob {
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  const tick = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = work()
      .catch((error: unknown) => log('Background job failed', error))
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          tick();
        }
      });
  };
  const timer = setInterval(tick, ms);
  timer.unref();
  setImmediate(tick);
  return {
    kick: tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      while (running) await running;
    },
  };
}
