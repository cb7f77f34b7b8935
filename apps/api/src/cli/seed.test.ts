import { sql } from 'drizzle-orm';
import { TEST_APP_PASSWORD, useTestDatabase } from '@planpuls/db/testing';
import { describe, expect, it } from 'vitest';
import { runCli } from '../testing/run-cli';

describe('pnpm seed', () => {
  const t = useTestDatabase('demo');
  const env = () => ({ DATABASE_URL: t.urls.ownerUrl, DATABASE_APP_PASSWORD: TEST_APP_PASSWORD, PLANPULS_MODE: 'demo' });
  const count = async (table: string) =>
    ((await t.owner.execute(sql.raw(`SELECT count(*)::int AS n FROM ${table}`))).rows[0] as { n: number }).n;

  it('leaves an already seeded demo alone', async () => {
    const result = await runCli('src/cli/seed.ts', [], env());
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain('Demo data already present');
  });

  it('with --reset drops every table and rebuilds the demo from nothing', async () => {
    const values = await count('data_values');
    await t.owner.execute(
      sql`INSERT INTO units (municipality_id, code, name, kind) SELECT id, 'MARKER', 'Markör', 'district' FROM municipalities`,
    );
    await t.owner.transaction(async (tx) => {
      // Most demo reports are approved: changing their values needs a reason.
      await tx.execute(sql`SELECT set_config('planpuls.reason', 'changed before the reset', true)`);
      await tx.execute(sql`UPDATE data_values SET value = value + 1, version = version + 1`);
    });
    // A table a later migration no longer knows is dropped with the rest: it is a rebuild, not row deletes.
    await t.owner.execute(sql`CREATE TABLE leftover (id int)`);

    const result = await runCli('src/cli/seed.ts', ['--reset'], env());
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain('Demo data seeded');

    expect(await count('units')).toBe(15);
    expect(await count('data_values')).toBe(values);
    expect(await count('data_values WHERE version > 1')).toBe(0);
    const leftover = await t.owner.execute(sql`SELECT to_regclass('public.leftover') AS t`);
    expect(leftover.rows[0]).toEqual({ t: null });
    const grants = await t.app.execute(sql`SELECT count(*)::int AS n FROM units`);
    expect(grants.rows[0]).toEqual({ n: 15 });
  });
});
