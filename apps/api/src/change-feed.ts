import pg from 'pg';
import type { Database } from '@planpuls/db';

export type ChangeChannel = 'planpuls_principals' | 'planpuls_sessions' | 'planpuls_figures';
const CHANNELS: readonly string[] = ['planpuls_principals', 'planpuls_sessions', 'planpuls_figures', 'planpuls_sync'];
const SYNC_TIMEOUT_MS = 1_000;
/**
 * How often an idle feed proves it still hears PostgreSQL. A connection cut without a word (a network partition,
 * a proxy dropping it) raises no error for many minutes; without this a process serving only reads would keep
 * serving sessions and roles from memory that other processes have ended.
 */
const HEARTBEAT_MS = 5_000;

type Listener = (channel: ChangeChannel, payload: string) => void;

/**
 * What PostgreSQL tells this process about changes made by any process (LISTEN/NOTIFY, sent on commit by the
 * triggers of migration 0022). Memory that relies on it asks `live` first: while the listening connection is
 * down, or until it has caught up after reconnecting, nothing may be served from memory, because notices sent
 * meanwhile are lost. Every lost connection and every reconnection is reported to listeners as a `reset`.
 */
export class ChangeFeed {
  private client: pg.Client | undefined;
  private listeners = new Set<Listener>();
  private resetListeners = new Set<() => void>();
  private closed = false;
  private retry: NodeJS.Timeout | undefined;
  private syncs = new Map<string, () => void>();
  private syncCount = 0;
  private heartbeat: NodeJS.Timeout | undefined;
  live = false;

  constructor(
    private readonly connection: pg.ClientConfig,
    private readonly retryMs = 1_000,
    private readonly heartbeatMs = HEARTBEAT_MS,
  ) {}

  onChange(listener: Listener): void {
    this.listeners.add(listener);
  }

  onReset(listener: () => void): void {
    this.resetListeners.add(listener);
  }

  /** Connects and listens; resolves once listening or once the first attempt has failed (then retries). */
  async start(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({ application_name: 'planpuls-change-feed', ...this.connection });
    client.on('notification', ({ channel, payload }) => {
      if (channel === 'planpuls_sync') return this.syncs.get(payload ?? '')?.();
      for (const listener of this.listeners) listener(channel as ChangeChannel, payload ?? '');
    });
    const lost = () => {
      if (this.client !== client) return;
      this.client = undefined;
      this.goDark();
      client.end().catch(() => {});
      this.scheduleRetry();
    };
    client.on('error', lost);
    client.on('end', lost);
    try {
      await client.connect();
      for (const channel of CHANNELS) await client.query(`LISTEN ${channel}`);
      if (this.closed) {
        await client.end();
        return;
      }
      this.client = client;
      // Notices sent before LISTEN took effect are lost: whatever was kept from before is stale.
      this.goDark();
      this.live = true;
      this.beat();
    } catch {
      client.removeAllListeners('end');
      await client.end().catch(() => {});
      this.scheduleRetry();
    }
  }

  /**
   * Resolves once every notice committed before the call has been handled. PostgreSQL delivers notices in
   * commit order, so a notice this connection sends itself comes back after them. A write request waits for
   * this before it answers, so the writer's next request already sees its own change (the session it ended,
   * the role it removed). Without a live feed nothing is kept, so there is nothing to wait for.
   */
  async caughtUp(): Promise<void> {
    const client = this.client;
    if (!client || !this.live) return;
    const token = `${process.pid}:${++this.syncCount}`;
    const echoed = new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        // A feed that cannot echo within a second is not trusted: drop everything kept and reconnect.
        this.syncs.delete(token);
        if (this.client === client) client.emit('error', new Error('change feed did not echo'));
        resolve();
      }, SYNC_TIMEOUT_MS);
      this.syncs.set(token, () => {
        clearTimeout(timer);
        this.syncs.delete(token);
        resolve();
      });
    });
    await client.query(`NOTIFY planpuls_sync, '${token}'`).catch(() => {});
    await echoed;
  }

  /** While live, an echo every `heartbeatMs`; one that does not come back drops the connection (see caughtUp). */
  private beat(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    let waiting = false;
    this.heartbeat = setInterval(() => {
      if (this.closed || !this.live || waiting) return;
      waiting = true;
      void this.caughtUp().finally(() => {
        waiting = false;
      });
    }, this.heartbeatMs);
    this.heartbeat.unref();
  }

  private goDark(): void {
    this.live = false;
    for (const release of [...this.syncs.values()]) release();
    for (const listener of this.resetListeners) listener();
  }

  private scheduleRetry(): void {
    if (this.closed || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      void this.start();
    }, this.retryMs);
    this.retry.unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.live = false;
    if (this.retry) clearTimeout(this.retry);
    if (this.heartbeat) clearInterval(this.heartbeat);
    for (const release of [...this.syncs.values()]) release();
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => {});
  }
}

/** How the app's pool connects, for a connection of the feed's own outside the pool. */
export function connectionOf(db: Database): pg.ClientConfig {
  const pool = (db as Database & { $client?: pg.Pool }).$client;
  if (!(pool instanceof pg.Pool)) throw new Error('the database handle has no pg pool');
  const { max: _max, connectionTimeoutMillis, ...connection } = pool.options;
  return { ...connection, connectionTimeoutMillis };
}
