import { sql } from 'drizzle-orm';
import Fastify, { type FastifyInstance, type InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@planpuls/db/testing';
import { useTestApp } from '../testing/test-app';
import { useErrorHandler } from './error-handler';

describe('malformed requests', () => {
  const t = useTestApp('demo');
  const expectError = async (request: InjectOptions, status: number, code: string) => {
    const response = await t.app.inject(request);
    expect(response.statusCode, response.body).toBe(status);
    const body = response.json();
    expect(body).toMatchObject({ error: { code, message: expect.any(String) }, requestId: response.headers['x-request-id'] });
    return body;
  };

  it('answers an unknown API route with a JSON 404', async () => {
    await expectError({ method: 'GET', url: '/api/v1/nothing-here' }, 404, 'request.route_not_found');
    await expectError({ method: 'DELETE', url: '/api/v1/units' }, 404, 'request.route_not_found');
  });

  it('refuses huge strings, wrong types and NaN in parameters', async () => {
    await expectError({ method: 'GET', url: `/api/v1/plans/${'x'.repeat(500)}` }, 400, 'request.invalid');
    const beyondRouter = await expectError({ method: 'GET', url: `/api/v1/plans/${'x'.repeat(10_000)}` }, 404, 'request.route_not_found');
    expect(beyondRouter.error.message.length).toBeLessThan(300);
    await expectError({ method: 'GET', url: '/api/v1/periods?fromYear=NaN' }, 400, 'request.invalid');
    await expectError({ method: 'GET', url: '/api/v1/periods?fromYear=Infinity' }, 400, 'request.invalid');
    await expectError({ method: 'GET', url: '/api/v1/periods?fromYear=2025.5' }, 400, 'request.invalid');
    await expectError({ method: 'GET', url: '/api/v1/periods?fromYear=1066' }, 400, 'request.invalid');
    await expectError({ method: 'GET', url: `/api/v1/periods?kind=${'y'.repeat(5000)}` }, 400, 'request.invalid');
  });

  it('lists a bounded number of problems, however many a body has, so a 1 MB body cannot ask for a 4 MB answer', async () => {
    const payload = { value: 1, ...Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, i])) };
    const body = await expectError(
      { method: 'PUT', url: '/api/v1/data-values/student_placements/FARSTA/2027-T2', payload },
      400,
      'request.invalid',
    );
    expect(body.error.details.length).toBeLessThanOrEqual(21);
    expect(body.error.details[0]).toEqual({ field: 'body.k0', message: 'must NOT have additional properties' });
    expect(body.error.details.at(-1).message).toMatch(/49\s?980 more/);
  });

  it('treats a plan id that is not a uuid as a code that does not exist', async () => {
    await expectError({ method: 'GET', url: "/api/v1/plans/'%3B%20DROP%20TABLE%20plans%3B--" }, 404, 'plans.not_found');
    const stillThere = await t.app.inject({ method: 'GET', url: '/api/v1/plans' });
    expect(stillThere.json().items).toHaveLength(2);
  });
});

describe('values PostgreSQL refuses as data, when validation let them through', () => {
  const database = useTestDatabase('empty');
  const lines: string[] = [];
  let app: FastifyInstance;

  beforeAll(async () => {
    app = Fastify({ logger: { level: 'info', stream: { write: (line: string) => lines.push(line) } } });
    useErrorHandler(app);
    app.post('/cast', async (request) => {
      const { value, type } = request.body as { value: string; type: string };
      return (await database.app.execute(sql`SELECT ${value}::${sql.raw(type)} AS cast`)).rows[0];
    });
    await app.ready();
  });
  afterAll(() => app?.close());

  it('answer 400 request.invalid_value, never 500, and the log names the SQLSTATE but not the value', async () => {
    const cases = [
      { value: 'SECRET\u0000', type: 'text', state: '22021' },
      // 22001 (too long for a varchar(n) column) arises only on assignment; its mapping is in the unit test.
      { value: '99999', type: 'smallint', state: '22003' },
      { value: 'SECRET', type: 'integer', state: '22P02' },
      { value: 'SECRET', type: 'date', state: '22007' },
      { value: '2025-13-45', type: 'date', state: '22008' },
    ];
    for (const { value, type, state } of cases) {
      const response = await app.inject({ method: 'POST', url: '/cast', payload: { value, type } });
      expect(response.statusCode, `${type} ${response.body}`).toBe(400);
      expect(response.json().error.code).toBe('request.invalid_value');
      expect(response.body).not.toContain('SECRET');
      expect(
        lines.some((line) => line.includes(`"sqlState":"${state}"`)),
        state,
      ).toBe(true);
    }
    expect(lines.filter((line) => line.includes('SECRET') || line.includes('2025-13-45'))).toEqual([]);
    expect(lines.filter((line) => JSON.parse(line).level >= 50)).toEqual([]);
  });
});
