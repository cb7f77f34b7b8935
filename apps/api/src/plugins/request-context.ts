import { AsyncLocalStorage } from 'node:async_hooks';
import { sql } from 'drizzle-orm';
import type { Database } from '@planpuls/db';
import { hasVisibleText } from '@planpuls/domain';
import type { FastifyInstance } from 'fastify';

export interface Actor {
  type: 'user' | 'token' | 'anonymous' | 'system';
  userId?: string;
  tokenId?: string;
}

/** Who is acting in this request and why: what every change made during it is recorded with. */
export interface RequestContext {
  requestId: string;
  actor: Actor;
  reason?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const currentContext = (): RequestContext | undefined => storage.getStore();

export const REASON_HEADER = 'x-change-reason';

/**
 * Opens a context per request. The reason for its changes is a `reason` in the JSON body, or else the
 * `X-Change-Reason` header (percent-encoded UTF-8), so every write can carry one.
 */
export function useRequestContext(app: FastifyInstance): void {
  app.addHook('onRequest', (request, _reply, done) => {
    storage.run({ requestId: String(request.id), actor: { type: 'anonymous' } }, done);
  });
  app.addHook('preHandler', async (request) => {
    const context = storage.getStore();
    if (!context) return;
    const fromBody = (request.body as { reason?: unknown } | undefined)?.reason;
    const fromHeader = request.headers[REASON_HEADER];
    if (typeof fromBody === 'string') context.reason = fromBody;
    else if (typeof fromHeader === 'string' && fromHeader.length > 0) context.reason = decodeReason(fromHeader).slice(0, 1000);
  });
}

/**
 * The database as the request handlers see it: every transaction first tells PostgreSQL who acts and why,
 * so the audit triggers record it with each row changed, in the same transaction.
 *
 * The triggers trust these settings although the app role sets them itself: the app role is the application,
 * the one place that authenticates people and tokens, and compromised it could act through any session it
 * holds anyway. PostgreSQL guarantees that every change is recorded and that no record changes afterwards;
 * that the recorded actor is the authenticated principal rests here (see migration 0015).
 */
export function withAuditContext(db: Database): Database {
  const transaction: Database['transaction'] = (work, config) =>
    db.transaction(async (tx) => {
      const context = storage.getStore();
      if (context) {
        // An invisible reason (spaces, zero-width characters) is sent as none, so the write rules ask for one.
        await tx.execute(sql`SELECT
          set_config('planpuls.actor_type', ${context.actor.type}, true),
          set_config('planpuls.actor_user_id', ${context.actor.userId ?? ''}, true),
          set_config('planpuls.actor_token_id', ${context.actor.tokenId ?? ''}, true),
          set_config('planpuls.reason', ${hasVisibleText(context.reason) ? context.reason! : ''}, true),
          set_config('planpuls.request_id', ${context.requestId}, true)`);
      }
      return work(tx);
    }, config);
  return new Proxy(db, { get: (target, property) => (property === 'transaction' ? transaction : Reflect.get(target, property, target)) });
}

/** The X-Change-Reason header as text: percent-encoded UTF-8, or taken as sent when it is not valid encoding. */
export function decodeReason(header: string): string {
  try {
    return decodeURIComponent(header);
  } catch {
    return header;
  }
}
