import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { useTestDatabase } from '@planpuls/db/testing';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifyUsers } from '../modules/notifications/notify';
import { deliverOutbox } from './deliver-outbox';
import { createSmtpMailer } from './mailer';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?= / =?UTF-8?B?…?=) back to text; adjacent words join without space. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_, _charset: string, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'),
    );
}

/** The subject and the text of a plain message as the SMTP server received it. */
function parse(raw: string): { subject: string; text: string } {
  const [head = '', ...rest] = raw.split('\r\n\r\n');
  const headers = head.replace(/\r\n[ \t]+/g, ' ');
  const subject = decodeWords(/^Subject: (.*)$/im.exec(headers)?.[1] ?? '');
  const encoding = /^Content-Transfer-Encoding: (.*)$/im.exec(headers)?.[1]?.trim().toLowerCase();
  const body = rest.join('\r\n\r\n');
  const text =
    encoding === 'quoted-printable'
      ? Buffer.from(body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8')
      : encoding === 'base64'
        ? Buffer.from(body, 'base64').toString('utf8')
        : body;
  return { subject, text: text.replace(/\r\n/g, '\n') };
}

describe('email delivery through a real SMTP server', () => {
  const t = useTestDatabase('demo');
  const received: Received[] = [];
  let server: SMTPServer;
  let port: number;

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const userId = async (email: string) => (await t.owner.execute<{ id: string; m: string }>(sql`SELECT id, municipality_id AS m FROM users WHERE email = ${email}`)).rows[0]!;

  it('sends each queued email once, in Swedish, to the right recipient, and marks it sent', async () => {
    const farsta = await userId('hr.farsta@planpuls.test');
    await notifyUsers(t.app, {
      municipalityId: farsta.m,
      userIds: [farsta.id],
      kind: 'report_returned',
      title: 'Rapporten för Farsta har skickats tillbaka',
      body: 'Styrgruppen har skickat tillbaka rapporten för 2027-T1 med en kommentar: "Kontrollera sjuktimmarna."',
      link: '/reporting/abc/FARSTA',
    });
    const mailer = createSmtpMailer({ url: `smtp://127.0.0.1:${port}`, from: 'Planpuls <planpuls@kommun.test>' });
    try {
      expect(await deliverOutbox(t.app, mailer)).toEqual({ sent: 1, failed: 0 });
      expect(await deliverOutbox(t.app, mailer)).toEqual({ sent: 0, failed: 0 });
    } finally {
      mailer.close();
    }

    expect(received).toHaveLength(1);
    expect(received[0]!.from).toBe('planpuls@kommun.test');
    expect(received[0]!.to).toEqual(['hr.farsta@planpuls.test']);
    const message = parse(received[0]!.raw);
    expect(message.subject).toBe('Planpuls: Rapporten för Farsta har skickats tillbaka');
    expect(message.text).toContain('Styrgruppen har skickat tillbaka rapporten för 2027-T1');
    expect(message.text).toContain('Öppna i Planpuls: /reporting/abc/FARSTA');

    const [row] = (await t.owner.execute<{ sent: boolean; attempts: number; last_error: string | null }>(sql`
      SELECT sent_at IS NOT NULL AS sent, attempts, last_error FROM email_outbox WHERE to_address = 'hr.farsta@planpuls.test'`)).rows;
    expect(row).toEqual({ sent: true, attempts: 1, last_error: null });
  });

  it('keeps an email it could not send, counting attempts and the error, and gives up after the last attempt', async () => {
    const spanga = await userId('hr.spanga@planpuls.test');
    await notifyUsers(t.app, { municipalityId: spanga.m, userIds: [spanga.id], kind: 'mentioned', title: 'Du har nämnts', body: 'Någon nämnde dig.' });
    // Nothing listens on the port of a server that has closed.
    const closed = new SMTPServer({ authOptional: true, logger: false });
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadPort = (closed.server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const broken = createSmtpMailer({ url: `smtp://127.0.0.1:${deadPort}?connectionTimeout=2000`, from: 'planpuls@kommun.test' });
    try {
      expect(await deliverOutbox(t.app, broken, { maxAttempts: 2 })).toEqual({ sent: 0, failed: 1 });
      expect(await deliverOutbox(t.app, broken, { maxAttempts: 2 })).toEqual({ sent: 0, failed: 1 });
      expect(await deliverOutbox(t.app, broken, { maxAttempts: 2 })).toEqual({ sent: 0, failed: 0 });
    } finally {
      broken.close();
    }
    const [row] = (await t.owner.execute<{ sent: boolean; attempts: number; last_error: string | null }>(sql`
      SELECT sent_at IS NOT NULL AS sent, attempts, last_error FROM email_outbox WHERE to_address = 'hr.spanga@planpuls.test'`)).rows;
    expect(row).toMatchObject({ sent: false, attempts: 2 });
    expect(row!.last_error).toMatch(/ECONNREFUSED|connect/i);
    expect(received.filter((message) => message.to.includes('hr.spanga@planpuls.test'))).toEqual([]);
  });

  it('never sends an email twice when two processes deliver at the same time', async () => {
    const farsta = await userId('hr.farsta@planpuls.test');
    const before = received.length;
    for (let i = 1; i <= 6; i++) {
      await notifyUsers(t.app, { municipalityId: farsta.m, userIds: [farsta.id], kind: 'mentioned', title: `Nämnd ${i}`, body: `Meddelande ${i}` });
    }
    const one = createSmtpMailer({ url: `smtp://127.0.0.1:${port}`, from: 'planpuls@kommun.test' });
    const two = createSmtpMailer({ url: `smtp://127.0.0.1:${port}`, from: 'planpuls@kommun.test' });
    try {
      // The email that failed twice above stays given up (maxAttempts 2).
      const results = await Promise.all([deliverOutbox(t.app, one, { maxAttempts: 2 }), deliverOutbox(t.owner, two, { maxAttempts: 2 })]);
      expect(results[0]!.sent + results[1]!.sent).toBe(6);
    } finally {
      one.close();
      two.close();
    }
    const subjects = received.slice(before).map((message) => parse(message.raw).subject).sort();
    expect(subjects).toEqual([1, 2, 3, 4, 5, 6].map((i) => `Planpuls: Nämnd ${i}`));
  });
});
