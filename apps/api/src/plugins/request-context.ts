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

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const REASON_HEADER_SCHEMA = {
  type: 'string',
  description:
    'Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed ' +
    "report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in " +
    'the JSON body takes precedence.',
};

/**
 * Opens a context per request. The reason for its changes is a `reason` in the JSON body, or else the
 * `X-Change-Reason` header (see decodeReason), so every write can carry one.
 */
export function useRequestContext(app: FastifyInstance): void {
  // Every write says in the API document that it takes the header (a route's own header schema keeps its fields).
  app.addHook('onRoute', (route) => {
    if (!route.schema || ![route.method].flat().some((method) => WRITES.has(method))) return;
    const headers = route.schema.headers as { properties?: Record<string, unknown> } | undefined;
    route.schema = {
      ...route.schema,
      headers: { type: 'object', ...headers, properties: { ...headers?.properties, [REASON_HEADER]: REASON_HEADER_SCHEMA } },
    };
  });
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

/** RFC 8187's ext-value: a charset, an optional language, and the percent-encoded text (`UTF-8''Sk%C3%A4rpt`). */
const EXT_VALUE = /^utf-8'[A-Za-z0-9-]*'(.*)$/i;

/**
 * The X-Change-Reason header as text, however a client writes it: as an RFC 8187 ext-value (`UTF-8''Sk%C3%A4rpt`),
 * percent-encoded UTF-8, or raw UTF-8. Node hands header bytes over one character per byte (Latin-1), so raw UTF-8
 * is read back as UTF-8 when it is valid UTF-8, and taken as Latin-1 when it is not (a client that sent Latin-1).
 */
export function decodeReason(header: string): string {
  const ext = EXT_VALUE.exec(header);
  if (ext) return percentDecoded(ext[1]!);
  return percentDecoded(rawUtf8(header));
}

function percentDecoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function rawUtf8(header: string): string {
  const codes = [...header].map((char) => char.charCodeAt(0));
  if (!codes.some((code) => code >= 0x80) || codes.some((code) => code > 0xff)) return header;
  try {
    return utf8.decode(Buffer.from(header, 'latin1'));
  } catch {
    return header;
  }
}
