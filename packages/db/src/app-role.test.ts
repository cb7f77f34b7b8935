import { sql, type SQL } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { PG_INSUFFICIENT_PRIVILEGE, pgErrorCode, useTestDatabase, type TestDatabase } from './testing';

describe('the application role', () => {
  const t = useTestDatabase('empty');

  it('is neither superuser nor the owner of any table', async () => {
    const role = await t.app.execute<{ rolsuper: boolean; name: string }>(
      sql`SELECT rolsuper, current_user AS name FROM pg_roles WHERE rolname = current_user`,
    );
    expect(role.rows[0]).toEqual({ rolsuper: false, name: 'planpuls_app' });
    const owned = await t.owner.execute(sql`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner = 'planpuls_app'`);
    expect(owned.rows).toEqual([]);
    const tables = await t.owner.execute(sql`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
    expect((tables.rows[0] as { n: number }).n).toBeGreaterThan(20);
  });

  it('reads and writes rows but cannot change the schema', async () => {
    await t.app.execute(sql`INSERT INTO municipalities (code, name) VALUES ('ROLLTEST', 'Rolltest kommun')`);
    const read = await t.app.execute(sql`SELECT name FROM municipalities WHERE code = 'ROLLTEST'`);
    expect(read.rows).toEqual([{ name: 'Rolltest kommun' }]);
    expect(await pgErrorCode(t.app.execute(sql`DROP TABLE data_values`))).toBe(PG_INSUFFICIENT_PRIVILEGE);
    expect(await pgErrorCode(t.app.execute(sql`ALTER TABLE units ADD COLUMN sneaky text`))).toBe(PG_INSUFFICIENT_PRIVILEGE);
    expect(await pgErrorCode(t.app.execute(sql`CREATE TABLE sneaky (id int)`))).toBe(PG_INSUFFICIENT_PRIVILEGE);
  });

  it('may only read the calendar', async () => {
    const read = await t.app.execute(sql`SELECT count(*)::int AS n FROM periods`);
    expect((read.rows[0] as { n: number }).n).toBe(1020);
    expect(await pgErrorCode(t.app.execute(sql`DELETE FROM periods`))).toBe(PG_INSUFFICIENT_PRIVILEGE);
  });
});

/** A municipality with one element, unit and the period 2025-T1, made by the owner; ids for the app's writes. */
async function arrangeTenant(owner: TestDatabase['owner'], code: string) {
  const { rows } = await owner.execute<{ municipality: string; element: string; unit: string; period: string }>(sql`
    WITH m AS (INSERT INTO municipalities (code, name) VALUES (${code}, ${code}) RETURNING id),
    e AS (INSERT INTO data_elements (municipality_id, code, name, definition, value_type, time_aggregation, frequency, disaggregation)
      SELECT id, 'hours', 'Timmar', 'Arbetade timmar', 'decimal', 'sum', 'tertial', 'none' FROM m RETURNING id),
    u AS (INSERT INTO units (municipality_id, code, name, kind) SELECT id, 'NORTH', 'Norr', 'district' FROM m RETURNING id)
    SELECT m.id AS municipality, e.id AS element, u.id AS unit, (SELECT id FROM periods WHERE code = '2025-T1') AS period FROM m, e, u`);
  return rows[0]!;
}

/**
 * What an attacker holding the application's credentials would try: objects of its own session (pg_temp)
 * named like the tables, functions and operators the triggers use, so that code running with more rights
 * than its own (the SECURITY DEFINER reference check runs as the owner) runs the attacker's code.
 */
describe('the application role cannot escalate through the functions of the schema', () => {
  const t = useTestDatabase('empty');

  /** The audit trail's first row, the append-only triggers' states and the app role's attributes, as the owner sees them. */
  const guarded = async () => {
    const first = await t.owner.execute(sql`SELECT id, reason, after FROM audit_log ORDER BY id LIMIT 1`);
    const triggers = await t.owner.execute(sql`
      SELECT tgname, tgenabled FROM pg_trigger WHERE tgrelid IN ('audit_log'::regclass, 'data_value_history'::regclass) AND NOT tgisinternal ORDER BY tgname`);
    const role = await t.owner.execute(sql`SELECT rolsuper, rolcreaterole, rolbypassrls FROM pg_roles WHERE rolname = 'planpuls_app'`);
    return { first: first.rows, triggers: triggers.rows, role: role.rows };
  };

  /** Runs the attempt in one session of the app role and commits it if it gets that far, so anything it did would stay. */
  const attempt = async (setup: SQL[], write: SQL) => {
    try {
      await t.app.transaction(async (tx) => {
        for (const statement of setup) await tx.execute(statement);
        await tx.execute(write).catch(() => {});
      });
    } catch {
      // A refused write is a failed attempt too; what matters is what it left behind.
    }
  };

  // Runs as whoever calls it: as the owner, it turns the audit trail's guard off and rewrites its first row.
  // (It could as well make the app role superuser; that would outlive this test's database, roles being per cluster.)
  const ESCALATE = sql.raw(`CREATE FUNCTION pg_temp.escalate() RETURNS boolean LANGUAGE plpgsql AS $$
    BEGIN
      ALTER TABLE public.audit_log DISABLE TRIGGER audit_log_append_only;
      UPDATE public.audit_log SET reason = 'rewritten' WHERE id = (SELECT min(id) FROM public.audit_log);
      RETURN true;
    EXCEPTION WHEN insufficient_privilege THEN RETURN true;
    END $$`);

  it('is refused its own functions and operators in the public schema', async () => {
    expect(
      await pgErrorCode(t.app.execute(sql`CREATE FUNCTION public.format(text, variadic "any") RETURNS text LANGUAGE sql AS 'SELECT $1'`)),
    ).toBe(PG_INSUFFICIENT_PRIVILEGE);
    expect(
      await pgErrorCode(t.app.execute(sql.raw(`CREATE OPERATOR public.= (LEFTARG = uuid, RIGHTARG = uuid, FUNCTION = uuid_eq)`))),
    ).toBe(PG_INSUFFICIENT_PRIVILEGE);
    expect(await pgErrorCode(t.app.execute(sql`CREATE VIEW public.data_elements_shadow AS SELECT 1`))).toBe(PG_INSUFFICIENT_PRIVILEGE);
  });

  it.each([
    ['a temporary view named like a table the reference check locks', 'data_elements'],
    ['a temporary view named like the calendar', 'periods'],
    ['a temporary view named like the units', 'units'],
  ])('gains nothing from %s', async (_, table) => {
    const tenant = await arrangeTenant(t.owner, `SHADOW_${table.toUpperCase()}`);
    const before = await guarded();
    expect(before.first).toHaveLength(1);
    await attempt(
      [ESCALATE, sql.raw(`CREATE TEMPORARY VIEW ${table} AS SELECT * FROM public.${table} WHERE pg_temp.escalate()`)],
      sql`INSERT INTO data_values (municipality_id, data_element_id, unit_id, period_id, value)
        VALUES (${tenant.municipality}::uuid, ${tenant.element}::uuid, ${tenant.unit}::uuid, ${tenant.period}::uuid, 1)`,
    );
    const after = await guarded();
    expect(after).toEqual(before);
    expect(after.triggers.map((row) => (row as { tgenabled: string }).tgenabled)).toEqual(['O', 'O', 'O', 'O']);
  });

  it('gains nothing from temporary functions and operators named like those the triggers call', async () => {
    const tenant = await arrangeTenant(t.owner, 'SHADOW_OPERATORS');
    const before = await guarded();
    await attempt(
      [
        ESCALATE,
        sql.raw(`CREATE FUNCTION pg_temp.shadow_eq(uuid, uuid) RETURNS boolean LANGUAGE sql AS 'SELECT pg_temp.escalate()'`),
        sql.raw(`CREATE OPERATOR pg_temp.= (LEFTARG = uuid, RIGHTARG = uuid, FUNCTION = pg_temp.shadow_eq)`),
        sql.raw(`CREATE FUNCTION pg_temp.format(text, text, text) RETURNS text LANGUAGE sql AS 'SELECT pg_temp.escalate()::text'`),
        sql.raw(
          `CREATE FUNCTION pg_temp.raise_missing_reference(text, text, text) RETURNS void LANGUAGE sql AS 'SELECT pg_temp.escalate()'`,
        ),
        // The app's own search path, with its own schema first, is what a function without a fixed one would use.
        sql.raw(`SET LOCAL search_path = pg_temp, public, pg_catalog`),
      ],
      // An unknown unit: the reference check reports it, through format() and raise_missing_reference().
      sql`INSERT INTO data_values (municipality_id, data_element_id, unit_id, period_id, value)
        VALUES (${tenant.municipality}::uuid, ${tenant.element}::uuid, gen_random_uuid(), ${tenant.period}::uuid, 1)`,
    );
    expect(await guarded()).toEqual(before);
  });

  it('cannot divert the trail into tables of its own session', async () => {
    const tenant = await arrangeTenant(t.owner, 'SHADOW_TRAIL');
    const trail = async () => {
      const log = await t.owner.execute(
        sql`SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'units' AND entity_id = ${tenant.unit}::uuid`,
      );
      const history = await t.owner.execute(sql`SELECT count(*)::int AS n FROM data_value_history WHERE unit_id = ${tenant.unit}::uuid`);
      return { log: (log.rows[0] as { n: number }).n, history: (history.rows[0] as { n: number }).n };
    };
    const before = await trail();
    await t.app.transaction(async (tx) => {
      for (const table of ['audit_log', 'data_value_history', 'municipality_revisions']) {
        await tx.execute(sql.raw(`CREATE TEMPORARY TABLE ${table} ON COMMIT DROP AS SELECT * FROM public.${table} WITH NO DATA`));
      }
      await tx.execute(sql`UPDATE units SET name = 'Norr (ny)' WHERE id = ${tenant.unit}::uuid`);
      await tx.execute(sql`INSERT INTO data_values (municipality_id, data_element_id, unit_id, period_id, value)
        VALUES (${tenant.municipality}::uuid, ${tenant.element}::uuid, ${tenant.unit}::uuid, ${tenant.period}::uuid, 1)`);
    });
    expect(await trail()).toEqual({ log: before.log + 1, history: before.history + 1 });
  });

  it('gives every SECURITY DEFINER function of the schema a search path that ends with pg_temp', async () => {
    const { rows } = await t.owner.execute<{ name: string; config: string[] | null }>(sql`
      SELECT p.oid::regprocedure::text AS name, p.proconfig AS config
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = 'public' AND p.prosecdef`);
    expect(rows.length).toBeGreaterThan(0);
    for (const { name, config } of rows) {
      const path = config?.find((setting) => setting.startsWith('search_path='));
      expect(path, name).toBeDefined();
      const schemas = path!
        .slice('search_path='.length)
        .split(',')
        .map((schema) => schema.trim().replace(/^"|"$/g, ''));
      expect(schemas.at(-1), name).toBe('pg_temp');
      expect(schemas[0], name).toBe('pg_catalog');
    }
  });

  it('fixes the search path of every function of the schema, so none reads a table of the caller’s session', async () => {
    const { rows } = await t.owner.execute<{ name: string }>(sql`
      SELECT p.oid::regprocedure::text AS name
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = 'public' AND NOT coalesce('search_path=pg_catalog, public, pg_temp' = ANY (p.proconfig), false)`);
    expect(rows).toEqual([]);
  });
});

describe('the application role cannot switch the trail off', () => {
  const t = useTestDatabase('empty');

  it('owns nothing, belongs to no role, and may create nothing but objects of its own session', async () => {
    const { rows } = await t.owner.execute(sql`
      WITH app AS (SELECT oid FROM pg_roles WHERE rolname = 'planpuls_app')
      SELECT 'relation ' || relname AS object FROM pg_class, app WHERE relowner = app.oid AND relpersistence <> 't'
      UNION ALL SELECT 'function ' || proname FROM pg_proc, app WHERE proowner = app.oid
      UNION ALL SELECT 'type ' || typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace, app WHERE typowner = app.oid AND n.nspname NOT LIKE 'pg_temp%' AND n.nspname NOT LIKE 'pg_toast_temp%'
      UNION ALL SELECT 'schema ' || nspname FROM pg_namespace, app WHERE nspowner = app.oid
      UNION ALL SELECT 'database ' || datname FROM pg_database, app WHERE datdba = app.oid
      UNION ALL SELECT 'member of ' || roleid::regrole::text FROM pg_auth_members, app WHERE member = app.oid
      UNION ALL SELECT 'create in schema ' || nspname FROM pg_namespace WHERE has_schema_privilege('planpuls_app', oid, 'CREATE')
      UNION ALL SELECT 'create in database' WHERE has_database_privilege('planpuls_app', current_database(), 'CREATE')`);
    expect(rows).toEqual([]);
  });

  it('holds no TRUNCATE, TRIGGER or REFERENCES privilege on any table', async () => {
    const { rows } = await t.owner.execute(sql`
      SELECT c.relname, p.privilege FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace,
        unnest(ARRAY['TRUNCATE', 'TRIGGER', 'REFERENCES']) AS p(privilege)
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm') AND has_table_privilege('planpuls_app', c.oid, p.privilege)`);
    expect(rows).toEqual([]);
  });

  it.each([
    ['disable the append-only trigger', 'ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only'],
    ['disable every trigger of the history', 'ALTER TABLE data_value_history DISABLE TRIGGER ALL'],
    ['drop the guard', 'DROP TRIGGER audit_log_append_only ON audit_log'],
    [
      'replace the guard’s function',
      'CREATE OR REPLACE FUNCTION refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$',
    ],
    ['take over the log', 'ALTER TABLE audit_log OWNER TO planpuls_app'],
    ['skip triggers as a replica does', 'SET session_replication_role = replica'],
    ['truncate the log', 'TRUNCATE audit_log'],
    ['truncate the values, whose deletion the trail records', 'TRUNCATE data_values'],
    ['rewrite a row', 'UPDATE audit_log SET reason = NULL'],
    ['add a trigger of its own', 'CREATE TRIGGER sneaky BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_audit_change()'],
  ])('is refused when it tries to %s', async (_, statement) => {
    expect(await pgErrorCode(t.app.execute(sql.raw(statement)))).toBe(PG_INSUFFICIENT_PRIVILEGE);
  });
});

describe('the refusals the application counts', () => {
  const t = useTestDatabase('empty');

  it('only grow: the application role raises a count, and can neither lower it, rewrite a refusal nor remove it', async () => {
    await t.owner.execute(sql`INSERT INTO municipalities (code, name) VALUES ('DENIALS', 'Denials')`);
    const { rows } = await t.app.execute<{ id: string }>(sql`
      INSERT INTO access_denials (municipality_id, window_start, actor_type, method, route, permission, code, routes)
      SELECT id, date_trunc('minute', now()), 'anonymous', 'GET', '/api/v1/units', 'units:read', 'auth.forbidden', '{"GET /api/v1/units": 1}'
      FROM municipalities WHERE code = 'DENIALS'
      RETURNING id`);
    const id = rows[0]!.id;
    await t.app.execute(sql`UPDATE access_denials SET denials = denials + 1, routes = '{"GET /api/v1/units": 2}' WHERE id = ${id}`);
    for (const change of [
      sql`UPDATE access_denials SET denials = 1 WHERE id = ${id}`,
      sql`UPDATE access_denials SET routes = '{"GET /api/v1/units": 1}' WHERE id = ${id}`,
      sql`UPDATE access_denials SET routes = '{}' WHERE id = ${id}`,
      sql`UPDATE access_denials SET route = '/elsewhere' WHERE id = ${id}`,
      sql`UPDATE access_denials SET code = 'auth.csrf_invalid' WHERE id = ${id}`,
      sql`UPDATE access_denials SET actor_type = 'system' WHERE id = ${id}`,
      sql`DELETE FROM access_denials WHERE id = ${id}`,
      sql`TRUNCATE access_denials`,
    ]) {
      expect(await pgErrorCode(t.app.execute(change))).toBe(PG_INSUFFICIENT_PRIVILEGE);
    }
    // Its owner is held to the same: a count only goes up.
    expect(await pgErrorCode(t.owner.execute(sql`UPDATE access_denials SET denials = 1 WHERE id = ${id}`))).toBe(PG_INSUFFICIENT_PRIVILEGE);
    expect(await pgErrorCode(t.owner.execute(sql`DELETE FROM access_denials WHERE id = ${id}`))).toBe(PG_INSUFFICIENT_PRIVILEGE);
    const kept = await t.owner.execute(sql`SELECT denials, routes, route, actor_type FROM access_denials WHERE id = ${id}`);
    expect(kept.rows).toEqual([{ denials: 2, routes: { 'GET /api/v1/units': 2 }, route: '/api/v1/units', actor_type: 'anonymous' }]);
  });
});
