import { sql } from 'drizzle-orm';
import { createDb, type Database } from '@planpuls/db';
import { useTestDatabase } from '@planpuls/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReminders } from './reminders.service';

/** An instant whose Swedish date is `date` (10:00 in Stockholm). */
const at = (date: string) => new Date(`${date}T08:00:00Z`);

describe('the reminder schedule', () => {
  const t = useTestDatabase('demo');
  let cycleId: string;

  async function createCycle(period: string, opensOn: string, dueOn: string, units: string[]): Promise<string> {
    const cycle = await t.owner.execute<{ id: string }>(sql`
      INSERT INTO reporting_cycles (municipality_id, plan_id, period_id, opens_on, deadline, due_on, remind_days_before)
      SELECT p.municipality_id, p.id, pe.id, ${opensOn}, ${dueOn}, ${dueOn}, 3
      FROM plans p, periods pe WHERE p.code = 'HP-2024' AND pe.code = ${period}
      RETURNING id`);
    const id = cycle.rows[0]!.id;
    for (const unit of units) {
      await t.owner.execute(
        sql`INSERT INTO unit_reports (municipality_id, cycle_id, unit_id) SELECT municipality_id, ${id}, id FROM units WHERE code = ${unit}`,
      );
    }
    return id;
  }

  /** Inbox messages about a cycle, as "email kind" lines, sorted. */
  async function inboxOf(cycle: string): Promise<string[]> {
    const rows = await t.owner.execute<{ line: string }>(sql`
      SELECT u.email || ' ' || n.kind AS line FROM notifications n JOIN users u ON u.id = n.user_id
      WHERE n.link LIKE ${`/reporting/cycles/${cycle}/units/%`} ORDER BY 1`);
    return rows.rows.map((row) => row.line);
  }

  async function setState(cycle: string, unit: string, state: 'submitted' | 'approved' | 'open'): Promise<void> {
    await t.owner.execute(
      sql`UPDATE unit_reports SET state = ${state} WHERE cycle_id = ${cycle} AND unit_id = (SELECT id FROM units WHERE code = ${unit})`,
    );
  }

  beforeAll(async () => {
    // A deputy for Farsta over the spring, and a former deputy whose role has ended.
    await t.owner.execute(sql`
      WITH m AS (SELECT id FROM municipalities WHERE code = 'STOCKHOLM'),
      people AS (
        INSERT INTO users (municipality_id, email, display_name)
        SELECT m.id, e.email, e.name FROM m, (VALUES ('vikarie.farsta@planpuls.test', 'Vikarie Farsta', '2027-06-30'), ('f.d.vikarie@planpuls.test', 'Före detta vikarie', '2027-01-01')) AS e(email, name, until)
        RETURNING id, municipality_id, email),
      roles AS (
        INSERT INTO user_roles (municipality_id, user_id, role, valid_until)
        SELECT p.municipality_id, p.id, 'hr', CASE WHEN p.email LIKE 'vikarie%' THEN timestamptz '2027-06-30 00:00+02' ELSE timestamptz '2027-01-01 00:00+01' END FROM people p
        RETURNING id, municipality_id)
      INSERT INTO user_role_units (municipality_id, user_role_id, unit_id) SELECT r.municipality_id, r.id, u.id FROM roles r JOIN units u ON u.code = 'FARSTA'`);
    // BROMMA has no HR in the demo: nobody to tell.
    cycleId = await createCycle('2027-T1', '2027-05-03', '2027-05-14', ['FARSTA', 'SPANGA_TENSTA', 'BROMMA']);
  });

  it('tells nobody before the cycle opens (Swedish date, not UTC)', async () => {
    await runReminders(t.app, at('2027-05-01'));
    await runReminders(t.app, new Date('2027-05-02T21:59:00Z'));
    expect(await inboxOf(cycleId)).toEqual([]);
  });

  it('tells each unit’s HR once when the cycle opens, deputies included while their role lasts, with an email each', async () => {
    const run = await runReminders(t.app, new Date('2027-05-02T22:05:00Z'));
    expect(run.today).toBe('2027-05-03');
    expect(run.failed).toEqual([]);
    const told = [
      'hr.farsta@planpuls.test cycle_opened',
      'hr.spanga@planpuls.test cycle_opened',
      'vikarie.farsta@planpuls.test cycle_opened',
    ];
    expect(await inboxOf(cycleId)).toEqual(told);

    await runReminders(t.app, at('2027-05-03'));
    await runReminders(t.app, at('2027-05-05'));
    expect(await inboxOf(cycleId)).toEqual(told);

    const mail = await t.owner.execute<{ to_address: string; subject: string; body: string }>(sql`
      SELECT to_address, subject, body FROM email_outbox WHERE body LIKE ${`%/reporting/cycles/${cycleId}/units/FARSTA%`} ORDER BY to_address`);
    expect(mail.rows.map((row) => row.to_address)).toEqual(['hr.farsta@planpuls.test', 'vikarie.farsta@planpuls.test']);
    expect(mail.rows[0]!.subject).toBe('Planpuls: Rapporteringen för 2027-T1 har öppnat');
    expect(mail.rows[0]!.body).toContain('Lämna in senast 2027-05-14');
  });

  it('reminds remindDaysBefore days before the deadline, except units that have submitted', async () => {
    await setState(cycleId, 'SPANGA_TENSTA', 'submitted');
    await runReminders(t.app, at('2027-05-10'));
    expect((await inboxOf(cycleId)).filter((line) => line.endsWith('due_soon'))).toEqual([]);

    await runReminders(t.app, at('2027-05-11'));
    await runReminders(t.app, at('2027-05-12'));
    expect((await inboxOf(cycleId)).filter((line) => line.endsWith('due_soon'))).toEqual([
      'hr.farsta@planpuls.test due_soon',
      'vikarie.farsta@planpuls.test due_soon',
    ]);
  });

  it('reminds once after the deadline while the report is not in', async () => {
    await runReminders(t.app, at('2027-05-14'));
    expect((await inboxOf(cycleId)).filter((line) => line.endsWith('overdue'))).toEqual([]);
    await runReminders(t.app, at('2027-05-15'));
    await runReminders(t.app, at('2027-05-16'));
    await runReminders(t.app, at('2027-07-01'));
    expect((await inboxOf(cycleId)).filter((line) => line.endsWith('overdue'))).toEqual([
      'hr.farsta@planpuls.test overdue',
      'vikarie.farsta@planpuls.test overdue',
    ]);

    const ledger = await t.owner.execute<{ unit: string; step: string }>(sql`
      SELECT u.code AS unit, d.step::text AS step FROM reminder_dispatches d JOIN units u ON u.id = d.unit_id WHERE d.cycle_id = ${cycleId} ORDER BY 1, 2`);
    expect(ledger.rows).toEqual([
      { unit: 'FARSTA', step: 'due_soon' },
      { unit: 'FARSTA', step: 'opened' },
      { unit: 'FARSTA', step: 'overdue' },
      { unit: 'SPANGA_TENSTA', step: 'opened' },
    ]);
  });

  it('never reminds an approved report and tells HR assigned later, since a unit without HR is not claimed', async () => {
    const cycle = await createCycle('2027-T2', '2027-09-01', '2027-09-15', ['BROMMA', 'SPANGA_TENSTA']);
    await setState(cycle, 'SPANGA_TENSTA', 'approved');
    await runReminders(t.app, at('2027-09-20'));
    expect(await inboxOf(cycle)).toEqual([]);
    await t.owner.execute(sql`
      INSERT INTO user_role_units (municipality_id, user_role_id, unit_id)
      SELECT r.municipality_id, r.id, (SELECT id FROM units WHERE code = 'BROMMA')
      FROM user_roles r JOIN users u ON u.id = r.user_id WHERE u.email = 'hr.spanga@planpuls.test' AND r.role = 'hr'`);
    await runReminders(t.app, at('2027-09-21'));
    await runReminders(t.app, at('2027-09-22'));
    expect(await inboxOf(cycle)).toEqual(['hr.spanga@planpuls.test overdue']);
  });

  it('a cycle opening inside the reminder window sends the opening message only; a deputy whose role ended gets none', async () => {
    const cycle = await createCycle('2027-T3', '2027-12-01', '2027-12-02', ['FARSTA']);
    await runReminders(t.app, at('2027-12-01'));
    await runReminders(t.app, at('2027-12-02'));
    expect(await inboxOf(cycle)).toEqual(['hr.farsta@planpuls.test cycle_opened']);
  });

  describe('with two API processes', () => {
    let second: { db: Database; close(): Promise<void> };
    beforeAll(() => {
      second = createDb(t.urls.appUrl, { max: 5 });
    });
    afterAll(async () => {
      await second?.close();
    });

    it('never reminds twice when both run at the same time', async () => {
      const cycle = await createCycle('2028-T1', '2028-05-02', '2028-05-15', ['FARSTA', 'SPANGA_TENSTA']);
      const runs = await Promise.all(
        [1, 2, 3].flatMap(() => [runReminders(t.app, at('2028-05-02')), runReminders(second.db, at('2028-05-02'))]),
      );
      expect(runs.flatMap((run) => run.failed)).toEqual([]);
      expect(
        runs
          .flatMap((run) => run.dispatched)
          .filter((d) => d.cycleId === cycle)
          .map((d) => d.unitCode)
          .sort(),
      ).toEqual(['FARSTA', 'SPANGA_TENSTA']);
      expect(await inboxOf(cycle)).toEqual(['hr.farsta@planpuls.test cycle_opened', 'hr.spanga@planpuls.test cycle_opened']);

      await Promise.all([runReminders(t.app, at('2028-05-16')), runReminders(second.db, at('2028-05-16'))]);
      expect((await inboxOf(cycle)).filter((line) => line.endsWith('overdue'))).toEqual([
        'hr.farsta@planpuls.test overdue',
        'hr.spanga@planpuls.test overdue',
      ]);
      const emails = await t.owner.execute<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM email_outbox WHERE body LIKE ${`%/reporting/cycles/${cycle}/units/%`}`,
      );
      expect(emails.rows[0]!.n).toBe(4);
    });
  });
});
