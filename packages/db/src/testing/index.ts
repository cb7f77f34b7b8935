import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, inject } from 'vitest';
import { createDb, type Database, type DatabaseHandle } from '../client';
import { resolveDatabaseUrls, withDatabase, type DatabaseUrls } from '../connection';
import { createDatabase, dropDatabase, TEST_APP_PASSWORD } from './databases';
import './provided-context';

export { createDatabase, dropDatabase, findFreePort, TEST_APP_PASSWORD } from './databases';

export interface TestDatabase {
  name: string;
  urls: DatabaseUrls;
  /** Connected as the owner: for arranging fixtures and inspecting rows. */
  owner: Database;
  /** Connected as the application role: what the app itself can do. */
  app: Database;
}

/** A fresh database for this test file, cloned from a template: `empty` (migrated) or `demo` (seeded). */
export function useTestDatabase(template: 'empty' | 'demo' = 'empty'): TestDatabase {
  const handles: DatabaseHandle[] = [];
  const state = {} as TestDatabase;
  const { serverUrl, templates, runId } = inject('planpulsDb');

  beforeAll(async () => {
    const name = `planpuls_t_${runId}_${randomBytes(4).toString('hex')}`;
    await createDatabase(serverUrl, name, templates[template]);
    const urls = resolveDatabaseUrls(withDatabase(serverUrl, name), TEST_APP_PASSWORD);
    const owner = createDb(urls.ownerUrl, { max: 3 });
    const app = createDb(urls.appUrl, { max: 5 });
    handles.push(owner, app);
    Object.assign(state, { name, urls, owner: owner.db, app: app.db });
  });

  afterAll(async () => {
    await Promise.all(handles.map((handle) => handle.close()));
    if (state.name) await dropDatabase(serverUrl, state.name);
  });

  return state;
}

/** The server and templates of this run, for tests that manage databases themselves. */
export function testCluster() {
  return inject('planpulsDb');
}

/** The PostgreSQL error code a query failed with (drizzle wraps the driver's error as `cause`). */
export async function pgErrorCode(query: Promise<unknown>): Promise<string | undefined> {
  try {
    await query;
  } catch (error) {
    const cause = (error as { cause?: { code?: string }; code?: string }).cause ?? (error as { code?: string });
    return cause.code;
  }
  return undefined;
}

export const PG_INSUFFICIENT_PRIVILEGE = '42501';
