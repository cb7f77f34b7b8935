import type { InjectOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../testing/test-app';

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

  it('treats a plan id that is not a uuid as a code that does not exist', async () => {
    await expectError({ method: 'GET', url: "/api/v1/plans/'%3B%20DROP%20TABLE%20plans%3B--" }, 404, 'plans.not_found');
    const stillThere = await t.app.inject({ method: 'GET', url: '/api/v1/plans' });
    expect(stillThere.json().items).toHaveLength(2);
  });
});
