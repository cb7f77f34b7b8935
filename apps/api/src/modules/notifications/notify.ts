import { and, eq, inArray, sql } from 'drizzle-orm';
import { emailOutbox, notifications, users, type Database } from '@planpuls/db';

export interface Notice {
  municipalityId: string;
  /** Recipients; disabled users and ids outside the municipality are skipped, duplicates collapse. */
  userIds: readonly string[];
  /** What happened, e.g. `cycle_opened`, `due_soon`, `overdue`, `mentioned`, `report_returned`. */
  kind: string;
  /** Swedish, short: the inbox line and the email subject. */
  title: string;
  /** Swedish, plain text: the inbox message and the email text. */
  body: string;
  /** Path in the app the message leads to, e.g. `/reporting/<cycle>/<unit>`. */
  link?: string | null;
}

/**
 * Tells users something: one inbox row and one queued email (email_outbox) per active recipient.
 * Call it with the transaction of the change that caused it, so a rolled-back change notifies nobody.
 * Returns the ids of the users who were notified.
 */
export async function notifyUsers(db: Database, notice: Notice): Promise<string[]> {
  const ids = [...new Set(notice.userIds)];
  if (ids.length === 0) return [];
  const recipients = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(and(eq(users.municipalityId, notice.municipalityId), inArray(users.id, ids), eq(users.disabled, false)));
  if (recipients.length === 0) return [];
  const link = notice.link ?? null;
  await db.insert(notifications).values(
    recipients.map((user) => ({
      municipalityId: notice.municipalityId,
      userId: user.id,
      kind: notice.kind,
      title: notice.title,
      body: notice.body,
      link,
    })),
  );
  await db.insert(emailOutbox).values(
    recipients.map((user) => ({
      municipalityId: notice.municipalityId,
      toAddress: user.email,
      subject: `Planpuls: ${notice.title}`,
      body: emailText(notice.body, link),
    })),
  );
  return recipients.map((user) => user.id);
}

const LINK_LINE = 'Öppna i Planpuls: ';

function emailText(body: string, link: string | null): string {
  const lines = ['Hej!', '', body];
  if (link) lines.push('', `${LINK_LINE}${link}`);
  lines.push('', 'Det här meddelandet skickades automatiskt av Planpuls. Du hittar det också i din inkorg i Planpuls.');
  return lines.join('\n');
}

/** The email text with its link to the app made absolute (the outbox keeps the path; mail programs need a URL). */
export function withAbsoluteLinks(text: string, publicUrl: string): string {
  const base = publicUrl.replace(/\/+$/, '');
  return text.replace(new RegExp(`^${LINK_LINE}(/\\S*)$`, 'gm'), (_, path: string) => `${LINK_LINE}${base}${path}`);
}

/**
 * The people doing HR for a unit at a moment: active users with an HR role in force then (a deputy’s time-limited
 * role counts while it lasts) that names the unit. An HR role
 * naming no unit reaches none (as its grant does, auth.service.ts), so it is told of none.
 */
export async function hrOfUnit(db: Database, municipalityId: string, unitId: string, at: Date): Promise<string[]> {
  const result = await db.execute<{ id: string }>(sql`
    SELECT DISTINCT u.id
    FROM users u
    JOIN user_roles r ON r.user_id = u.id AND r.municipality_id = u.municipality_id
    JOIN user_role_units ru ON ru.user_role_id = r.id AND ru.unit_id = ${unitId}
    WHERE u.municipality_id = ${municipalityId}
      AND NOT u.disabled
      AND r.role = 'hr'
      AND (r.valid_until IS NULL OR r.valid_until > ${at.toISOString()})
    ORDER BY u.id`);
  return result.rows.map((row) => row.id);
}
