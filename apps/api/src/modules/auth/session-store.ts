import { createHash } from 'node:crypto';
import type { Session } from 'fastify';
import { and, eq, lt, or, sql } from 'drizzle-orm';
import { sessions, type Database } from '@planpuls/db';
import type { ChangeFeed } from '../../change-feed';
import { LiveCache } from '../../live-cache';

export interface SessionTimeouts {
  idleMinutes: number;
  absoluteHours: number;
}

const hashOf = (sessionId: string) => createHash('sha256').update(sessionId).digest('hex');
type Callback<T = void> = (error?: unknown, result?: T) => void;

interface KeptSession {
  data: Session;
  createdAt: number;
  /** The last request seen, by this process or (as of the read) by any. */
  lastSeenAt: number;
  /** When the last request was last written to the database. */
  writtenAt: number;
}

const TOUCH_EVERY_MS = 60_000;
const SESSION_MAX_AGE_MS = 60_000;

/**
 * @fastify/session's store on PostgreSQL: sessions survive restarts, can be revoked (per user, at once),
 * and end after the idle timeout and the absolute timeout whatever the cookie says. A session read once is
 * kept in memory until the change feed says it ended or changed, so a request reads nothing; the last
 * request is written at most once a minute.
 */
export class PostgresSessionStore {
  private readonly kept: LiveCache<KeptSession>;

  constructor(
    private readonly db: Database,
    private readonly timeouts: SessionTimeouts,
    feed: ChangeFeed,
  ) {
    this.kept = new LiveCache(feed, 'planpuls_sessions');
  }

  private idleFor(session: KeptSession, now: number): boolean {
    return now - session.lastSeenAt > this.timeouts.idleMinutes * 60_000;
  }

  private expired() {
    return or(
      lt(sessions.lastSeenAt, sql`now() - make_interval(mins => ${this.timeouts.idleMinutes})`),
      lt(sessions.createdAt, sql`now() - make_interval(hours => ${this.timeouts.absoluteHours})`),
    );
  }

  get(sessionId: string, callback: Callback<Session | null>): void {
    const idHash = hashOf(sessionId);
    const kept = this.kept.peek(idHash);
    // Idle here may still have been seen by another process meanwhile: then the database knows.
    if (kept && !this.idleFor(kept.value, Date.now())) return callback(null, kept.value.data);
    if (kept) this.kept.delete(idHash);
    this.kept
      .get(idHash, async () => {
        const [row] = await this.db
          .select({
            data: sessions.data,
            municipalityId: sessions.municipalityId,
            createdAt: sessions.createdAt,
            lastSeenAt: sessions.lastSeenAt,
            expired: sql<boolean>`${this.expired()}`,
          })
          .from(sessions)
          .where(eq(sessions.idHash, idHash));
        if (!row) return undefined;
        if (row.expired) {
          await this.db.delete(sessions).where(eq(sessions.idHash, idHash));
          return undefined;
        }
        const createdAt = row.createdAt.getTime();
        const lastSeenAt = row.lastSeenAt.getTime();
        return {
          value: { data: row.data as Session, createdAt, lastSeenAt, writtenAt: lastSeenAt },
          group: row.municipalityId,
          // Read again at least once a minute, as principals and tokens are, whatever the feed says.
          expiresAt: Math.min(createdAt + this.timeouts.absoluteHours * 3_600_000, Date.now() + SESSION_MAX_AGE_MS),
        };
      })
      .then((session) => callback(null, session?.data ?? null), callback);
  }

  set(sessionId: string, session: Session, callback: Callback): void {
    const { userId, municipalityId } = session;
    if (!userId || !municipalityId) return callback();
    const data = JSON.parse(JSON.stringify(session)) as object;
    this.db
      .insert(sessions)
      .values({ idHash: hashOf(sessionId), userId, municipalityId, data })
      .onConflictDoUpdate({ target: sessions.idHash, set: { data, lastSeenAt: sql`now()` } })
      .then(() => {
        this.kept.delete(hashOf(sessionId));
        callback();
      }, callback);
  }

  destroy(sessionId: string, callback: Callback): void {
    this.kept.delete(hashOf(sessionId));
    this.db
      .delete(sessions)
      .where(eq(sessions.idHash, hashOf(sessionId)))
      .then(() => callback(), callback);
  }

  /** Marks activity, in memory at once and in the database at most once a minute per session, so the idle timeout counts from the last request. */
  async touch(sessionId: string): Promise<void> {
    const now = Date.now();
    const kept = this.kept.peek(hashOf(sessionId))?.value;
    if (kept) kept.lastSeenAt = now;
    if (kept && now - kept.writtenAt < TOUCH_EVERY_MS) return;
    if (kept) kept.writtenAt = now;
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
