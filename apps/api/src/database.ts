import {
  assertMigrated,
  createDb,
  dropPlanpulsSchema,
  ensureDatabase,
  migrateDatabase,
  redactUrl,
  resolveDatabaseUrls,
  startEmbeddedPostgres,
  withDatabase,
  type DatabaseHandle,
  type DatabaseUrls,
} from '@planpuls/db';
import type { Config } from './config';

export interface OpenDatabase {
  /** The owner's URL is absent when the process was given the application role's only (DATABASE_APP_URL). */
  urls: DatabaseUrls | { ownerUrl: undefined; appUrl: string };
  /** Connected as the application role. */
  app: DatabaseHandle;
  /** Where the data lives, for the start-up message. */
  description: string;
  close(): Promise<void>;
}

/** Connects to DATABASE_URL, or starts the embedded PostgreSQL, then migrates under the advisory lock
 * (after dropping everything first when `reset` is asked for). Given DATABASE_APP_URL alone, it connects as the
 * application role and migrates nothing: the owner ran the migrations (compose's `migrate` service); a schema
 * older than this code is refused. */
export async function openDatabase(
  config: Config,
  log: (message: string) => void,
  options: { reset?: boolean } = {},
): Promise<OpenDatabase> {
  if (!config.databaseUrl && config.databaseAppUrl) {
    const appUrl = config.databaseAppUrl;
    if (options.reset) throw new Error('dropping the schema needs the owner: set DATABASE_URL');
    await assertMigrated(appUrl);
    const app = createDb(appUrl);
    return {
      urls: { ownerUrl: undefined, appUrl },
      app,
      description: `PostgreSQL at ${redactUrl(appUrl)}, as the application role (migrations run by the owner)`,
      close: () => app.close(),
    };
  }
  let ownerUrl: string;
  let stopEmbedded = async () => {};
  let description: string;
  if (config.databaseUrl) {
    ownerUrl = config.databaseUrl;
    description = `PostgreSQL at ${redactUrl(ownerUrl)}`;
  } else {
    const { dataDir, port, database } = config.embeddedPostgres;
    log(`Starting embedded PostgreSQL (data in ${dataDir}) …`);
    const server = await startEmbeddedPostgres({ dataDir, port, log });
    stopEmbedded = () => server.stop();
    await ensureDatabase(server.url, database);
    ownerUrl = withDatabase(server.url, database);
    description = `embedded PostgreSQL on port ${port}, data in ${server.dataDir}`;
  }
  try {
    const urls = resolveDatabaseUrls(ownerUrl, config.databaseAppPassword, config.databaseAppUrl);
    if (options.reset) {
      log('Dropping every Planpuls table …');
      await dropPlanpulsSchema(urls.ownerUrl);
    }
    await migrateDatabase({ ownerUrl: urls.ownerUrl, appRole: urls.appRole, appPassword: urls.appPassword });
    const app = createDb(urls.appUrl);
    return {
      urls,
      app,
      description,
      close: async () => {
        await app.close();
        await stopEmbedded();
      },
    };
  } catch (error) {
    await stopEmbedded();
    throw error;
  }
}
