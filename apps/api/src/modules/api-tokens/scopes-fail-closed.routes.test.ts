import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient, createMunicipality, errorCode, expectStatus } from '../../testing/fixtures';
import { useTestApp } from '../../testing/test-app';

// Finding 2 of the security review: an empty unit list used to mean "every unit", and a scope could lose its
// units (a unit deleted in SQL cascades, a reference group emptied). Each test takes a scope's last unit away
// and then tries, as an attacker would, to read and write another unit's values.

const bearer = (value: string) => ({ authorization: `Bearer ${value}` });

/**
 * Removes rows as the owner without the token-revoking trigger: a path that skips every safeguard but the
 * principal's. The trigger is switched off inside the transaction only (the owner may; no superuser needed, as
 * on a managed PostgreSQL), so no other test sees it off.
 */
async function deleteBehindTheAppsBack(t: ReturnType<typeof useTestApp>, statement: ReturnType<typeof sql>) {
  await t.database.owner.transaction(async (tx) => {
    await tx.execute(sql`ALTER TABLE api_token_units DISABLE TRIGGER api_token_units_revoke_on_loss`);
    await tx.execute(statement);
    await tx.execute(sql`ALTER TABLE api_token_units ENABLE TRIGGER api_token_units_revoke_on_loss`);
  });
}

describe('a scope that loses its last unit grants nothing', () => {
  const t = useTestApp('demo');
  const api = apiClient(t);

  beforeAll(async () => {
    expectStatus(await api.post('/units', { code: 'TILLFALLIG', name: 'Tillfällig förvaltning', kind: 'district' }), 201);
    expectStatus(await api.post('/units', { code: 'TILLFALLIG2', name: 'Tillfällig förvaltning 2', kind: 'district' }), 201);
  });

  it('revokes a token whose only unit is deleted in SQL, visibly, and the token then reads and writes nothing', async () => {
    const { token, id } = expectStatus(await api.post('/api-tokens', { name: 'HR-systemet', units: ['TILLFALLIG'] }), 201);
    await t.database.owner.execute(sql`DELETE FROM units WHERE code = 'TILLFALLIG'`);

    const read = await t.anonymous.inject({ method: 'GET', url: '/api/v1/data-values?unit=FARSTA&period=2025-T3', headers: bearer(token) });
    expect(read.statusCode, read.body).toBe(401);
    const write = await t.anonymous.inject({
      method: 'PUT',
      url: '/api/v1/data-values/student_placements/FARSTA/2026-T1',
      payload: { value: 3 },
      headers: bearer(token),
    });
    expect(write.statusCode).toBe(401);

    const listed = expectStatus(await api.get('/api-tokens'), 200).items.find((item: { id: string }) => item.id === id);
    expect(listed).toMatchObject({ units: [], revokedReason: 'unit_deleted' });
    expect(listed.revokedAt).not.toBeNull();
    const audited = await t.database.owner.execute(
      sql`SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'api_tokens' AND entity_id = ${id} AND action = 'update' AND after->>'revoked_reason' = 'unit_deleted'`,
    );
    expect(audited.rows).toEqual([{ n: 1 }]);
  });

  it('gives a token whose unit list is empty no unit at all, even when nothing revoked it', async () => {
    const { token, id } = expectStatus(await api.post('/api-tokens', { name: 'HR-systemet 2', units: ['TILLFALLIG2'] }), 201);
    await deleteBehindTheAppsBack(t, sql`DELETE FROM api_token_units WHERE token_id = ${id}`);

    const read = await t.anonymous.inject({ method: 'GET', url: '/api/v1/data-values?period=2025-T3&pageSize=1', headers: bearer(token) });
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json().total).toBe(0);
    const write = await t.anonymous.inject({
      method: 'PUT',
      url: '/api/v1/data-values/student_placements/FARSTA/2026-T1',
      payload: { value: 3 },
      headers: bearer(token),
    });
    expect(write.statusCode).toBe(403);
    expect(write.json().error.code).toBe('data_values.unit_forbidden');
  });

  it('refuses to delete a unit an active token names, and deletes it once the token is revoked', async () => {
    const unit = expectStatus(await api.post('/units', { code: 'TILLFALLIG3', name: 'Tillfällig förvaltning 3', kind: 'district' }), 201);
    const { id } = expectStatus(await api.post('/api-tokens', { name: 'HR-systemet 3', units: ['TILLFALLIG3'] }), 201);
    const refused = await api.delete(`/units/${unit.id}`);
    expect(errorCode(refused, 409)).toBe('units.in_use');
    expect(refused.json().error.message).toContain('API tokens');
    expect((await api.delete(`/api-tokens/${id}`)).statusCode).toBe(204);
    expectStatus(await api.delete(`/units/${unit.id}`), 200);
    const listed = expectStatus(await api.get('/api-tokens'), 200).items.find((item: { id: string }) => item.id === id);
    expect(listed).toMatchObject({ revokedReason: 'revoked' });
  });

  it('gives HR whose only unit is deleted no unit at all', async () => {
    expectStatus(await api.post('/units', { code: 'TILLFALLIG4', name: 'Tillfällig förvaltning 4', kind: 'district' }), 201);
    const user = expectStatus(await api.post('/users', { email: 'hr.tillfallig@planpuls.test', displayName: 'Tillfällig HR' }), 201);
    expectStatus(await api.post(`/users/${user.id}/roles`, { role: 'hr', units: ['TILLFALLIG4'] }), 201);
    await t.database.owner.execute(sql`DELETE FROM units WHERE code = 'TILLFALLIG4'`);

    const cookie = await t.loginAs('hr.tillfallig@planpuls.test');
    const me = (await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })).json();
    expect(me.roles).toEqual([{ role: 'hr', allUnits: false, units: [], validUntil: null }]);
    // Farsta's 2025-T3 report is still open in the demo: its drafts are nobody's but Farsta's HR's.
    const drafts = await t.app.inject({
      method: 'GET',
      url: '/api/v1/data-values?unit=FARSTA&period=2025-T3&pageSize=1',
      headers: { cookie },
    });
    expect(drafts.json().total).toBe(0);
    const write = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/data-values/student_placements/FARSTA/2026-T1',
      headers: { cookie },
      payload: { value: 3 },
    });
    expect(write.statusCode).toBe(403);
  });

  it('gives a local union reference group that loses its last unit no unit at all', async () => {
    await t.database.owner.execute(
      sql`DELETE FROM reference_group_units WHERE reference_group_id = (SELECT id FROM reference_groups WHERE code = 'LOKAL_FARSTA')`,
    );
    const cookie = await t.loginAs('vision.farsta@planpuls.test');
    const me = (await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })).json();
    expect(me.roles).toEqual([{ role: 'union', allUnits: false, units: [], validUntil: null }]);
    const cycles = expectStatus(await api.get('/reporting-cycles'), 200).items as Array<{ id: string }>;
    const reports = await t.app.inject({ method: 'GET', url: `/api/v1/reporting-cycles/${cycles[0]!.id}/reports`, headers: { cookie } });
    expect(reports.statusCode, reports.body).toBe(200);
    expect(reports.json().items).toEqual([]);
    const comment = await t.app.inject({
      method: 'POST',
      url: '/api/v1/comments',
      headers: { cookie },
      payload: { indicator: 'turnover_total', unit: 'RINKEBY_KISTA', period: '2025-T2', body: 'Utanför vårt uppdrag' },
    });
    expect(comment.statusCode, comment.body).toBe(403);
  });
});

