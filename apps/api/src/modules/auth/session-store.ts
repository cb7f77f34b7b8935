import { createHash } from 'node:crypto';
import type { Session } from 'fastify';
import { and, eq, lt, or, sql } from 'drizzle-orm';
import { sessions, type Database } from '@planpuls/db';

export interface SessionTimeouts {
  idleMinutes: number;
  absoluteHours: number;
}

const hashOf = (sessionId: string) => createHash('sha256').update(sessionId).digest('hex');
type Callback<T = void> = (error?: unknown, result?: T) => void;

/**
 * @fastify/session's store on PostgreSQL: sessions survive restarts, can be revoked (per user, at once),
 * and end after the idle timeout and the absolute timeout whatever the cookie says.
 */
export class PostgresSessionStore {
  constructor(
    private readonly db: Database,
    private readonly timeouts: SessionTimeouts,
  ) {}

  private expired() {
    return or(
      lt(sessions.lastSeenAt, sql`now() - make_interval(mins => ${this.timeouts.idleMinutes})`),
      lt(sessions.createdAt, sql`now() - make_interval(hours => ${this.timeouts.absoluteHours})`),
    );
  }

  get(sessionId: string, callback: Callback<Session | null>): void {
    const idHash = hashOf(sessionId);
    this.db
      .select({ data: sessions.data, expired: sql<boolean>`${this.expired()}` })
      .from(sessions)
      .where(eq(sessions.idHash, idHash))
      .then(async ([row]) => {
        if (row?.expired) await this.db.delete(sessions).where(eq(sessions.idHash, idHash));
        callback(null, row && !row.expired ? (row.data as Session) : null);
      }, callback);
  }

  set(sessionId: string, session: Session, callback: Callback): void {
    const { userId, municipalityId } = session;
    if (!userId || !municipalityId) return callback();
    const data = JSON.parse(JSON.stringify(session)) as object;
    this.db
      .insert(sessions)
      .values({ idHash: hashOf(sessionId), userId, municipalityId, data })
      .onConflictDoUpdate({ target: sessions.idHash, set: { data, lastSeenAt: sql`now()` } })
      .then(() => callback(), callback);
  }

  destroy(sessionId: string, callback: Callback): void {
    this.db
      .delete(sessions)
      .where(eq(sessions.idHash, hashOf(sessionId)))
      .then(() => callback(), callback);
  }

  /** Marks activity, at most once a minute per session, so the idle timeout counts from the last request. */
  async touch(sessionId: string): Promise<void> {
    await this.db
      .update(sessions)
      .set({ lastSeenAt: sql`now()` })
      .where(and(eq(sessions.idHash, hashOf(sessionId)), lt(sessions.lastSeenAt, sql`now() - interval '1 minute'`)));
  }

  /** Ends every session of a user (disabled, or password changed elsewhere). */
  async revokeUser(userId: string, exceptSessionId?: string): Promise<void> {
    const keep = exceptSessionId ? hashOf(exceptSessionId) : '';
    await this.db.delete(sessions).where(and(eq(sessions.userId, userId), sql`${sessions.idHash} <> ${keep}`));
  }
}
