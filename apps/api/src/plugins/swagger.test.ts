import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
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
    const operations = Object.entries(document.paths as Record<string, Record<string, Record<string, unknown>>>).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
    );
    expect(operations.length).toBeGreaterThanOrEqual(8);
    const ids = new Set<string>();
    for (const { path, method, operation } of operations) {
      expect(operation.operationId, `${method} ${path}`).toEqual(expect.any(String));
      ids.add(operation.operationId as string);
      expect((operation.tags as string[]).length, `${method} ${path}`).toBeGreaterThan(0);
      const responses = operation.responses as Record<string, unknown>;
      expect(Object.keys(responses).some((status) => /^[23]\d\d$/.test(status)), `${method} ${path}`).toBe(true);
      if (path !== '/api/v1/health') expect(Object.keys(responses), `${method} ${path}`).toEqual(expect.arrayContaining(['400', '500', '503']));
    }
    expect(ids.size).toBe(operations.length);
  });
});
