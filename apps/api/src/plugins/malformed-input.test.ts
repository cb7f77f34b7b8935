import type { InjectOptions } from 'fastify';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../testing/test-app';

/**
 * For every route in the OpenAPI document: wrong types, huge strings, unknown codes, bad period codes,
 * NaN and Infinity, empty bodies, wrong content types and unknown fields. None may produce a 500 or an
 * answer outside the error shape, and nothing stored may change.
 */
interface Operation {
  method: string;
  path: string;
  parameters: Array<{ name: string; in: 'path' | 'query' | 'header'; schema?: { type?: string } }>;
  body?: { properties?: Record<string, FieldSchema> };
}

const HUGE = 'x'.repeat(20_000);
const GOOD_PATH_VALUES: Record<string, string> = {
  planId: 'HP-2024',
  indicatorCode: 'turnover_total',
  dataElementCode: 'external_leavers',
  unitCode: 'FARSTA',
  periodCode: '2025-T2',
};
const BAD_PATH_VALUES = [
  HUGE,
  'NO_SUCH_CODE',
  '2025-T9',
  'NaN',
  'Infinity',
  '00000000-0000-0000-0000-000000000000',
  "'; DROP TABLE units; --",
  '%00',
  '..%2F..%2Fetc',
];
const BAD_QUERY_VALUES = ['NaN', 'Infinity', '-1e999', HUGE, '2025-T9', 'NO_SUCH_CODE', '', '[]', '{}', '1.5', '-1'];
const BAD_BODIES: Array<{ payload: string; contentType: string }> = [
  { payload: '', contentType: 'application/json' },
  { payload: '{', contentType: 'application/json' },
  { payload: 'null', contentType: 'application/json' },
  { payload: '[]', contentType: 'application/json' },
  { payload: '"text"', contentType: 'application/json' },
  { payload: '{"unknownField": 1}', contentType: 'application/json' },
  { payload: '{"value": 1e999}', contentType: 'application/json' },
  { payload: '{"__proto__": {"admin": true}}', contentType: 'application/json' },
  { payload: 'value=1', contentType: 'application/x-www-form-urlencoded' },
  { payload: 'value;1', contentType: 'text/csv' },
  { payload: '<value>1</value>', contentType: 'application/xml' },
];
const WRONG_TYPED = ['NaN', 'Infinity', HUGE, -1e308, 1.5, true, null, [], {}, '2025-T9'];

interface FieldSchema {
  type?: string | string[];
  maxLength?: number;
}

/**
 * The values of WRONG_TYPED that are wrong for this field: "NaN" is malformed for a number but a fine text,
 * so a field that takes free text is only sent what its schema refuses (a huge string beyond its maxLength).
 */
function wrongValuesFor(field: FieldSchema | undefined): unknown[] {
  const types = [field?.type ?? []].flat();
  if (!types.includes('string')) return WRONG_TYPED;
  return WRONG_TYPED.filter((value) => typeof value !== 'string' || (field?.maxLength !== undefined && value.length > field.maxLength));
}

function operationsOf(document: { paths: Record<string, Record<string, Record<string, unknown>>> }): Operation[] {
  return Object.entries(document.paths)
    .filter(([path]) => path.startsWith('/api/'))
    .flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => {
        const content = (operation.requestBody as { content?: Record<string, { schema?: Operation['body'] }> } | undefined)?.content;
        return {
          method: method.toUpperCase(),
          path,
          parameters: (operation.parameters as Operation['parameters'] | undefined) ?? [],
          body: content?.['application/json']?.schema,
        };
      }),
    );
}

function urlOf(path: string, values: Record<string, string> = {}): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(values[name] ?? GOOD_PATH_VALUES[name] ?? '6f1c2d1e-0000-4000-8000-000000000000'),
  );
}

/** Every field an object: wrong for every field this API has, so a request stays invalid whichever field is varied. */
function wrongBodyFor(operation: Operation): Record<string, unknown> {
  return Object.fromEntries(Object.keys(operation.body?.properties ?? {}).map((name) => [name, {}]));
}

