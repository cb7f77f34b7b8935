import { sql } from 'drizzle-orm';
import { useTestDatabase } from '@planpuls/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpMailer } from '../../mail/mailer';
import { startTestSmtpServer, type TestSmtpServer } from '../../mail/test-smtp-server';
import { startScheduler } from './scheduler';

describe('the background scheduler', () => {
  const t = useTestDatabase('demo');
  let smtp: TestSmtpServer;
  let cycleId: string;

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    const cycle = await t.owner.execute<{ id: string }>(sql`
      INSERT INTO reporting_cycles (municipality_id, plan_id, period_id, opens_on, deadline, due_on)
      SELECT p.municipality_id, p.id, pe.id, '2031-01-07', '2031-01-31', '2031-01-31'
      FROM plans p, periods pe WHERE p.code = 'HP-2024' AND pe.code = '2031-T1'
      RETURNING id`);
    cycleId = cycle.rows[0]!.id;
    await t.owner.execute(
      sql`INSERT INTO unit_reports (municipality_id, cycle_id, unit_id) SELECT municipality_id, ${cycleId}, id FROM units WHERE code = 'FARSTA'`,
    );
  });

  afterAll(async () => {
    await smtp.close();
  });

  it('runs the reminders by the injected clock at start and emails them through SMTP right away', async () => {
    const log: string[] = [];
    const scheduler = startScheduler({
      db: t.app,
      reminderIntervalMinutes: 15,
      mailer: createSmtpMailer({ url: smtp.url, from: 'planpuls@kommun.test' }),
      clock: () => new Date('2031-01-07T07:00:00Z'),
      log: (message, error) => log.push(error ? `${message}: ${String(error)}` : message),
    });
    try {
      await smtp.waitFor((email) => email.text.includes(`/reporting/cycles/${cycleId}/units/FARSTA`));
    } finally {
      await scheduler.stop();
    }
    const mine = smtp.received.filter((email) => email.text.includes(`/reporting/cycles/${cycleId}/units/FARSTA`));
    expect(mine.map((email) => [email.to, email.subject])).toEqual([
      [['hr.farsta@planpuls.test'], 'Planpuls: Rapporteringen för 2031-T1 har öppnat'],
    ]);
    expect(
      log.some((line) => /^Reminders sent: .*FARSTA opened/.test(line)),
      log.join('\n'),
    ).toBe(true);
    expect(log.filter((line) => line.includes('failed:'))).toEqual([]);
  });

  it('with reminders off and no SMTP does nothing at all', async () => {
    await t.owner.execute(sql`DELETE FROM reminder_dispatches`);
    const before = await t.owner.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM notifications`);
    const scheduler = startScheduler({
      db: t.app,
      reminderIntervalMinutes: 0,
      clock: () => new Date('2031-01-07T07:00:00Z'),
      log: () => {},
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await scheduler.stop();
    const after = await t.owner.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM notifications`);
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
  });
});
