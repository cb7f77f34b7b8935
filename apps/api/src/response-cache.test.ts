import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from './testing/test-app';

const VIEWER = 'lasare@planpuls.test';
const STEERING = 'styrgrupp@planpuls.test';
const PROGRESS = '/api/v1/plans/HP-2024/progress?period=2025-T2';
const VALUES = '/api/v1/indicators/turnover_total/values?period=2025-T2&group=SOC';
const SERIES = '/api/v1/plans/HP-2024/goals/2.1/series?period=2025-T2&units=FARSTA,BROMMA';
/** In the demo Farsta's 2025-T3 report is open: the steering group reads its drafts there, a viewer does not. */
const PROGRESS_T3 = '/api/v1/plans/HP-2024/progress?period=2025-T3';

/**
 * Issue #19, point 2: figure answers are ready bytes per (municipality stamp, resource, visibility variant) with a
 * strong ETag; If-None-Match gets 304 exactly when the answer would be the same bytes.
 */
describe('figure answers with ETags', () => {
  const t = useTestApp('demo');
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    for (const email of [VIEWER, STEERING]) cookies[email] = await t.loginAs(email);
  });

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });
  const as = (email: string, url: string, headers: Record<string, string> = {}) => get(url, { cookie: cookies[email]!, ...headers });

  /** Changes Farsta's external leavers (SOC, 2025-T2) through the owner's own connection, as another API process would. */
  const addLeavers = (delta: number) =>
    t.database.owner.transaction(async (tx) => {
      // Farsta's 2025-T2 report is approved: a change to it carries a reason.
      await tx.execute(sql`SELECT set_config('planpuls.actor_type', 'user', true), set_config('planpuls.reason', 'Rättelse', true)`);
      await tx.execute(sql`
        UPDATE data_values v SET value = v.value + ${delta}
        FROM data_elements e, units u, professional_groups g, periods p
        WHERE e.id = v.data_element_id AND u.id = v.unit_id AND g.id = v.professional_group_id AND p.id = v.period_id
          AND e.code = 'external_leavers' AND u.code = 'FARSTA' AND g.code = 'SOC' AND p.code = '2025-T2'`);
    });

  it('sends a strong ETag with progress, goal series and indicator values, and answers 304 without a body when it matches', async () => {
    for (const url of [PROGRESS, VALUES, SERIES]) {
      const first = await get(url);
      expect(first.statusCode, first.body).toBe(200);
      const etag = first.headers.etag as string;
      expect(etag, url).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
      expect(first.headers['content-type']).toMatch(/^application\/json/);

      const again = await get(url, { 'if-none-match': etag });
      expect(again.statusCode, url).toBe(304);
      expect(again.rawPayload.length).toBe(0);
      expect(again.headers.etag).toBe(etag);
      // A list of tags and the weak form of the same tag match as well (RFC 9110 compares If-None-Match weakly).
      expect((await get(url, { 'if-none-match': `"other", W/${etag}` })).statusCode).toBe(304);
      // Another tag gets the whole answer, the same bytes as before.
      const other = await get(url, { 'if-none-match': '"not-this-one"' });
      expect(other.statusCode).toBe(200);
      expect(other.rawPayload.equals(first.rawPayload)).toBe(true);
    }
  });

  it('after a value is changed by another connection, the next read is not 304 and shows the new value', async () => {
    const before = await get(VALUES);
    const farsta = (body: string) => JSON.parse(body).units.find((u: { unit: string }) => u.unit === 'FARSTA');
    const progressBefore = await get(PROGRESS);

    await addLeavers(3);
    const after = await get(VALUES, { 'if-none-match': before.headers.etag as string });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(farsta(after.body).numerator).toBe(farsta(before.body).numerator + 3);
    const progressAfter = await get(PROGRESS, { 'if-none-match': progressBefore.headers.etag as string });
    expect(progressAfter.statusCode).toBe(200);
    expect(progressAfter.body).not.toBe(progressBefore.body);

    // And back: the same bytes as at first, so the first ETag matches again.
    await addLeavers(-3);
    const restored = await get(VALUES, { 'if-none-match': before.headers.etag as string });
    expect(restored.statusCode).toBe(304);
    expect((await get(VALUES)).rawPayload.equals(before.rawPayload)).toBe(true);
  });

  it('while the change feed is down, reads the stamp from PostgreSQL on every request and still sees another connection’s change', async () => {
    const before = await get(VALUES);
    const feed = t.app.changeFeed;
    feed.live = false;
    try {
      await addLeavers(2);
      const after = await get(VALUES, { 'if-none-match': before.headers.etag as string });
      expect(after.statusCode).toBe(200);
      expect(after.body).not.toBe(before.body);
      await addLeavers(-2);
      expect((await get(VALUES, { 'if-none-match': before.headers.etag as string })).statusCode).toBe(304);
    } finally {
      await feed.caughtUp();
      feed.live = true;
    }
  });

  it('answers 304 only when the body would be byte-identical: one ETag is always one body, across readers, resources and changes', async () => {
    const bodies = new Map<string, Buffer>();
    const record = (response: Awaited<ReturnType<typeof get>>) => {
      expect(response.statusCode, response.body).toBe(200);
      const etag = response.headers.etag as string;
      const seen = bodies.get(etag);
      if (seen) expect(seen.equals(response.rawPayload), etag).toBe(true);
      else bodies.set(etag, response.rawPayload);
    };
    const readAll = async () => {
      for (const url of [PROGRESS, PROGRESS_T3, VALUES, SERIES, '/api/v1/indicators/turnover_total/values?period=2025-T1&group=SOC']) {
        record(await get(url));
        for (const email of [VIEWER, STEERING]) record(await as(email, url));
      }
    };
    await readAll();
    const before = bodies.size;
    // A change that moves the revision but none of these answers: their ETags stay and still answer 304.
    const unrelated = await get(PROGRESS);
    await t.database.owner.execute(sql`UPDATE units SET name = name WHERE code = 'FARSTA'`);
    expect((await get(PROGRESS, { 'if-none-match': unrelated.headers.etag as string })).statusCode).toBe(304);
    await readAll();
    expect(bodies.size).toBe(before);
    await addLeavers(1);
    await readAll();
    // The change reached some answers (new bodies, new tags), and no tag ever stood for two bodies.
    expect(bodies.size).toBeGreaterThan(before);
    const distinct = new Set([...bodies.values()].map((body) => body.toString('base64')));
    expect(distinct.size).toBe(bodies.size);
    await addLeavers(-1);
  }, 240_000);

  it('never gives a viewer the steering group’s answer or the reverse, on the same resource', async () => {
    const viewer = await as(VIEWER, PROGRESS_T3);
    const steering = await as(STEERING, PROGRESS_T3);
    expect(viewer.statusCode, viewer.body).toBe(200);
    expect(steering.statusCode, steering.body).toBe(200);
    // They may see different things here (Farsta's drafts), so the answers must differ.
    expect(steering.body).not.toBe(viewer.body);
    expect(steering.headers.etag).not.toBe(viewer.headers.etag);

    // With the answer of the other in hand, each gets their own, whole: not a 304, not the other's bytes.
    const viewerAgain = await as(VIEWER, PROGRESS_T3, { 'if-none-match': steering.headers.etag as string });
    expect(viewerAgain.statusCode).toBe(200);
    expect(viewerAgain.body).toBe(viewer.body);
    const steeringAgain = await as(STEERING, PROGRESS_T3, { 'if-none-match': viewer.headers.etag as string });
    expect(steeringAgain.statusCode).toBe(200);
    expect(steeringAgain.body).toBe(steering.body);
    expect((await as(VIEWER, PROGRESS_T3, { 'if-none-match': viewer.headers.etag as string })).statusCode).toBe(304);
    expect((await as(STEERING, PROGRESS_T3, { 'if-none-match': steering.headers.etag as string })).statusCode).toBe(304);
  });

  it('answers a matching If-None-Match from memory: no query beyond what authentication needs, while the change feed is live', async () => {
    const first = await get(PROGRESS);
    await get(PROGRESS, { 'if-none-match': first.headers.etag as string });
    const pool = (t.database.app as unknown as { $client: unknown }).$client as {
      query: (...args: unknown[]) => unknown;
      connect: (...args: unknown[]) => unknown;
    };
    const sent: string[] = [];
    const { query, connect } = pool;
    pool.query = (...args: unknown[]) => {
      sent.push(String((args[0] as { text?: string }).text ?? args[0]));
      return query.apply(pool, args);
    };
    pool.connect = (...args: unknown[]) => {
      sent.push('connect');
      return connect.apply(pool, args);
    };
    try {
      await t.app.changeFeed.caughtUp();
      const again = await t.app.inject({
        method: 'GET',
        url: PROGRESS,
        headers: { cookie: cookies[VIEWER]!, 'if-none-match': (await as(VIEWER, PROGRESS)).headers.etag as string },
      });
      sent.length = 0;
      const answer = await t.app.inject({
        method: 'GET',
        url: PROGRESS,
        headers: { cookie: cookies[VIEWER]!, 'if-none-match': again.headers.etag as string },
      });
      expect(answer.statusCode).toBe(304);
      expect(sent).toEqual([]);
      // The same watch sees the queries of an answer not ready yet.
      await t.app.inject({ method: 'GET', url: VALUES.replace('2025-T2', '2024-T3'), headers: { cookie: cookies[VIEWER]! } });
      expect(sent.length).toBeGreaterThan(0);
    } finally {
      pool.query = query;
      pool.connect = connect;
    }
  });

  it('compresses an answer once and sends the same bytes in every encoding, each with its own tag of the same JSON', async () => {
    const plain = await get(PROGRESS);
    const gzip = await get(PROGRESS, { 'accept-encoding': 'gzip' });
    const br = await get(PROGRESS, { 'accept-encoding': 'gzip, br' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(br.headers['content-encoding']).toBe('br');
    expect(gunzipSync(gzip.rawPayload).equals(plain.rawPayload)).toBe(true);
    expect(brotliDecompressSync(br.rawPayload).equals(plain.rawPayload)).toBe(true);
    // Each representation has its own strong tag; any of them names the same JSON, so each answers 304.
    expect([gzip.headers.etag, br.headers.etag]).toEqual([
      `${(plain.headers.etag as string).slice(0, -1)}-gzip"`,
      `${(plain.headers.etag as string).slice(0, -1)}-br"`,
    ]);
    for (const etag of [plain.headers.etag, gzip.headers.etag, br.headers.etag] as string[]) {
      expect((await get(PROGRESS, { 'accept-encoding': 'gzip', 'if-none-match': etag })).statusCode).toBe(304);
    }
    expect(gzip.headers.vary).toMatch(/accept-encoding/i);
    // Refused encodings are not sent.
    expect((await get(PROGRESS, { 'accept-encoding': 'br;q=0, gzip' })).headers['content-encoding']).toBe('gzip');
  });
});

describe('figure answers kept in memory', () => {
  const t = useTestApp('demo', { responseCacheMb: 1 });

  it('stay within the configured budget of bytes, the least recently used going first', async () => {
    const periods = [
      '2022-T1',
      '2022-T2',
      '2022-T3',
      '2022',
      '2023-T1',
      '2023-T2',
      '2023-T3',
      '2024-T1',
      '2024-T2',
      '2024-T3',
      '2025-T1',
      '2025-T2',
      '2025-T3',
      '2023',
      '2024',
      '2025',
    ];
    let total = 0;
    for (const period of periods) {
      const response = await t.app.inject({ method: 'GET', url: `/api/v1/plans/HP-2024/progress?period=${period}` });
      expect(response.statusCode, response.body).toBe(200);
      total += response.rawPayload.length;
      expect(t.app.figureResponses.size).toBeLessThanOrEqual(1024 * 1024);
    }
    // The answers together are larger than the budget, so some had to go, and the latest are kept.
    expect(total).toBeGreaterThan(1024 * 1024);
    expect(t.app.figureResponses.size).toBeGreaterThan(0);
  }, 240_000);
});