describe('malformed input on every route', () => {
  const t = useTestApp('demo');

  async function expectClientError(request: InjectOptions, label: string) {
    const response = await t.app.inject(request);
    expect(response.statusCode, `${label} → ${response.statusCode} ${response.body.slice(0, 300)}`).toBeLessThan(500);
    if (response.statusCode >= 400) {
      const body = response.json();
      expect(body.error?.code, label).toMatch(/^[a-z_]+\.[a-z_]+$/);
      expect(body.requestId, label).toBe(response.headers['x-request-id']);
    }
    return response.statusCode;
  }

  it('never answers 500, always in the one error shape, and changes nothing stored', async () => {
    const counts = async () =>
      (
        await t.database.owner.execute(
          sql`SELECT (SELECT count(*) FROM data_values) AS v, (SELECT sum(version) FROM data_values) AS s, (SELECT count(*) FROM plans) AS p, (SELECT count(*) FROM goals) AS g, (SELECT count(*) FROM targets) AS t, (SELECT count(*) FROM units) AS u,
            (SELECT count(*) FROM reporting_cycles) AS c, (SELECT string_agg(state::text, ',' ORDER BY id) FROM unit_reports) AS r,
            (SELECT count(*) FROM explanations) AS e, (SELECT count(*) FROM comments) AS k, (SELECT count(*) FROM positions) AS q`,
        )
      ).rows[0];
    const before = await counts();
    const document = (await t.app.inject({ method: 'GET', url: '/docs/json' })).json();
    const operations = operationsOf(document);
    expect(operations.length).toBeGreaterThanOrEqual(8);
    let requests = 0;

    for (const operation of operations) {
      const label = `${operation.method} ${operation.path}`;
      const send = async (request: InjectOptions, what: string) => {
        requests++;
        return expectClientError({ method: operation.method as InjectOptions['method'], ...request }, `${label} ${what}`);
      };
      const bodyless = operation.body === undefined;
      const baseBody = bodyless ? undefined : JSON.stringify({ unknownField: 1 });
      const headers = bodyless ? {} : { 'content-type': 'application/json' };

      for (const parameter of operation.parameters.filter((p) => p.in === 'path')) {
        for (const bad of BAD_PATH_VALUES) {
          await send(
            { url: urlOf(operation.path, { [parameter.name]: bad }), payload: baseBody, headers },
            `path ${parameter.name}=${bad.slice(0, 20)}`,
          );
        }
      }
      for (const parameter of operation.parameters.filter((p) => p.in === 'query')) {
        for (const bad of BAD_QUERY_VALUES) {
          await send(
            { url: `${urlOf(operation.path)}?${parameter.name}=${encodeURIComponent(bad)}`, payload: baseBody, headers },
            `query ${parameter.name}=${bad.slice(0, 20)}`,
          );
        }
      }
      await send({ url: `${urlOf(operation.path)}?unknownParameter=1`, payload: baseBody, headers }, 'unknown query parameter');
      if (bodyless) continue;

      for (const { payload, contentType } of BAD_BODIES) {
        const status = await send(
          { url: urlOf(operation.path), payload, headers: { 'content-type': contentType } },
          `body ${payload.slice(0, 30)} as ${contentType}`,
        );
        expect([400, 403, 404, 413, 415], `${label} body ${payload.slice(0, 30)}`).toContain(status);
      }
      const wrongBody = wrongBodyFor(operation);
      for (const field of Object.keys(wrongBody)) {
        for (const wrong of wrongValuesFor(operation.body?.properties?.[field])) {
          const payload = JSON.stringify({ ...wrongBody, [field]: wrong });
          await send(
            { url: urlOf(operation.path), payload, headers: { 'content-type': 'application/json' } },
            `field ${field}=${JSON.stringify(wrong).slice(0, 20)}`,
          );
        }
      }
    }
    expect(requests).toBeGreaterThan(200);
    expect(await counts()).toEqual(before);
    // Thousands of requests through the whole stack: minutes on a busy machine, and more with every route.
  }, 600_000);
});

