import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
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
