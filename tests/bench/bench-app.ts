import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { buildApp } from '../../apps/api/src/app';
import { loadConfig } from '../../apps/api/src/config';
import { hashPassword } from '../../apps/api/src/modules/auth/passwords';
import {
  createDb,
  ensureDatabase,
  migrateDatabase,
  resolveDatabaseUrls,
  seedDemo,
  startEmbeddedPostgres,
  withDatabase,
  type DatabaseHandle,
} from '@planpuls/db';
import { findFreePort } from '@planpuls/db/testing';

export interface BenchApp {
  api: Awaited<ReturnType<typeof buildApp>>;
  /** Connected as the owner: for arranging data. */
  owner: DatabaseHandle;
  /** Connected as the application role, as the API is. */
  app: DatabaseHandle;
  /** The session cookie and CSRF token of the demo user the bench acts as. */
  cookie: string;
  csrf: string;
}

/**
 * What every bench stands on: an embedded PostgreSQL in a throwaway directory with the demo seeded, the API
 * built on it (rate limits out of the way), and a demo user logged in. All of it is torn down when `measure`
 * ends, however it ends.
 */
export async function withBenchApp<T>(email: string, measure: (bench: BenchApp) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'planpuls-bench-'));
  const server = await startEmbeddedPostgres({ dataDir, port: await findFreePort() });
  try {
    await ensureDatabase(server.url, 'planpuls');
    const urls = resolveDatabaseUrls(withDatabase(server.url, 'planpuls'), 'bench');
    await migrateDatabase({ ownerUrl: urls.ownerUrl, appRole: urls.appRole, appPassword: 'bench' });
    const owner = createDb(urls.ownerUrl, { max: 2 });
    const app = createDb(urls.appUrl);
    try {
      await seedDemo(owner.db);
      const config = { ...loadConfig({ PLANPULS_MODE: 'development' }), rateLimit: { requestsPerMinute: 1e6, loginsPerMinute: 1e6 } };
      const api = await buildApp({ config, db: app.db, logger: false });
      try {
        await owner.db.execute(sql`UPDATE users SET password_hash = ${await hashPassword('bench-password')} WHERE email = ${email}`);
        const login = await api.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: 'bench-password' } });
        const session = login.cookies.find((c) => c.name === 'planpuls_session');
        if (!session) throw new Error(`${email} could not log in: ${login.statusCode} ${login.body}`);
        const cookie = `planpuls_session=${session.value}`;
        const csrf = (await api.inject({ method: 'GET', url: '/api/v1/auth/csrf', headers: { cookie } })).json().token as string;
        return await measure({ api, owner, app, cookie, csrf });
      } finally {
        await api.close();
      }
    } finally {
      await app.close();
      await owner.close();
    }
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
