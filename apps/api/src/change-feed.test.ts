import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@planpuls/db/testing';
import { ChangeFeed, connectionOf } from './change-feed';
import { LiveCache } from './live-cache';

const until = async (check: () => boolean, ms = 5_000) => {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > ms) throw new Error('condition not reached');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

describe('the change feed and what it keeps', () => {
  const database = useTestDatabase('demo');
  let feed: ChangeFeed;
  let municipalityId: string;

  beforeAll(async () => {
    feed = new ChangeFeed(connectionOf(database.app), 50);
    await feed.start();
    const [row] = (await database.owner.execute<{ id: string }>(sql`SELECT id FROM municipalities WHERE code = 'STOCKHOLM'`)).rows;
    municipalityId = row!.id;
  });
  afterAll(() => feed.close());

  it('hears a committed change to users of a municipality, and only after commit', async () => {
    const heard: string[] = [];
    feed.onChange((channel, payload) => heard.push(`${channel}:${payload}`));
    await database.owner.transaction(async (tx) => {
      await tx.execute(sql`UPDATE users SET display_name = display_name WHERE email = 'lasare@planpuls.test'`);
      await feed.caughtUp();
      expect(heard).toEqual([]);
    });
    await feed.caughtUp();
    expect(heard).toEqual([`planpuls_principals:${municipalityId}`]);
  });

  it('keeps an entry until its group changes, and serves nothing from memory while the feed is down', async () => {
    const cache = new LiveCache<number>(feed, 'planpuls_principals');
    let reads = 0;
    const load = async () => ({ value: ++reads, group: municipalityId, expiresAt: Date.now() + 60_000 });
    expect(await cache.get('someone', load)).toBe(1);
    expect(await cache.get('someone', load)).toBe(1);

    await database.owner.execute(sql`UPDATE user_roles SET valid_until = valid_until WHERE municipality_id = ${municipalityId}`);
    await feed.caughtUp();
    expect(await cache.get('someone', load)).toBe(2);

    // The listening connection is cut: notices sent meanwhile would be lost, so nothing is kept.
    const [listener] = (
      await database.app.execute<{ pid: number }>(
        sql`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'planpuls-change-feed'`,
      )
    ).rows;
    // As the role the feed connects as: an owner who is no superuser may not end another role's connection.
    await database.app.execute(sql`SELECT pg_terminate_backend(${listener!.pid})`);
    await until(() => !feed.live);
    expect(await cache.get('someone', load)).toBe(3);
    expect(await cache.get('someone', load)).toBe(4);

    await until(() => feed.live);
    expect(await cache.get('someone', load)).toBe(5);
    expect(await cache.get('someone', load)).toBe(5);
  });

  it('does not keep a read that a change overtook', async () => {
    const cache = new LiveCache<string>(feed, 'planpuls_principals');
    const stale = await cache.get('someone', async () => {
      const value = 'read before the change';
      await database.owner.execute(sql`UPDATE users SET display_name = display_name WHERE email = 'lasare@planpuls.test'`);
      await feed.caughtUp();
      return { value, group: municipalityId, expiresAt: Date.now() + 60_000 };
    });
    expect(stale).toBe('read before the change');
    expect(await cache.get('someone', async () => ({ value: 'read again', group: municipalityId, expiresAt: Date.now() + 60_000 }))).toBe(
      'read again',
    );
  });

  it('ends an entry by itself when it expires', async () => {
    const cache = new LiveCache<string>(feed, 'planpuls_principals');
    await cache.get('someone', async () => ({ value: 'first', group: municipalityId, expiresAt: Date.now() + 30 }));
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(await cache.get('someone', async () => ({ value: 'second', group: municipalityId, expiresAt: Date.now() + 60_000 }))).toBe(
      'second',
    );
  });

  it('ignores a session marked as seen, but names one that ends', async () => {
    const heard: string[] = [];
    feed.onChange((channel, payload) => channel === 'planpuls_sessions' && heard.push(payload));
    const [user] = (await database.owner.execute<{ id: string }>(sql`SELECT id FROM users WHERE email = 'lasare@planpuls.test'`)).rows;
    await database.owner.execute(
      sql`INSERT INTO sessions (id_hash, municipality_id, user_id, data) VALUES ('feed-test', ${municipalityId}, ${user!.id}, '{}')`,
    );
    await database.owner.execute(sql`UPDATE sessions SET last_seen_at = now() + interval '1 second' WHERE id_hash = 'feed-test'`);
    await feed.caughtUp();
    expect(heard).toEqual([]);
    await database.owner.execute(sql`DELETE FROM sessions WHERE id_hash = 'feed-test'`);
    await feed.caughtUp();
    expect(heard).toEqual(['feed-test']);
  });
});

describe('a listening connection that goes silent without closing', () => {
  const database = useTestDatabase('demo');

  /** A TCP relay to PostgreSQL that can stop passing anything on, keeping both sockets open (a network partition). */
  async function relay(target: { host: string; port: number }) {
    const sockets: Socket[] = [];
    let frozen = false;
    const server = createServer({ allowHalfOpen: true }, (client) => {
      const upstream = connect(target.port, target.host);
      sockets.push(client, upstream);
      client.on('data', (chunk) => !frozen && upstream.write(chunk));
      upstream.on('data', (chunk) => !frozen && client.write(chunk));
      client.on('error', () => {});
      upstream.on('error', () => {});
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
      port: (server.address() as AddressInfo).port,
      freeze: () => {
        frozen = true;
      },
      close: () => {
        for (const socket of sockets) socket.destroy();
        server.close();
      },
    };
  }

  async function feedThroughRelay() {
    const { connectionString, ...connection } = connectionOf(database.app);
    const url = new URL(connectionString!);
    const proxy = await relay({ host: url.hostname, port: Number(url.port || 5432) });
    url.host = `127.0.0.1:${proxy.port}`;
    return { feed: new ChangeFeed({ ...connection, connectionString: url.toString() }, 60_000), proxy };
  }

  it('stops serving from memory within seconds, and a write request does not wait for it', async () => {
    const { feed, proxy } = await feedThroughRelay();
    try {
      await feed.start();
      expect(feed.live).toBe(true);
      proxy.freeze();
      const started = Date.now();
      await Promise.race([feed.caughtUp(), new Promise((resolve) => setTimeout(resolve, 5_000))]);
      expect(Date.now() - started).toBeLessThan(3_000);
      await until(() => !feed.live, 10_000);
    } finally {
      await Promise.race([feed.close(), new Promise((resolve) => setTimeout(resolve, 500))]);
      proxy.close();
    }
  }, 30_000);

  it('notices by itself, without any write, that the connection went silent', async () => {
    const { feed, proxy } = await feedThroughRelay();
    try {
      await feed.start();
      expect(feed.live).toBe(true);
      proxy.freeze();
      await until(() => !feed.live, 10_000);
    } finally {
      await Promise.race([feed.close(), new Promise((resolve) => setTimeout(resolve, 500))]);
      proxy.close();
    }
  }, 30_000);
});
