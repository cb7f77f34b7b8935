import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { provisionAppRole } from './app-role';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../migrations', import.meta.url));

/** Any fixed number; every Planpuls process takes this lock before touching the schema. */
const MIGRATION_LOCK_KEY = 4_720_240_001;

export interface MigrateOptions {
  ownerUrl: string;
  appRole: string;
  appPassword: string;
}

/** Applies pending migrations and provisions the application role, under an advisory lock so that
 * two processes starting together run them once, one after the other. */
export async function migrateDatabase({ ownerUrl, appRole, appPassword }: MigrateOptions): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await migrate(drizzle(client), { migrationsFolder: MIGRATIONS_FOLDER });
      await provisionAppRole(client, appRole, appPassword);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}

/** The schema a process runs on is older than its code: the migrations have not been run (as the owner). */
export class SchemaBehindError extends Error {}

/**
 * For a process that connects as the application role only (DATABASE_APP_URL without DATABASE_URL): the
 * migrations were run by someone else, as the owner (compose's one-shot `migrate` service). Refuses a schema
 * older than this code, as drizzle's migrator decides what is pending: by the time of the last migration applied.
 */
export async function assertMigrated(appUrl: string): Promise<void> {
  const latest = Math.max(...readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).map((migration) => migration.folderMillis));
  const client = new pg.Client({ connectionString: appUrl });
  await client.connect();
  let applied: number | undefined;
  try {
    const result = await client.query<{ created_at: string }>('SELECT max(created_at) AS created_at FROM drizzle.__drizzle_migrations');
    applied = result.rows[0]?.created_at === null ? undefined : Number(result.rows[0]?.created_at);
  } catch (error) {
    // 3F000 / 42P01: no migration was ever run here; 42501: the role was provisioned before it could read them.
    if (!['3F000', '42P01', '42501'].includes((error as { code?: string }).code ?? '')) throw error;
  } finally {
    await client.end();
  }
  if (applied === undefined || applied < latest) {
    throw new SchemaBehindError(
      `the database's schema is ${applied === undefined ? 'not migrated' : 'older than this version'}: run the migrations first, as the owner (DATABASE_URL=<owner URL> pnpm db:migrate; with compose, the migrate service)`,
    );
  }
}
