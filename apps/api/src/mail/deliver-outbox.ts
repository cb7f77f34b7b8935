import { sql } from 'drizzle-orm';
import type { Database } from '@planpuls/db';
import { withAbsoluteLinks } from '../modules/notifications/notify';
import type { Mailer } from './mailer';

export interface DeliveryOptions {
  /** At most this many emails per pass. */
  limit?: number;
  /** An email that failed this many times stays unsent in the outbox for the administrator. */
  maxAttempts?: number;
  /** The app's public address (PUBLIC_URL): links in the email become absolute URLs. */
  publicUrl?: string;
}

export interface DeliveryResult {
  sent: number;
  failed: number;
}

/**
 * Sends queued emails one at a time: each is locked (`SKIP LOCKED`, so two processes never send the same
 * one), sent, and marked sent — or its attempt and error are counted — in one transaction.
 */
export async function deliverOutbox(
  db: Database,
  mailer: Mailer,
  { limit = 100, maxAttempts = 5, publicUrl }: DeliveryOptions = {},
): Promise<DeliveryResult> {
  const result: DeliveryResult = { sent: 0, failed: 0 };
  const tried: string[] = [];
  while (tried.length < limit) {
    const outcome = await db.transaction(async (tx) => {
      const next = await tx.execute<{ id: string; to_address: string; subject: string; body: string }>(sql`
        SELECT id, to_address, subject, body FROM email_outbox
        WHERE sent_at IS NULL AND attempts < ${maxAttempts}
          AND NOT (id = ANY(${`{${tried.join(',')}}`}::uuid[]))
        ORDER BY created_at, id
        LIMIT 1
        FOR UPDATE SKIP LOCKED`);
      const email = next.rows[0];
      if (!email) return undefined;
      tried.push(email.id);
      try {
        await mailer.send({
          to: email.to_address,
          subject: email.subject,
          text: publicUrl ? withAbsoluteLinks(email.body, publicUrl) : email.body,
        });
        await tx.execute(sql`UPDATE email_outbox SET sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = ${email.id}`);
        return 'sent' as const;
      } catch (error) {
        const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
        await tx.execute(sql`UPDATE email_outbox SET attempts = attempts + 1, last_error = ${message} WHERE id = ${email.id}`);
        return 'failed' as const;
      }
    });
    if (!outcome) break;
    result[outcome]++;
  }
  return result;
}