describe('a token or role naming a unit of another municipality', () => {
  const t = useTestApp('demo');
  const api = apiClient(t);
  let otherUnitId: string;

  beforeAll(async () => {
    const other = await createMunicipality(t.database.owner, 'GOTEBORG', 'Göteborgs stad');
    const inserted = await t.database.owner.execute<{ id: string }>(
      sql`INSERT INTO units (municipality_id, code, name, kind) VALUES (${other}, 'ANGERED', 'Angered', 'district') RETURNING id`,
    );
    otherUnitId = inserted.rows[0]!.id;
  });

  it('is refused by code: the unit does not exist in this municipality', async () => {
    expect(errorCode(await api.post('/api-tokens', { name: 'x', units: ['ANGERED'] }), 404)).toBe('units.not_found');
    const user = expectStatus(await api.post('/users', { email: 'hr.forged@planpuls.test', displayName: 'Forged' }), 201);
    expect(errorCode(await api.post(`/users/${user.id}/roles`, { role: 'hr', units: ['ANGERED'] }), 404)).toBe('units.not_found');
  });

  it('is refused by PostgreSQL when the application role links another municipality’s unit by id', async () => {
    const { id } = expectStatus(await api.post('/api-tokens', { name: 'HR-systemet', units: ['FARSTA'] }), 201);
    const forged = t.database.app.execute(
      sql`INSERT INTO api_token_units (municipality_id, token_id, unit_id) SELECT municipality_id, id, ${otherUnitId} FROM api_tokens WHERE id = ${id}`,
    );
    await expect(forged).rejects.toMatchObject({ cause: { code: '23503' } });
    const role = await t.database.owner.execute<{ id: string }>(
      sql`SELECT r.id FROM user_roles r JOIN users u ON u.id = r.user_id WHERE u.email = 'hr.farsta@planpuls.test'`,
    );
    const forgedRole = t.database.app.execute(
      sql`INSERT INTO user_role_units (municipality_id, user_role_id, unit_id) SELECT municipality_id, id, ${otherUnitId} FROM user_roles WHERE id = ${role.rows[0]!.id}`,
    );
    await expect(forgedRole).rejects.toMatchObject({ cause: { code: '23503' } });
  });
});
