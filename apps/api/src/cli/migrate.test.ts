import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER, withDatabase } from '@planpuls/db';
import { createDatabase, dropDatabase, TEST_APP_PASSWORD, testCluster } from '@planpuls/db/testing';
import { runCli } from '../testing/run-cli';

describe('pnpm db:migrate', () => {
  const { serverUrl } = testCluster();
  const name = `planpuls_race_${randomBytes(4).toString('hex')}`;
  afterAll(() => dropDatabase(serverUrl, name));

  it('applies every migration exactly once when two processes start together', async () => {
    await createDatabase(serverUrl, name);
    const env = { DATABASE_URL: withDatabase(serverUrl, name), DATABASE_APP_PASSWORD: TEST_APP_PASSWORD };
    const [first, second] = await Promise.all([runCli('src/cli/migrate.ts', [], env), runCli('src/cli/migrate.ts', [], env)]);
    expect(first.code, first.output).toBe(0);
    expect(second.code, second.output).toBe(0);

    const client = new pg.Client({ connectionString: withDatabase(serverUrl, name) });
    await client.connect();
    try {
      const applied = await client.query('SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations');
      const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8')) as { entries: unknown[] };
      expect(applied.rows[0].n).toBe(journal.entries.length);
      const calendar = await client.query('SELECT count(*)::int AS n FROM periods');
      expect(calendar.rows[0].n).toBe(51 * 20);
    } finally {
      await client.end();
    }
  });
});
