import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { Type } from 'typebox';
import { LRUCache } from 'lru-cache';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '@planpuls/db';
import type { Grant } from '@planpuls/domain';
import type { ChangeFeed } from './change-feed';
import { LiveCache } from './live-cache';
import { readFigureStamp } from './modules/figures/figures.repository';

/** The 304 of a figure route, for its response schema (the OpenAPI document says every status a route answers). */
export const NOT_MODIFIED = {
  304: Type.Null({ description: 'Not modified: the answer is still the one with the ETag sent in If-None-Match (no body)' }),
} as const;

type Encoding = 'br' | 'gzip';

interface Ready {
  readonly json: Buffer;
  readonly etag: string;
  /** Compressed once, on the first request that accepts the encoding. */
  readonly compressed: Partial<Record<Encoding, Buffer>>;
}

/** Below this, compressing costs more than it saves (as the app's @fastify/compress threshold). */
const COMPRESS_FROM_BYTES = 1024;

/**
 * The visibility variant of a reader: their grants (role and unit scope), in a canonical order. Every figure answer
 * is a function of the database and of these alone (the figure basis of approved-figures.ts and the small-number
 * reader key of disclosure.ts are both read from the grants), so readers with the same roles share answers, and no
 * two readers who may see different things ever do: the viewers of a municipality share one variant, the steering
 * group another, each unit's HR one of their own. Nothing of the person (id, name, session) is part of it.
 */
export function variantOf(grants: readonly Grant[]): string {
  const parts = grants.map((grant) => `${grant.role}:${grant.allUnits ? '*' : [...grant.units].sort().join(',')}`);
  return [...new Set(parts)].sort().join(';');
}

/** Query and params as a key: the validated values, in key order, so `?a=1&b=2` and `?b=2&a=1` are one answer. */
function canonical(value: unknown): string {
  if (!value || typeof value !== 'object') return '';
  const record = value as Record<string, unknown>;
  return JSON.stringify(
    Object.keys(record)
      .sort()
      .map((key) => [key, record[key]]),
  );
}

/**
 * Whether If-None-Match names these bytes: a tag of them in any content coding (the client holds the same JSON once
 * decoded), its weak form (RFC 9110 compares If-None-Match weakly), one of a list, or `*`.
 */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some(
    (tag) =>
      tag
        .trim()
        .replace(/^W\//, '')
        .replace(/^("[A-Za-z0-9_-]{32})-(br|gzip)"$/, '$1"') === etag,
  );
}

/** The encoding to send: brotli, then gzip, when the client accepts it (q > 0), else none. */
function encodingFor(acceptEncoding: string | undefined): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  const accepted = new Set(
    acceptEncoding
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, ...params]) => !params.some((param) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(param)))
      .map(([name]) => name!.trim().toLowerCase()),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return undefined;
}

const COMPRESS: Record<Encoding, (json: Buffer) => Buffer> = {
  // The quality @fastify/compress uses: good ratio at a cost paid once per answer, not per request.
  br: (json) => brotliCompressSync(json, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }),
  gzip: (json) => gzipSync(json),
};

/** The bytes an entry holds: its forms, its key, and a little for the objects around them. */
const sizeOf = (ready: Ready, key: string) =>
  ready.json.length + (ready.compressed.br?.length ?? 0) + (ready.compressed.gzip?.length ?? 0) + key.length * 2 + 256;

/**
 * Figure answers (plan progress, goal series, indicator values, the review board) as ready bytes: for one (municipality stamp, route,
 * params, query, visibility variant) the answer is computed, serialised and compressed once and then served from
 * memory with a strong ETag, the hash of its bytes, so `304` is answered exactly when the body would be the same bytes.
 *
 * The stamp (figures.repository.ts readFigureStamp) moves with every write that can change a figure answer, by any
 * process. Each process keeps it per municipality only while the change feed is live, and forgets it when the feed
 * says it moved (migration 0026) or is lost; then it is read from PostgreSQL again, one small query. So the next read
 * after a commit anywhere computes the answer anew, and a ready answer or a 304 costs no query beyond authentication.
 * Memory is bounded by bytes (RESPONSE_CACHE_MB), least recently used first; answers of an older stamp are never
 * asked for again and age out.
 */
export class FigureResponses {
  private readonly ready: LRUCache<string, Ready>;
  /** Each municipality's stamp, kept while the change feed is live and until it says the stamp moved (migration 0026). */
  private readonly stamps: LiveCache<string>;

  constructor(
    private readonly db: Database,
    feed: ChangeFeed,
    maxBytes: number,
  ) {
    this.ready = new LRUCache<string, Ready>({ maxSize: maxBytes, sizeCalculation: sizeOf });
    this.stamps = new LiveCache<string>(feed, 'planpuls_figures');
  }

  /** The stamp from memory while the feed vouches for it, else read from PostgreSQL. */
  private async stampOf(municipalityId: string): Promise<string> {
    const stamp = await this.stamps.get(municipalityId, async () => ({
      value: await readFigureStamp(this.db, municipalityId),
      group: municipalityId,
      expiresAt: Number.POSITIVE_INFINITY,
    }));
    return stamp!;
  }

  /** Bytes held now (for tests and the benchmark). */
  get size(): number {
    return this.ready.calculatedSize;
  }

  /**
   * Answers the request from the ready bytes, computing them with `compute` when there are none. The answer is
   * serialised with the route's own response schema, exactly as Fastify would have.
   */
  async serve(
    request: FastifyRequest,
    reply: FastifyReply,
    compute: () => Promise<unknown>,
    /** What else the answer depends on for this reader besides their grants (the review board: their reference group, the day). */
    variant = '',
  ): Promise<FastifyReply> {
    const municipalityId = request.municipalityId;
    const stamp = await this.stampOf(municipalityId);
    const key = [
      municipalityId,
      stamp,
      variantOf(request.principal!.grants),
      variant,
      request.routeOptions.url,
      canonical(request.params),
      canonical(request.query),
    ].join('\n');
    let ready = this.ready.get(key);
    if (!ready) {
      const json = Buffer.from(reply.serialize(await compute()) as string, 'utf8');
      ready = { json, etag: `"${createHash('sha256').update(json).digest('base64url').slice(0, 32)}"`, compressed: {} };
      // Kept only when nothing moved while it was computed: the answer then belongs to this stamp and no other.
      if ((await this.stampOf(municipalityId)) === stamp) this.ready.set(key, ready);
    }
    const encoding = ready.json.length >= COMPRESS_FROM_BYTES ? encodingFor(request.headers['accept-encoding']) : undefined;
    // A strong tag names one representation: the compressed bytes get the tag of the JSON with their coding.
    reply.header('etag', encoding ? `${ready.etag.slice(0, -1)}-${encoding}"` : ready.etag).header('vary', 'accept-encoding');
    if (matchesEtag(request.headers['if-none-match'], ready.etag)) return reply.code(304).send();

    reply.type('application/json; charset=utf-8');
    if (!encoding) return reply.send(ready.json);
    let body = ready.compressed[encoding];
    if (!body) {
      body = COMPRESS[encoding](ready.json);
      ready.compressed[encoding] = body;
      // Counted again with its compressed forms; gone already if evicted meanwhile, and then not brought back.
      if (this.ready.peek(key) === ready) this.ready.set(key, ready);
    }
    return reply.header('content-encoding', encoding).send(body);
  }
}
