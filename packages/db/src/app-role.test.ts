import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { PG_INSUFFICIENT_PRIVILEGE, pgErrorCode, useTestDatabase } from './testing';

describe('the application role', () => {
  const t = useTestDatabase('empty');

  it('is neither superuser nor the owner of any table', async () => {
    const role = await t.app.execute<{ rolsuper: boolean; name: string }>(
      sql`SELECT rolsuper, current_user AS name FROM pg_roles WHERE rolname = current_user`,
    );
    expect(role.rows[0]).toEqual({ rolsuper: false, name: 'planpuls_app' });
    const owned = await t.owner.execute(sql`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner = 'planpuls_app'`);
    expect(owned.rows).toEqual([]);
    const tables = await t.owner.execute(sql`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
    expect((tables.rows[0] as { n: number }).n).toBeGreaterThan(20);
  });

  it('reads and writes rows but cannot change the schema', async () => {
    await t.app.execute(sql`INSERT INTO municipalities (code, name) VALUES ('ROLLTEST', 'Rolltest kommun')`);
    const read = await t.app.execute(sql`SELECT name FROM municipalities WHERE code = 'ROLLTEST'`);
    expect(read.rows).toEqual([{ name: 'Rolltest kommun' }]);
    expect(await pgErrorCode(t.app.execute(sql`DROP TABLE data_values`))).toBe(PG_INSUFFICIENT_PRIVILEGE);
    expect(await pgErrorCode(t.app.execute(sql`ALTER TABLE units ADD COLUMN sneaky text`))).toBe(PG_INSUFFICIENT_PRIVILEGE);
    expect(await pgErrorCode(t.app.execute(sql`CREATE TABLE sneaky (id int)`))).toBe(PG_INSUFFICIENT_PRIVILEGE);
  });

  it('may only read the calendar', async () => {
    const read = await t.app.execute(sql`SELECT count(*)::int AS n FROM periods`);
    expect((read.rows[0] as { n: number }).n).toBe(1020);
    expect(await pgErrorCode(t.app.execute(sql`DELETE FROM periods`))).toBe(PG_INSUFFICIENT_PRIVILEGE);
  });
});
