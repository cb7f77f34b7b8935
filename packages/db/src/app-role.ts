import type pg from 'pg';

/** Tables and views the application may only read (the calendar is fixed by a migration; the trail is a view). */
const READ_ONLY_TABLES = ['periods', 'audit_entries'];
/** Tables the application may read and add to, never change (history; formula versions and earlier comment texts: 0018). */
const APPEND_ONLY_TABLES = ['audit_log', 'data_value_history', 'indicator_formulas', 'indicator_formula_numerators', 'comment_revisions'];
/** Tables whose rows only grow: the application adds rows and raises their counts, those columns only (0015). */
const GROW_ONLY_TABLES: Record<string, string[]> = { access_denials: ['denials', 'last_at', 'routes'] };

/** Creates the application's login role if missing and grants it row access to every table, nothing more. */
export async function provisionAppRole(client: pg.ClientBase, role: string, password: string): Promise<void> {
  const roleId = client.escapeIdentifier(role);
  const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
  if (exists.rowCount === 0) {
    try {
      await client.query(`CREATE ROLE ${roleId} LOGIN PASSWORD ${client.escapeLiteral(password)} NOSUPERUSER NOCREATEDB NOCREATEROLE`);
    } catch (error) {
      // Another process created it between our check and our CREATE (roles are cluster-wide).
      if ((error as { code?: string }).code !== '42710') throw error;
    }
  }
  const database = (await client.query<{ db: string }>('SELECT current_database() AS db')).rows[0]!.db;
  // TEMPORARY for the import's staging table; safe because no function of the schema looks in pg_temp before
  // public (migration 0015 says why the app keeps it, and app-role.test.ts holds every function to it).
  await client.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${client.escapeIdentifier(database)} TO ${roleId}`);
  await client.query(`GRANT USAGE ON SCHEMA public TO ${roleId}`);
  // Nothing of its own in the schema: an object of the app's named like one the functions use could run as them.
  await client.query(`REVOKE CREATE ON SCHEMA public FROM ${roleId}`);
  await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${roleId}`);
  await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${roleId}`);
  // Which migrations were applied, read only: an app started without the owner's URL checks it is not ahead.
  await client.query(`GRANT USAGE ON SCHEMA drizzle TO ${roleId}`);
  await client.query(`GRANT SELECT ON drizzle.__drizzle_migrations TO ${roleId}`);
  for (const table of READ_ONLY_TABLES) {
    await client.query(`REVOKE INSERT, UPDATE, DELETE ON ${client.escapeIdentifier(table)} FROM ${roleId}`);
  }
  for (const table of APPEND_ONLY_TABLES) {
    await client.query(`REVOKE UPDATE, DELETE, TRUNCATE ON ${client.escapeIdentifier(table)} FROM ${roleId}`);
  }
  for (const [table, columns] of Object.entries(GROW_ONLY_TABLES)) {
    const tableId = client.escapeIdentifier(table);
    await client.query(`REVOKE UPDATE, DELETE, TRUNCATE ON ${tableId} FROM ${roleId}`);
    await client.query(`GRANT UPDATE (${columns.map((column) => client.escapeIdentifier(column)).join(', ')}) ON ${tableId} TO ${roleId}`);
  }
}
