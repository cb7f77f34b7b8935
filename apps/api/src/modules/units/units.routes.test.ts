import { dataElements, dataValues, periods, units } from '@planpuls/db';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient, createMunicipality, errorCode, expectStatus } from '../../testing/fixtures';
import { useTestApp } from '../../testing/test-app';

describe('units: create, read, update, delete', () => {
  const t = useTestApp('empty');
  const api = apiClient(t);
  let municipalityId: string;
  beforeAll(async () => {
    municipalityId = await createMunicipality(t.database.owner);
  });

  it('creates a unit, answers 201 with it, and finds it by id', async () => {
    const created = expectStatus(await api.post('/units', { code: 'FARSTA', name: 'Farsta stadsdelsförvaltning', kind: 'district' }), 201);
    expect(created).toMatchObject({ code: 'FARSTA', kind: 'district', parent: null, predecessor: null, validFrom: null });
    expect(expectStatus(await api.get(`/units/${created.id}`), 200)).toEqual(created);
  });

  it('links parent and predecessor by code', async () => {
    const central = expectStatus(
      await api.post('/units', { code: 'SOCIALFORVALTNINGEN', name: 'Socialförvaltningen', kind: 'central' }),
      201,
    );
    const child = expectStatus(
      await api.post('/units', {
        code: 'SOC_ENHET',
        name: 'Enhet',
        kind: 'district',
        parent: 'SOCIALFORVALTNINGEN',
        predecessor: 'FARSTA',
        validFrom: '2025-01-01',
      }),
      201,
    );
    expect(child).toMatchObject({ parent: 'SOCIALFORVALTNINGEN', predecessor: 'FARSTA', validFrom: '2025-01-01' });
    expect(central.parent).toBeNull();
  });

  it('answers 409 units.code_taken when the code exists', async () => {
    expect(errorCode(await api.post('/units', { code: 'FARSTA', name: 'Igen', kind: 'district' }), 409)).toBe('units.code_taken');
  });

  it('lets exactly one of two simultaneous creates with the same code win; the other gets 409, never 500', async () => {
    const body = { code: 'TWIN', name: 'Tvilling', kind: 'district' };
    const statuses = (await Promise.all([api.post('/units', body), api.post('/units', body)])).map((r) => r.statusCode);
    expect(statuses.sort()).toEqual([201, 409]);
  });

  it('answers 404 units.not_found for an unknown parent code, with the field', async () => {
    const response = await api.post('/units', { code: 'NY', name: 'Ny', kind: 'district', parent: 'ATLANTIS' });
    expect(errorCode(response, 404)).toBe('units.not_found');
    expect(response.json().error.details[0].field).toBe('body.parent');
  });

  it('refuses validity dates out of order', async () => {
    const response = await api.post('/units', { code: 'NY', name: 'Ny', kind: 'district', validFrom: '2025-02-01', validTo: '2025-01-01' });
    expect(errorCode(response, 400)).toBe('units.validity_out_of_order');
  });

  it('changes only the fields sent, and clears a link with null', async () => {
    const [child] = await t.database.owner.select().from(units).where(eq(units.code, 'SOC_ENHET'));
    const changed = expectStatus(await api.patch(`/units/${child!.id}`, { name: 'Ny enhet', parent: null }), 200);
    expect(changed).toMatchObject({ code: 'SOC_ENHET', name: 'Ny enhet', parent: null, predecessor: 'FARSTA', validFrom: '2025-01-01' });
  });

  it('refuses a parent that would make a cycle, and a unit as its own predecessor', async () => {
    const top = expectStatus(await api.post('/units', { code: 'TOP', name: 'Top', kind: 'central' }), 201);
    const middle = expectStatus(await api.post('/units', { code: 'MIDDLE', name: 'Middle', kind: 'central', parent: 'TOP' }), 201);
    expect(errorCode(await api.patch(`/units/${top.id}`, { parent: 'MIDDLE' }), 400)).toBe('units.parent_cycle');
    expect(errorCode(await api.patch(`/units/${top.id}`, { parent: 'TOP' }), 400)).toBe('units.parent_cycle');
    expect(errorCode(await api.patch(`/units/${middle.id}`, { predecessor: 'MIDDLE' }), 400)).toBe('units.own_predecessor');
  });

  it('answers 409 when renaming to a taken code', async () => {
    const [top] = await t.database.owner.select().from(units).where(eq(units.code, 'TOP'));
    expect(errorCode(await api.patch(`/units/${top!.id}`, { code: 'FARSTA' }), 409)).toBe('units.code_taken');
  });

  it('refuses empty, unknown-field, null and wrongly typed bodies without changing anything', async () => {
    const [farsta] = await t.database.owner.select().from(units).where(eq(units.code, 'FARSTA'));
    for (const body of [
      {},
      { colour: 'red' },
      { name: null },
      { name: '' },
      { name: '   ' },
      { kind: 'village' },
      { validFrom: '2025-02-30' },
      { name: 'x'.repeat(201) },
    ]) {
      expect(errorCode(await api.patch(`/units/${farsta!.id}`, body), 400), JSON.stringify(body)).toBe('request.invalid');
    }
    expect(errorCode(await api.post('/units', { code: 'BAD CODE', name: 'x', kind: 'district' }), 400)).toBe('request.invalid');
    expect(expectStatus(await api.get(`/units/${farsta!.id}`), 200).name).toBe('Farsta stadsdelsförvaltning');
  });

  it('refuses to delete a unit that has reported values, a sub-unit or a successor (409 units.in_use)', async () => {
    const [farsta] = await t.database.owner.select().from(units).where(eq(units.code, 'FARSTA'));
    const inUse = await api.delete(`/units/${farsta!.id}`);
    expect(errorCode(inUse, 409)).toBe('units.in_use');
    expect(inUse.json().error.message).toContain('successor units');

    const [element] = await t.database.owner
      .insert(dataElements)
      .values({
        municipalityId,
        code: 'leavers',
        name: 'Avgångar',
        definition: 'Antal',
        valueType: 'integer',
        timeAggregation: 'sum',
        frequency: 'tertial',
        disaggregation: 'none',
      })
      .returning();
    const [period] = await t.database.owner.select().from(periods).where(eq(periods.code, '2025-T2'));
    const [top] = await t.database.owner.select().from(units).where(eq(units.code, 'TOP'));
    const lone = expectStatus(await api.post('/units', { code: 'LONE', name: 'Lone', kind: 'district' }), 201);
    await t.database.owner
      .insert(dataValues)
      .values({ municipalityId, dataElementId: element!.id, unitId: lone.id, periodId: period!.id, value: 2 });
    expect(errorCode(await api.delete(`/units/${lone.id}`), 409)).toBe('units.in_use');
    expect(errorCode(await api.delete(`/units/${top!.id}`), 409)).toBe('units.in_use');
  });

  it('deletes a unit nothing refers to, after which it is 404', async () => {
    const spare = expectStatus(await api.post('/units', { code: 'SPARE', name: 'Spare', kind: 'district' }), 201);
    expect(expectStatus(await api.delete(`/units/${spare.id}`), 200)).toEqual({ id: spare.id, deleted: true });
    expect(errorCode(await api.get(`/units/${spare.id}`), 404)).toBe('units.not_found');
    expect(errorCode(await api.delete(`/units/${spare.id}`), 404)).toBe('units.not_found');
  });

  it('refuses a path id that is not a uuid and unknown query parameters', async () => {
    expect(errorCode(await api.get('/units/FARSTA'), 400)).toBe('request.invalid');
    const [farsta] = await t.database.owner.select().from(units).where(eq(units.code, 'FARSTA'));
    expect(errorCode(await api.get(`/units/${farsta!.id}?expand=all`), 400)).toBe('request.invalid');
  });
});

