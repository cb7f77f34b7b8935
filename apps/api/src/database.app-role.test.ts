import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { resolveDatabaseUrls, withDatabase } from '@planpuls/db';
import { createDatabase, dropDatabase, findFreePort, TEST_APP_PASSWORD, testCluster, useTestDatabase } from '@planpuls/db/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './testing/run-cli';

const apiRoot = fileURLToPath(new URL('../', import.meta.url));
const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
const SECRET = 'a-production-secret-of-forty-characters!';

/** The environment of compose's app service: the application role's URL only, and nowhere to start an
 * embedded PostgreSQL unnoticed (a folder that must stay absent). */
function appOnly(appUrl: string, embeddedDir: string, port: number): Record<string, string> {
  return {
    PLANPULS_MODE: 'production',
    DATABASE_URL: '',
    DATABASE_APP_URL: appUrl,
    SESSION_SECRET: SECRET,
    PORT: String(port),
    PLANPULS_DATA_DIR: embeddedDir,
    EMBEDDED_PG_PORT: String(port + 1),
    REMINDER_INTERVAL_MINUTES: '0',
  };
}

describe('the app given the application role only (DATABASE_APP_URL without DATABASE_URL), as compose runs it', () => {
  const t = useTestDatabase('empty');
  const embeddedDir = join(mkdtempSync(join(tmpdir(), 'planpuls-app-only-')), 'must-stay-absent');
  const { serverUrl } = testCluster();
  const bare = `planpuls_bare_${randomBytes(4).toString('hex')}`;
  afterAll(async () => {
    rmSync(join(embeddedDir, '..'), { recursive: true, force: true });
    await dropDatabase(serverUrl, bare);
  });

  it('migrates nothing, starts no embedded PostgreSQL, connects as the application role and answers /health', async () => {
    const port = await findFreePort();
    const child = spawn(tsx, ['src/server.ts'], { cwd: apiRoot, env: { ...process.env, ...appOnly(t.urls.appUrl, embeddedDir, port) } });
    let output = '';
    try {
      await new Promise<void>((ready, fail) => {
        const listen = (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes('Planpuls is running')) ready();
        };
        child.stdout.on('data', listen);
        child.stderr.on('data', listen);
        child.on('exit', (code) => fail(new Error(`the app ended with ${code}:\n${output}`)));
      });
      const health = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
      expect(health.status).toBe(200);
      expect(output).toContain('as the application role');
      expect(existsSync(embeddedDir), 'an embedded PostgreSQL was started').toBe(false);
    } finally {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGINT');
      await exited;
    }
  }, 90_000);

  it('refuses to start on a database nobody has migrated, saying to run the migrations as the owner', async () => {
    await createDatabase(serverUrl, bare);
    const appUrl = resolveDatabaseUrls(withDatabase(serverUrl, bare), TEST_APP_PASSWORD).appUrl;
    const result = await runCli('src/server.ts', [], appOnly(appUrl, embeddedDir, await findFreePort()));
    expect(result.code, result.output).toBe(1);
    expect(result.output).toContain("the database's schema is not migrated: run the migrations first, as the owner");
    expect(existsSync(embeddedDir)).toBe(false);
  }, 60_000);

  it('refuses to start on a schema older than its code', async () => {
    await t.owner.execute(
      sql`DELETE FROM drizzle.__drizzle_migrations WHERE created_at = (SELECT max(created_at) FROM drizzle.__drizzle_migrations)`,
    );
    const result = await runCli('src/server.ts', [], appOnly(t.urls.appUrl, embeddedDir, await findFreePort()));
    expect(result.code, result.output).toBe(1);
    expect(result.output).toContain("the database's schema is older than this version: run the migrations first");
  }, 60_000);

  it('db:migrate refuses to run without the owner’s URL', async () => {
    const result = await runCli('src/cli/migrate.ts', [], appOnly(t.urls.appUrl, embeddedDir, await findFreePort()));
    expect(result.code, result.output).toBe(1);
    expect(result.output).toContain('db:migrate runs as the owner of the schema: set DATABASE_URL');
    expect(existsSync(embeddedDir)).toBe(false);
  }, 60_000);

  it('outside production mode the application role alone is refused: the demo is seeded as the owner', async () => {
    const result = await runCli('src/server.ts', [], {
      ...appOnly(t.urls.appUrl, embeddedDir, await findFreePort()),
      PLANPULS_MODE: 'demo',
    });
    expect(result.code, result.output).toBe(1);
    expect(result.output).toContain('Configuration error: DATABASE_APP_URL without DATABASE_URL');
  }, 60_000);
});
