import { dataElements, dataValues, periods, professionalGroups, units } from '@planpuls/db';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient, createMunicipality, errorCode, expectStatus } from '../../testing/fixtures';
import { useTestApp } from '../../testing/test-app';

describe('professional groups: create, read, update, delete', () => {
  const t = useTestApp('empty');
  const api = apiClient(t);
  let municipalityId: string;
  beforeAll(async () => {
    municipalityId = await createMunicipality(t.database.owner);
  });

  it('creates a group and reads it back by id', async () => {
    const created = expectStatus(await api.post('/professional-groups', { code: 'SOC', name: 'Socialsekreterare' }), 201);
    expect(created).toEqual({ id: expect.any(String), code: 'SOC', name: 'Socialsekreterare' });
    expect(expectStatus(await api.get(`/professional-groups/${created.id}`), 200)).toEqual(created);
  });

  it('answers 409 professional_groups.code_taken for a taken code, on create and on rename', async () => {
    expect(errorCode(await api.post('/professional-groups', { code: 'SOC', name: 'Igen' }), 409)).toBe('professional_groups.code_taken');
    const other = expectStatus(await api.post('/professional-groups', { code: 'BIST', name: 'Biståndshandläggare' }), 201);
    expect(errorCode(await api.patch(`/professional-groups/${other.id}`, { code: 'SOC' }), 409)).toBe('professional_groups.code_taken');
  });

  it('renames a group', async () => {
    const [soc] = await t.database.owner.select().from(professionalGroups).where(eq(professionalGroups.code, 'SOC'));
    expect(expectStatus(await api.patch(`/professional-groups/${soc!.id}`, { name: 'Socialsekreterare (IFO)' }), 200)).toMatchObject({
      code: 'SOC',
      name: 'Socialsekreterare (IFO)',
    });
  });

  it('refuses empty, null, unknown-field and overlong bodies', async () => {
    const [soc] = await t.database.owner.select().from(professionalGroups).where(eq(professionalGroups.code, 'SOC'));
    for (const body of [{}, { name: null }, { nickname: 'x' }, { code: 'x'.repeat(65) }, { name: 42 }]) {
      expect(errorCode(await api.patch(`/professional-groups/${soc!.id}`, body), 400), JSON.stringify(body)).toBe('request.invalid');
    }
    expect(errorCode(await api.post('/professional-groups', { code: 'NaN' }), 400)).toBe('request.invalid');
  });

  it('refuses to delete a group with reported values (409), deletes an unused one', async () => {
    const [soc] = await t.database.owner.select().from(professionalGroups).where(eq(professionalGroups.code, 'SOC'));
    const [unit] = await t.database.owner
      .insert(units)
      .values({ municipalityId, code: 'FARSTA', name: 'Farsta', kind: 'district' })
      .returning();
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
        disaggregation: 'professional_group',
      })
      .returning();
    const [period] = await t.database.owner.select().from(periods).where(eq(periods.code, '2025-T2'));
    await t.database.owner.insert(dataValues).values({
      municipalityId,
      dataElementId: element!.id,
      unitId: unit!.id,
      professionalGroupId: soc!.id,
      periodId: period!.id,
      value: 3,
    });
    expect(errorCode(await api.delete(`/professional-groups/${soc!.id}`), 409)).toBe('professional_groups.in_use');

    const chef = expectStatus(await api.post('/professional-groups', { code: 'CHEF', name: 'Chefer' }), 201);
    expect(expectStatus(await api.delete(`/professional-groups/${chef.id}`), 200)).toEqual({ id: chef.id, deleted: true });
    expect(errorCode(await api.get(`/professional-groups/${chef.id}`), 404)).toBe('professional_groups.not_found');
  });
});

describe('professional groups of another municipality', () => {
  const t = useTestApp('empty');
  const api = apiClient(t);
  let otherGroupId: string;
  beforeAll(async () => {
    await createMunicipality(t.database.owner);
    const otherId = await createMunicipality(t.database.owner, 'TESTKOMMUN', 'Testkommun');
    const [row] = await t.database.owner
      .insert(professionalGroups)
      .values({ municipalityId: otherId, code: 'SOC', name: 'Andras' })
      .returning();
    otherGroupId = row!.id;
  });

  it('answer 404 on read, change and delete', async () => {
    expect(errorCode(await api.get(`/professional-groups/${otherGroupId}`), 404)).toBe('professional_groups.not_found');
    expect(errorCode(await api.patch(`/professional-groups/${otherGroupId}`, { name: 'Kapad' }), 404)).toBe(
      'professional_groups.not_found',
    );
    expect(errorCode(await api.delete(`/professional-groups/${otherGroupId}`), 404)).toBe('professional_groups.not_found');
    const [row] = await t.database.owner.select().from(professionalGroups).where(eq(professionalGroups.id, otherGroupId));
    expect(row!.name).toBe('Andras');
  });
});
