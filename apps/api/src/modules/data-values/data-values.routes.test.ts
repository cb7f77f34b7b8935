import type { InjectOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app';

describe('PUT /api/v1/data-values/{element}/{unit}/{period}', () => {
  const t = useTestApp('demo');
  const put = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'PUT', url: `/api/v1/data-values/${path}`, payload: body as InjectOptions['payload'], headers });

  it('creates a new value without a precondition and returns its ETag', async () => {
    const response = await put('external_leavers/FARSTA/2026-T1?group=SOC', {
      value: 4,
      note: 'Två pensionsavgångar',
      reason: 'Första rapporten',
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.headers.etag).toBe('"1"');
    expect(response.json()).toMatchObject({
      dataElement: 'external_leavers',
      unit: 'FARSTA',
      group: 'SOC',
      period: '2026-T1',
      value: 4,
      note: 'Två pensionsavgångar',
      version: 1,
      state: 'open',
    });
  });

  it('refuses to change an existing value without If-Match (428) or with a stale one (412)', async () => {
    const missing = await put('external_leavers/FARSTA/2026-T1?group=SOC', { value: 5 });
    expect(missing.statusCode).toBe(428);
    expect(missing.json().error.code).toBe('data_values.precondition_required');

    const stale = await put('external_leavers/FARSTA/2026-T1?group=SOC', { value: 5 }, { 'if-match': '"7"' });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().error.code).toBe('data_values.version_conflict');

    const garbage = await put('external_leavers/FARSTA/2026-T1?group=SOC', { value: 5 }, { 'if-match': 'yesterday' });
    expect(garbage.statusCode).toBe(412);
  });

  it('changes the value with the current ETag and bumps the version', async () => {
    const changed = await put('external_leavers/FARSTA/2026-T1?group=SOC', { value: 5, reason: 'Rättelse' }, { 'if-match': '"1"' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.headers.etag).toBe('"2"');
    expect(changed.json()).toMatchObject({ value: 5, version: 2 });
    const again = await put('external_leavers/FARSTA/2026-T1?group=SOC', { value: 6 }, { 'if-match': '"1"' });
    expect(again.statusCode).toBe(412);
    expect(again.json().error.details[0].message).toContain('current version is 2');
  });

  it('lets the second of two concurrent writers with the same ETag lose, never silently overwrite', async () => {
    const [a, b] = await Promise.all([
      put('external_leavers/FARSTA/2026-T1?group=SOC', { value: 10 }, { 'if-match': '"2"' }),
      put('external_leavers/FARSTA/2026-T1?group=SOC', { value: 20 }, { 'if-match': '"2"' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 412]);
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/data-values?dataElement=external_leavers&unit=FARSTA&group=SOC&period=2026-T1',
    });
    const [stored] = list.json().items;
    expect(stored.version).toBe(3);
    expect(stored.value).toBe(a.statusCode === 200 ? 10 : 20);
  });

  it('requires ?group exactly when the element is split by professional group', async () => {
    const without = await put('external_leavers/FARSTA/2026-T1', { value: 1 });
    expect(without.statusCode).toBe(400);
    expect(without.json().error.code).toBe('data_values.group_required');
    const withGroup = await put('student_placements/FARSTA/2026-T1?group=SOC', { value: 1 });
    expect(withGroup.statusCode).toBe(400);
    expect(withGroup.json().error.code).toBe('data_values.group_not_allowed');
    const ok = await put('student_placements/FARSTA/2026-T1', { value: 3 });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().group).toBeNull();
  });

  it('refuses a period of the wrong frequency, fractions of integers and values below the minimum', async () => {
    const quarter = await put('external_leavers/FARSTA/2026-Q1?group=SOC', { value: 1 });
    expect(quarter.json().error.code).toBe('data_values.wrong_frequency');
    const yearly = await put('survey_respondents/FARSTA/2026-T1?group=SOC', { value: 1 });
    expect(yearly.json().error.code).toBe('data_values.wrong_frequency');
    const fraction = await put('external_leavers/FARSTA/2026-T2?group=SOC', { value: 1.5 });
    expect(fraction.json().error.code).toBe('data_values.not_integer');
    const negative = await put('average_headcount/FARSTA/2026-T2?group=SOC', { value: -3 });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().error.code).toBe('data_values.out_of_range');
  });

  it('answers unknown codes with 404 and bad period codes with 400', async () => {
    expect((await put('no_such_element/FARSTA/2026-T1?group=SOC', { value: 1 })).json().error.code).toBe('data_elements.not_found');
    expect((await put('external_leavers/ATLANTIS/2026-T1?group=SOC', { value: 1 })).json().error.code).toBe('units.not_found');
    expect((await put('external_leavers/FARSTA/2026-T1?group=PILOT', { value: 1 })).json().error.code).toBe(
      'professional_groups.not_found',
    );
    const badPeriod = await put('external_leavers/FARSTA/2026-T4?group=SOC', { value: 1 });
    expect(badPeriod.statusCode).toBe(400);
    expect(badPeriod.json().error.code).toBe('request.invalid');
    const outside = await put('external_leavers/FARSTA/2099-T1?group=SOC', { value: 1 });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.code).toBe('periods.out_of_range');
  });

  it('refuses strings, nulls, unknown fields, empty and non-JSON bodies', async () => {
    for (const body of [{ value: '12' }, { value: null }, { value: 1, colour: 'red' }, {}, { value: 1, reason: '' }]) {
      const response = await put('external_leavers/FARSTA/2026-T3?group=SOC', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.code).toBe('request.invalid');
    }
    const text = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/data-values/external_leavers/FARSTA/2026-T3?group=SOC',
      payload: 'value=1',
      headers: { 'content-type': 'text/plain' },
    });
    expect(text.statusCode).toBe(415);
    const broken = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/data-values/external_leavers/FARSTA/2026-T3?group=SOC',
      payload: '{"value": NaN}',
      headers: { 'content-type': 'application/json' },
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.code).toBe('request.malformed_body');
    const stored = await t.app.inject({ method: 'GET', url: '/api/v1/data-values?unit=FARSTA&period=2026-T3' });
    expect(stored.json().total).toBe(0);
  });
});

describe('GET /api/v1/data-values', () => {
  const t = useTestApp('demo');

  it('pages through values filtered by codes, each with its version', async () => {
    const first = await t.app.inject({ method: 'GET', url: '/api/v1/data-values?unit=FARSTA&dataElement=average_headcount&pageSize=5' });
    expect(first.statusCode).toBe(200);
    const page = first.json();
    expect(page.items).toHaveLength(5);
    expect(page.total).toBe(3 * 12);
    expect(page.items.every((item: { unit: string; version: number }) => item.unit === 'FARSTA' && item.version >= 1)).toBe(true);
    const last = await t.app.inject({
      method: 'GET',
      url: '/api/v1/data-values?unit=FARSTA&dataElement=average_headcount&pageSize=5&page=8',
    });
    expect(last.json().items).toHaveLength(1);
  });

  it('lets a client write with the version from the list, without a second read', async () => {
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/data-values?unit=BROMMA&dataElement=open_cases&group=BIST&period=2025-T2',
    });
    const [item] = list.json().items;
    const response = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/data-values/open_cases/BROMMA/2025-T2?group=BIST',
      // 2025-T2 is approved in the demo: a change needs a reason.
      payload: { value: item.value + 1, reason: 'Rättelse' },
      headers: { 'if-match': `"${item.version}"` },
    });
    expect(response.statusCode).toBe(200);
  });

  it('refuses a page size over 1000', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/data-values?pageSize=5000' });
    expect(response.statusCode).toBe(400);
  });
});
