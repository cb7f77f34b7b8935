import { randomBytes } from 'node:crypto';
import { loadConfig } from '../config';
import { openDatabase } from '../database';

/**
 * `pnpm db:migrate`: applies pending migrations and provisions the application role, as the owner
 * (DATABASE_URL, or the embedded PostgreSQL), and exits. Compose runs it as a one-shot service before the app.
 */
const say = (message: string) => console.log(`[planpuls] ${message}`);
// It serves nothing and signs no session: production mode's SESSION_SECRET need not be handed to it.
const config = loadConfig({ ...process.env, SESSION_SECRET: process.env.SESSION_SECRET ?? randomBytes(32).toString('base64url') });
if (!config.databaseUrl && config.databaseAppUrl) {
  console.error('[planpuls] db:migrate runs as the owner of the schema: set DATABASE_URL (DATABASE_APP_URL alone cannot migrate)');
  process.exit(1);
}
const database = await openDatabase(config, say);
say(`Migrations applied and the application role provisioned on ${database.description}.`);
await database.close();
