import { dataElements, dataValues, periods, units } from '@planpuls/db';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient, createMunicipality, errorCode, expectStatus } from '../../testing/fixtures';
import { useTestApp } from '../../testing/test-app';

const headcount = {
  code: 'average_headcount',
  name: 'Medelantal anställda',
  definition: 'Genomsnittligt antal månadsanställda under perioden.',
  valueType: 'decimal',
  timeAggregation: 'average',
  frequency: 'tertial',
  disaggregation: 'professional_group',
  min: 0,
};

describe('data elements: create, read, update, delete', () => {
  const t = useTestApp('empty');
  const api = apiClient(t);
  let municipalityId: string;
  beforeAll(async () => {
    municipalityId = await createMunicipality(t.database.owner);
  });
  const idOf = async (code: string) => (await t.database.owner.select().from(dataElements).where(eq(dataElements.code, code)))[0]!.id;

  it('creates an element with its reporting rules and reads it back', async () => {
    const created = expectStatus(await api.post('/data-elements', headcount), 201);
    expect(created).toEqual({ id: expect.any(String), ...headcount, max: null });
    expect(expectStatus(await api.get(`/data-elements/${created.id}`), 200)).toEqual(created);
  });

  it('answers 409 data_elements.code_taken for a taken code', async () => {
    expect(errorCode(await api.post('/data-elements', headcount), 409)).toBe('data_elements.code_taken');
  });

  it('refuses min above max, on create and on a change of one bound', async () => {
    expect(errorCode(await api.post('/data-elements', { ...headcount, code: 'x', min: 10, max: 5 }), 400)).toBe(
      'data_elements.min_above_max',
    );
    expect(errorCode(await api.patch(`/data-elements/${await idOf('average_headcount')}`, { max: -1 }), 400)).toBe(
      'data_elements.min_above_max',
    );
  });

  it('refuses NaN and Infinity as text, nulls where a value is required, and unknown fields', async () => {
    for (const body of [
      { ...headcount, code: 'y', min: 'NaN' },
      { ...headcount, code: 'y', max: 'Infinity' },
      { ...headcount, code: 'y', max: 1e300 },
      { ...headcount, code: 'y', definition: null },
      { ...headcount, code: 'y', frequency: 'week' },
      { ...headcount, code: 'y', unit: 'FTE' },
      { ...headcount, code: 'y', definition: 'x'.repeat(4001) },
    ]) {
      expect(errorCode(await api.post('/data-elements', body), 400), JSON.stringify(body).slice(0, 80)).toBe('request.invalid');
    }
    const broken = await t.app.inject({
      method: 'POST',
      url: '/api/v1/data-elements',
      payload: '{"min": NaN}',
      headers: { 'content-type': 'application/json' },
    });
    expect(errorCode(broken, 400)).toBe('request.malformed_body');
    expect(await t.database.owner.select().from(dataElements)).toHaveLength(1);
  });

  it('changes the definition and bounds; null clears a bound', async () => {
    const changed = expectStatus(
      await api.patch(`/data-elements/${await idOf('average_headcount')}`, { definition: 'Ny instruktion.', min: null, max: 5000 }),
      200,
    );
    expect(changed).toMatchObject({ definition: 'Ny instruktion.', min: null, max: 5000, frequency: 'tertial' });
  });

  it('keeps value type, frequency and split once values exist (409 data_elements.has_values) but allows other changes', async () => {
    const id = await idOf('average_headcount');
    const [unit] = await t.database.owner
      .insert(units)
      .values({ municipalityId, code: 'FARSTA', name: 'Farsta', kind: 'district' })
      .returning();
    const [period] = await t.database.owner.select().from(periods).where(eq(periods.code, '2025-T2'));
    await t.database.owner
      .insert(dataValues)
      .values({ municipalityId, dataElementId: id, unitId: unit!.id, periodId: period!.id, value: 40 });
    const refused = await api.patch(`/data-elements/${id}`, { frequency: 'month', name: 'Medelantal' });
    expect(errorCode(refused, 409)).toBe('data_elements.has_values');
    expect(refused.json().error.details).toEqual([{ field: 'body.frequency', message: 'cannot change once values exist' }]);
    expect(expectStatus(await api.patch(`/data-elements/${id}`, { frequency: 'tertial', name: 'Medelantal' }), 200).name).toBe(
      'Medelantal',
    );
  });

  it('refuses to delete an element with values or in a formula (409 data_elements.in_use)', async () => {
    const inUse = await api.delete(`/data-elements/${await idOf('average_headcount')}`);
    expect(errorCode(inUse, 409)).toBe('data_elements.in_use');
    expect(inUse.json().error.message).toContain('data values');

    const leavers = expectStatus(
      await api.post('/data-elements', { ...headcount, code: 'external_leavers', valueType: 'integer', timeAggregation: 'sum' }),
      201,
    );
    expectStatus(
      await api.post('/indicators', {
        code: 'turnover_external',
        name: 'Extern personalomsättning',
        kind: 'share',
        unitOfMeasure: '%',
        decimals: 1,
        source: 'HR-system',
        numerator: ['external_leavers'],
        denominator: 'average_headcount',
        factor: 100,
        window: 'rolling_12_months',
      }),
      201,
    );
    expect(errorCode(await api.delete(`/data-elements/${leavers.id}`), 409)).toBe('data_elements.in_use');
  });

  it('deletes an unused element', async () => {
    const spare = expectStatus(await api.post('/data-elements', { ...headcount, code: 'spare' }), 201);
    expect(expectStatus(await api.delete(`/data-elements/${spare.id}`), 200)).toEqual({ id: spare.id, deleted: true });
    expect(errorCode(await api.get(`/data-elements/${spare.id}`), 404)).toBe('data_elements.not_found');
  });
});

describe('data elements of another municipality', () => {
  const t = useTestApp('empty');
  const api = apiClient(t);
  let otherElementId: string;
  beforeAll(async () => {
    await createMunicipality(t.database.owner);
    const otherId = await createMunicipality(t.database.owner, 'TESTKOMMUN', 'Testkommun');
    const [row] = await t.database.owner
      .insert(dataElements)
      .values({ ...headcount, municipalityId: otherId } as typeof dataElements.$inferInsert)
      .returning();
    otherElementId = row!.id;
  });

  it('answer 404 on read, change and delete', async () => {
    expect(errorCode(await api.get(`/data-elements/${otherElementId}`), 404)).toBe('data_elements.not_found');
    expect(errorCode(await api.patch(`/data-elements/${otherElementId}`, { name: 'Kapad' }), 404)).toBe('data_elements.not_found');
    expect(errorCode(await api.delete(`/data-elements/${otherElementId}`), 404)).toBe('data_elements.not_found');
  });
});
