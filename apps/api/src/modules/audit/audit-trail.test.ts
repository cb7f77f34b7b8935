import { sql } from 'drizzle-orm';
import { PG_INSUFFICIENT_PRIVILEGE, pgErrorCode } from '@planpuls/db/testing';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app';

interface AuditRow {
  action: string;
  entity_type: string;
  entity_id: string | null;
  actor_type: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason: string | null;
  request_id: string | null;
  occurred_at: string;
}

describe('the audit trail', () => {
  const t = useTestApp('demo');
  const rowsFor = async (requestId: string) =>
    (await t.database.owner.execute(sql`SELECT * FROM audit_entries WHERE request_id = ${requestId} ORDER BY id`))
      .rows as unknown as AuditRow[];

  it('records a changed value with before, after, reason and request, in the same transaction', async () => {
    // Farsta's report for 2025-T3 is open in the demo: the change touches the value alone.
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/data-values?dataElement=sick_hours&unit=FARSTA&group=SOC&period=2025-T3',
    });
    const [item] = list.json().items;
    const response = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/data-values/sick_hours/FARSTA/2025-T3?group=SOC',
      payload: { value: item.value + 8, reason: 'Rättelse efter avstämning med lönesystemet' },
      headers: { 'if-match': `"${item.version}"` },
    });
    expect(response.statusCode).toBe(200);
    const rows = await rowsFor(String(response.headers['x-request-id']));
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({
      action: 'update',
      entity_type: 'data_values',
      entity_id: item.id,
      reason: 'Rättelse efter avstämning med lönesystemet',
    });
    expect(Number(row!.before!.value)).toBe(item.value);
    expect(Number(row!.after!.value)).toBe(item.value + 8);
    expect(row!.after!.version).toBe(item.version + 1);
    expect(Date.now() - new Date(row!.occurred_at).getTime()).toBeLessThan(60_000);
  });

  it('records nothing for a refused change', async () => {
    const response = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/data-values/sick_hours/FARSTA/2025-T3?group=SOC',
      payload: { value: 1 },
      headers: { 'if-match': '"999"' },
    });
    expect(response.statusCode).toBe(412);
    expect(await rowsFor(String(response.headers['x-request-id']))).toEqual([]);
  });

  it('records creations and deletions of plan content', async () => {
    const plan = (await t.app.inject({ method: 'GET', url: '/api/v1/plans/HP-2024' })).json();
    const created = await t.app.inject({
      method: 'POST',
      url: `/api/v1/plans/${plan.id}/focus-areas`,
      payload: { code: '8', name: 'Ledarskap' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const [creation] = await rowsFor(String(created.headers['x-request-id']));
    expect(creation).toMatchObject({
      action: 'create',
      entity_type: 'focus_areas',
      before: null,
      after: expect.objectContaining({ code: '8' }),
    });

    const deleted = await t.app.inject({ method: 'DELETE', url: `/api/v1/focus-areas/${created.json().id}` });
    expect(deleted.statusCode).toBe(200);
    const [deletion] = await rowsFor(String(deleted.headers['x-request-id']));
    expect(deletion).toMatchObject({
      action: 'delete',
      entity_type: 'focus_areas',
      after: null,
      before: expect.objectContaining({ name: 'Ledarskap' }),
    });
  });

  it('never holds a password hash', async () => {
    await t.database.owner.execute(sql`UPDATE users SET password_hash = '$argon2id$secret' WHERE email = 'lasare@planpuls.test'`);
    const rows = await t.database.owner.execute(
      sql`SELECT count(*)::int AS n FROM audit_entries WHERE before::text LIKE '%argon2id%' OR after::text LIKE '%argon2id%'`,
    );
    expect(rows.rows[0]).toEqual({ n: 0 });
  });

  it.each(['audit_log', 'data_value_history'])(
    'cannot be changed or emptied, neither by the application role nor by the owner: %s',
    async (table) => {
      const trail = sql.identifier(table);
      expect(await pgErrorCode(t.database.app.execute(sql`UPDATE ${trail} SET reason = 'rewritten'`))).toBe(PG_INSUFFICIENT_PRIVILEGE);
      expect(await pgErrorCode(t.database.app.execute(sql`DELETE FROM ${trail}`))).toBe(PG_INSUFFICIENT_PRIVILEGE);
      expect(await pgErrorCode(t.database.app.execute(sql`TRUNCATE ${trail}`))).toBe(PG_INSUFFICIENT_PRIVILEGE);
      expect(await pgErrorCode(t.database.owner.execute(sql`UPDATE ${trail} SET reason = 'rewritten'`))).toBe(PG_INSUFFICIENT_PRIVILEGE);
      expect(await pgErrorCode(t.database.owner.execute(sql`DELETE FROM ${trail} WHERE id = (SELECT min(id) FROM ${trail})`))).toBe(
        PG_INSUFFICIENT_PRIVILEGE,
      );
      expect(await pgErrorCode(t.database.owner.execute(sql`TRUNCATE ${trail}`))).toBe(PG_INSUFFICIENT_PRIVILEGE);
      const kept = await t.database.owner.execute(sql`SELECT count(*)::int AS n FROM ${trail} WHERE reason = 'rewritten'`);
      expect(kept.rows[0]).toEqual({ n: 0 });
      expect((await t.database.owner.execute(sql`SELECT count(*)::int AS n FROM ${trail}`)).rows[0]).not.toEqual({ n: 0 });
    },
  );
});

describe('the reason of a change', () => {
  const t = useTestApp('demo');

  it('comes from the X-Change-Reason header where the body has no reason field', async () => {
    const plan = (await t.app.inject({ method: 'GET', url: '/api/v1/plans/HP-2024' })).json();
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/plans/${plan.id}`,
      payload: { name: `${plan.name} (justerad)` },
      headers: { 'x-change-reason': encodeURIComponent('Beslut i styrgruppen 12 november') },
    });
    expect(response.statusCode, response.body).toBe(200);
    const rows = await t.database.owner.execute(
      sql`SELECT reason FROM audit_log WHERE request_id = ${String(response.headers['x-request-id'])}`,
    );
    expect(rows.rows).toEqual([{ reason: 'Beslut i styrgruppen 12 november' }]);
  });

  it('is the same text whether the header carries raw UTF-8, percent-encoding or an RFC 8187 ext-value', async () => {
    const plan = (await t.app.inject({ method: 'GET', url: '/api/v1/plans/HP-2024' })).json();
    const reason = 'Skärpt mål för Spånga';
    // Node hands header bytes over one character per byte: raw UTF-8 arrives as its bytes read as Latin-1.
    const forms = [Buffer.from(reason, 'utf8').toString('latin1'), encodeURIComponent(reason), `UTF-8''${encodeURIComponent(reason)}`];
    for (const [index, header] of forms.entries()) {
      const response = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/plans/${plan.id}`,
        payload: { name: `${plan.name} (${index + 1})` },
        headers: { 'x-change-reason': header },
      });
      expect(response.statusCode, response.body).toBe(200);
      const rows = await t.database.owner.execute(
        sql`SELECT reason FROM audit_log WHERE request_id = ${String(response.headers['x-request-id'])}`,
      );
      expect(rows.rows, header).toEqual([{ reason }]);
    }
  });

  it('is documented on every write of the API document', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/docs/json' })).json() as {
      paths: Record<string, Record<string, { parameters?: Array<{ in: string; name: string }> }>>;
    };
    const writes = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([method]) => ['post', 'put', 'patch', 'delete'].includes(method))
        .map(([method, operation]) => ({ at: `${method} ${path}`, operation })),
    );
    expect(writes.length).toBeGreaterThan(40);
    for (const { at, operation } of writes)
      expect(
        operation.parameters?.some((p) => p.in === 'header' && p.name === 'x-change-reason'),
        at,
      ).toBe(true);
  });
});