/** A text no PostgreSQL text column can hold: a NUL in the middle, or half of a surrogate pair. */
const NUL_TEXT = 'NUL-MARKER\u0000text';
const LONE_SURROGATE_JSON = '"SURROGATE-MARKER\\ud800"';

describe('text PostgreSQL cannot store, in every string every route takes', () => {
  const lines: string[] = [];
  const t = useTestApp('demo', {}, { logStream: { write: (line) => lines.push(line) } });

  it('is refused with 400 request.invalid_character naming the field, before anything reads it, and never logged', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/docs/json' })).json();
    const operations = operationsOf(document);
    const failures: string[] = [];
    let requests = 0;
    const expectRefused = async (request: InjectOptions, field: string, label: string) => {
      requests++;
      const response = await t.app.inject(request);
      const body = response.statusCode < 500 ? response.json() : undefined;
      const named = (body?.error?.details ?? []).some((detail: { field?: string }) => detail.field === field);
      if (response.statusCode !== 400 || body?.error?.code !== 'request.invalid_character' || !named) {
        failures.push(`${label} → ${response.statusCode} ${response.body.slice(0, 160)}`);
      }
    };

    for (const operation of operations) {
      const method = operation.method as InjectOptions['method'];
      const label = `${operation.method} ${operation.path}`;
      const json = operation.body === undefined ? {} : { 'content-type': 'application/json' };
      const payload = operation.body === undefined ? undefined : '{}';
      for (const parameter of operation.parameters) {
        if (parameter.in === 'path') {
          await expectRefused(
            { method, url: urlOf(operation.path, { [parameter.name]: NUL_TEXT }), headers: json, payload },
            `params.${parameter.name}`,
            `${label} path ${parameter.name}`,
          );
        } else if (parameter.in === 'query') {
          await expectRefused(
            { method, url: `${urlOf(operation.path)}?${parameter.name}=${encodeURIComponent(NUL_TEXT)}`, headers: json, payload },
            `query.${parameter.name}`,
            `${label} query ${parameter.name}`,
          );
        }
      }
      if (['POST', 'PUT', 'PATCH', 'DELETE'].includes(operation.method)) {
        // Every write takes X-Change-Reason, percent-encoded UTF-8: %00 is a NUL once decoded.
        await expectRefused(
          { method, url: urlOf(operation.path), headers: { ...json, 'x-change-reason': encodeURIComponent(NUL_TEXT) }, payload },
          'headers.x-change-reason',
          `${label} header X-Change-Reason`,
        );
      }
      for (const field of Object.keys(operation.body?.properties ?? {})) {
        await expectRefused(
          { method, url: urlOf(operation.path), headers: json, payload: JSON.stringify({ [field]: NUL_TEXT }) },
          `body.${field}`,
          `${label} body ${field} with NUL`,
        );
        await expectRefused(
          { method, url: urlOf(operation.path), headers: json, payload: `{"${field}": ${LONE_SURROGATE_JSON}}` },
          `body.${field}`,
          `${label} body ${field} with a lone surrogate`,
        );
        await expectRefused(
          { method, url: urlOf(operation.path), headers: json, payload: JSON.stringify({ [field]: [{ nested: NUL_TEXT }] }) },
          `body.${field}.0.nested`,
          `${label} body ${field} nested`,
        );
      }
    }
    expect(failures).toEqual([]);
    expect(requests).toBeGreaterThan(200);

    const entries = lines.map((line) => JSON.parse(line) as { level: number; msg?: string });
    expect(entries.filter((entry) => entry.level >= 40).map((entry) => entry.msg)).toEqual([]);
    // The URL of each request is in the access log as sent (percent-encoded); the text itself never is.
    expect(lines.filter((line) => line.includes('\\u0000') || line.includes('SURROGATE-MARKER') || /NUL-MARKER(?!%00)/.test(line))).toEqual(
      [],
    );
  }, 600_000);
});