describe('units of another municipality', () => {
  const t = useTestApp('empty');
  const api = apiClient(t);
  let otherUnitId: string;
  beforeAll(async () => {
    await createMunicipality(t.database.owner);
    const otherId = await createMunicipality(t.database.owner, 'TESTKOMMUN', 'Testkommun');
    const [row] = await t.database.owner
      .insert(units)
      .values({ municipalityId: otherId, code: 'FARSTA', name: 'Farsta i Testkommun', kind: 'district' })
      .returning();
    otherUnitId = row!.id;
  });

  it('are invisible: read, change and delete answer 404', async () => {
    expect(errorCode(await api.get(`/units/${otherUnitId}`), 404)).toBe('units.not_found');
    expect(errorCode(await api.patch(`/units/${otherUnitId}`, { name: 'Kapad' }), 404)).toBe('units.not_found');
    expect(errorCode(await api.delete(`/units/${otherUnitId}`), 404)).toBe('units.not_found');
  });

  it('cannot be named as parent, and do not block the same code here', async () => {
    expect(errorCode(await api.post('/units', { code: 'X', name: 'X', kind: 'district', parent: 'FARSTA' }), 404)).toBe('units.not_found');
    expect(expectStatus(await api.post('/units', { code: 'FARSTA', name: 'Farsta', kind: 'district' }), 201).code).toBe('FARSTA');
    const [other] = await t.database.owner.select().from(units).where(eq(units.id, otherUnitId));
    expect(other!.name).toBe('Farsta i Testkommun');
  });
});
