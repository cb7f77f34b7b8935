import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { createMunicipality } from '../testing/fixtures';
import { useTestApp } from '../testing/test-app';

describe('the OpenAPI document', () => {
  const t = useTestApp('empty');

  it('is OpenAPI 3.1 and served at /docs/json, with the UI at /docs', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/docs/json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    expect(document.components.schemas.Error).toBeDefined();
    const ui = await t.app.inject({ method: 'GET', url: '/docs' });
    expect([200, 302]).toContain(ui.statusCode);
  });

  it('is valid against the OpenAPI 3.1 schema', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/docs/json' })).json();
    const validator = new Validator();
    const result = await validator.validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    const broken = await new Validator().validate({ ...document, info: undefined, paths: { '/x': { get: { responses: 'none' } } } });
    expect(broken.valid).toBe(false);
  });

  it('gives every operation an operationId, tags and its error responses', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/docs/json' })).json();
    const operations = Object.entries(document.paths as Record<string, Record<string, Record<string, unknown>>>).flatMap(
      ([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
    );
    expect(operations.length).toBeGreaterThanOrEqual(8);
    const ids = new Set<string>();
    for (const { path, method, operation } of operations) {
      expect(operation.operationId, `${method} ${path}`).toEqual(expect.any(String));
      ids.add(operation.operationId as string);
      expect((operation.tags as string[]).length, `${method} ${path}`).toBeGreaterThan(0);
      const responses = operation.responses as Record<string, unknown>;
      expect(
        Object.keys(responses).some((status) => /^[23]\d\d$/.test(status)),
        `${method} ${path}`,
      ).toBe(true);
      if (path !== '/api/v1/health')
        expect(Object.keys(responses), `${method} ${path}`).toEqual(expect.arrayContaining(['400', '500', '503']));
    }
    expect(ids.size).toBe(operations.length);
  });
});

describe('request bodies', () => {
  const t = useTestApp('empty');

  it('bound every string a caller can send, so no text field stores megabytes', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/docs/json' })).json();
    const unbounded: string[] = [];
    let strings = 0;
    const walk = (schema: Record<string, unknown> | undefined, at: string): void => {
      if (!schema || typeof schema !== 'object') return;
      const types = [schema.type ?? []].flat();
      const bounded =
        schema.maxLength !== undefined ||
        schema.enum !== undefined ||
        schema.const !== undefined ||
        schema.format !== undefined ||
        schema.pattern !== undefined;
      if (types.includes('string')) strings++;
      if (types.includes('string') && !bounded) unbounded.push(at);
      for (const [name, child] of Object.entries((schema.properties as Record<string, Record<string, unknown>>) ?? {}))
        walk(child, `${at}.${name}`);
      if (schema.items) walk(schema.items as Record<string, unknown>, `${at}[]`);
      for (const key of ['anyOf', 'oneOf', 'allOf'] as const)
        for (const part of (schema[key] as Record<string, unknown>[]) ?? []) walk(part, at);
    };
    for (const [path, methods] of Object.entries(
      document.paths as Record<
        string,
        Record<string, { requestBody?: { content?: Record<string, { schema?: Record<string, unknown> }> } }>
      >,
    )) {
      for (const [method, operation] of Object.entries(methods)) {
        walk(operation.requestBody?.content?.['application/json']?.schema, `${method.toUpperCase()} ${path} body`);
      }
    }
    expect(strings).toBeGreaterThan(50);
    expect(unbounded).toEqual([]);
  });
});

describe('the API documentation, when DOCS_PUBLIC is off (the production default)', () => {
  const t = useTestApp('empty', { docsPublic: false });

  it('is refused to anonymous visitors with 401 and served to a logged-in person', async () => {
    for (const url of ['/docs', '/docs/json', '/docs/yaml']) {
      const anonymous = await t.anonymous.inject({ method: 'GET', url });
      expect(anonymous.statusCode, url).toBe(401);
      expect(anonymous.json().error.code, url).toBe('auth.not_logged_in');
    }
    await createMunicipality(t.database.owner);
    const document = await t.app.inject({ method: 'GET', url: '/docs/json' });
    expect(document.statusCode, document.body.slice(0, 200)).toBe(200);
    expect(document.json().openapi).toBe('3.1.0');
  });
});

describe('the API documentation, when DOCS_PUBLIC is on (demo and development)', () => {
  const t = useTestApp('empty', { docsPublic: true });

  it('is served to anonymous visitors', async () => {
    expect((await t.anonymous.inject({ method: 'GET', url: '/docs/json' })).statusCode).toBe(200);
  });
});
