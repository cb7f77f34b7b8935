import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDb } from '../client';
import { resolveDatabaseUrls, withDatabase } from '../connection';
import { startEmbeddedPostgres } from '../embedded';
import { migrateDatabase } from '../migrate';
import { seedDemo } from '../seed';
import { createDatabase, dropDatabase, findFreePort, TEST_APP_PASSWORD } from './databases';
import './provided-context';

/**
 * Once per test run: a PostgreSQL server (embedded, or the one DATABASE_URL points at) and two template
 * databases, one migrated and one migrated with the demo seeded. Each test file clones a template.
 */
export default async function setup(project: TestProject) {
  const external = process.env.DATABASE_URL;
  let stopServer = async () => {};
  let serverUrl: string;
  if (external) {
    serverUrl = external;
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), 'planpuls-test-pg-'));
    const server = await startEmbeddedPostgres({ dataDir, port: await findFreePort() });
    serverUrl = server.url;
    stopServer = async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }

  const runId = `${Date.now().toString(36)}_${process.pid}`;
  const templates = { empty: `planpuls_tpl_${runId}_empty`, demo: `planpuls_tpl_${runId}_demo` };
  for (const [kind, name] of Object.entries(templates)) {
    await createDatabase(serverUrl, name);
    const urls = resolveDatabaseUrls(withDatabase(serverUrl, name), TEST_APP_PASSWORD);
    await migrateDatabase({ ownerUrl: urls.ownerUrl, appRole: urls.appRole, appPassword: TEST_APP_PASSWORD });
    if (kind === 'demo') {
      const handle = createDb(urls.ownerUrl, { max: 2 });
      try {
        await seedDemo(handle.db);
      } finally {
        await handle.close();
      }
    }
  }

  project.provide('planpulsDb', { serverUrl, templates, runId });

  return async () => {
    for (const name of Object.values(templates)) await dropDatabase(serverUrl, name).catch(() => {});
    await stopServer();
  };
}
