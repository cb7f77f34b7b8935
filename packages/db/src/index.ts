export * as schema from './schema';
export * from './schema';
export { createDb, type Database, type DatabaseHandle } from './client';
export { DEFAULT_APP_ROLE, resolveDatabaseUrls, withCredentials, withDatabase, redactUrl, type DatabaseUrls } from './connection';
export { assertMigrated, migrateDatabase, MIGRATIONS_FOLDER, SchemaBehindError } from './migrate';
export { startEmbeddedPostgres, ensureDatabase, type EmbeddedServer } from './embedded';
export { dropPlanpulsSchema } from './reset';
export { seedDemo } from './seed';
