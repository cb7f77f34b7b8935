import { sql } from 'drizzle-orm';
import { useTestDatabase } from '@planpuls/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifyUsers } from '../modules/notifications/notify';
import { deliverOutbox } from './deliver-outbox';
import { createSmtpMailer } from './mailer';
import { startTestSmtpServer, type TestSmtpServer } from './test-smtp-server';

describe('email delivery through a real SMTP server', () => {
  const t = useTestDatabase('demo');
  let smtp: TestSmtpServer;

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
  });

  afterAll(async () => {
    await smtp.close();
  });

  const userId = async (email: string) =>
    (await t.owner.execute<{ id: string; m: string }>(sql`SELECT id, municipality_id AS m FROM users WHERE email = ${email}`)).rows[0]!;

  it('sends each queued email once, in Swedish, to the right recipient, with an absolute link, and marks it sent', async () => {
    const farsta = await userId('hr.farsta@planpuls.test');
    await notifyUsers(t.app, {
      municipalityId: farsta.m,
      userIds: [farsta.id],
      kind: 'report_returned',
      title: 'Rapporten för Farsta har skickats tillbaka',
      body: 'Styrgruppen har skickat tillbaka rapporten för 2027-T1 med en kommentar: "Kontrollera sjuktimmarna."',
      link: '/reporting/abc/FARSTA',
    });
    const mailer = createSmtpMailer({ url: smtp.url, from: 'Planpuls <planpuls@kommun.test>' });
    try {
      expect(await deliverOutbox(t.app, mailer, { publicUrl: 'https://planpuls.kommun.test/' })).toEqual({ sent: 1, failed: 0 });
      expect(await deliverOutbox(t.app, mailer, { publicUrl: 'https://planpuls.kommun.test/' })).toEqual({ sent: 0, failed: 0 });
    } finally {
      mailer.close();
    }

    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.from).toBe('planpuls@kommun.test');
    expect(smtp.received[0]!.to).toEqual(['hr.farsta@planpuls.test']);
    const message = smtp.received[0]!;
    expect(message.subject).toBe('Planpuls: Rapporten för Farsta har skickats tillbaka');
    expect(message.text).toContain('Styrgruppen har skickat tillbaka rapporten för 2027-T1');
    expect(message.text).toContain('Öppna i Planpuls: https://planpuls.kommun.test/reporting/abc/FARSTA');

    const [row] = (
      await t.owner.execute<{ sent: boolean; attempts: number; last_error: string | null }>(sql`
      SELECT sent_at IS NOT NULL AS sent, attempts, last_error FROM email_outbox WHERE to_address = 'hr.farsta@planpuls.test'`)
    ).rows;
    expect(row).toEqual({ sent: true, attempts: 1, last_error: null });
  });

  it('keeps an email it could not send, counting attempts and the error, and gives up after the last attempt', async () => {
    const spanga = await userId('hr.spanga@planpuls.test');
    await notifyUsers(t.app, {
      municipalityId: spanga.m,
      userIds: [spanga.id],
      kind: 'mentioned',
      title: 'Du har nämnts',
      body: 'Någon nämnde dig.',
    });
    // Nothing listens on the port of a server that has closed.
    const closed = await startTestSmtpServer();
    await closed.close();
    const broken = createSmtpMailer({ url: `${closed.url}?connectionTimeout=2000`, from: 'planpuls@kommun.test' });
    try {
      expect(await deliverOutbox(t.app, broken, { maxAttempts: 2 })).toEqual({ sent: 0, failed: 1 });
      expect(await deliverOutbox(t.app, broken, { maxAttempts: 2 })).toEqual({ sent: 0, failed: 1 });
      expect(await deliverOutbox(t.app, broken, { maxAttempts: 2 })).toEqual({ sent: 0, failed: 0 });
    } finally {
      broken.close();
    }
    const [row] = (
      await t.owner.execute<{ sent: boolean; attempts: number; last_error: string | null }>(sql`
      SELECT sent_at IS NOT NULL AS sent, attempts, last_error FROM email_outbox WHERE to_address = 'hr.spanga@planpuls.test'`)
    ).rows;
    expect(row).toMatchObject({ sent: false, attempts: 2 });
    expect(row!.last_error).toMatch(/ECONNREFUSED|connect/i);
    expect(smtp.received.filter((message) => message.to.includes('hr.spanga@planpuls.test'))).toEqual([]);
  });

  it('never sends an email twice when two processes deliver at the same time', async () => {
    const farsta = await userId('hr.farsta@planpuls.test');
    const before = smtp.received.length;
    for (let i = 1; i <= 6; i++) {
      await notifyUsers(t.app, {
        municipalityId: farsta.m,
        userIds: [farsta.id],
        kind: 'mentioned',
        title: `Nämnd ${i}`,
        body: `Meddelande ${i}`,
      });
    }
    const one = createSmtpMailer({ url: smtp.url, from: 'planpuls@kommun.test' });
    const two = createSmtpMailer({ url: smtp.url, from: 'planpuls@kommun.test' });
    try {
      // The email that failed twice above stays given up (maxAttempts 2).
      const results = await Promise.all([deliverOutbox(t.app, one, { maxAttempts: 2 }), deliverOutbox(t.owner, two, { maxAttempts: 2 })]);
      expect(results[0]!.sent + results[1]!.sent).toBe(6);
    } finally {
      one.close();
      two.close();
    }
    const subjects = smtp.received
      .slice(before)
      .map((message) => message.subject)
      .sort();
    expect(subjects).toEqual([1, 2, 3, 4, 5, 6].map((i) => `Planpuls: Nämnd ${i}`));
  });
});
