-- ── No function of the schema can be turned against it by the objects of the caller's own session ─────────
-- Unless search_path names it elsewhere, PostgreSQL looks up an unqualified table, view or type name in the
-- session's temporary schema (pg_temp) first, and the application role may create temporary objects. The
-- reference check of data values (0014) runs with its owner's rights (SECURITY DEFINER) and searched `public`
-- only, so pg_temp came first: a temporary view named data_elements whose WHERE called a function of the app's
-- own made the owner run that function, which disabled audit_log's append-only trigger and rewrote its rows.
--
-- The class, closed here:
--   • SECURITY DEFINER functions (only the reference check) name every table and function with its schema and
--     search pg_catalog, public, then pg_temp last. A test (app-role.test.ts) enumerates pg_proc so that a new
--     definer function without such a search path fails the build.
--   • Every other function gets the same search path. They run with the caller's rights, so a session's own
--     objects gain it nothing; but a temporary audit_log, data_value_history, data sets or reports would take
--     the rows the triggers write or answer the write rules' reads: the trail or the rules skipped for good.
--   • PostgreSQL never looks functions or operators up in pg_temp unless named, and the app role may not create
--     anything in public (PostgreSQL 15's default, revoked explicitly below for databases made by older versions).
--
-- Why the application role keeps TEMPORARY: the import stages every row of a file (100,000 and more) in a
-- temporary table: no WAL, no shared buffers, invisible to other sessions, dropped at commit, and ANALYZEd,
-- which only a table's owner may do — a shared staging table owned by the owner would lose the statistics its
-- hash joins need, and every connection holds TEMPORARY through PUBLIC anyway. A session's temporary objects
-- affect that session alone, so they are dangerous only to code that runs there with more rights than the
-- session: the definer functions, which now cannot see them.
--
-- Who and why (planpuls.actor_type, actor_user_id, actor_token_id, reason, request_id) stay settings the
-- application sets for its transaction (withAuditContext) and the triggers trust. That is by design: the app
-- role is the application, which authenticates people and tokens; if it were compromised it could act through
-- any session it holds and name whoever it likes. What PostgreSQL guarantees is that every change leaves a row
-- in the same transaction, that no row can be changed or removed, and that the row names the actor the
-- application claimed; the application's guarantee is that the claim is the authenticated principal.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION data_values_check_references() RETURNS trigger LANGUAGE plpgsql
  SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
  missing text;
BEGIN
  -- Per parent, one pass: each distinct key of the written rows is looked up and its row locked FOR KEY SHARE;
  -- the first key without a row, if any, is the error. Owner's rights: locking takes more than reading, and
  -- the application may only read periods. Hence every name qualified (new_rows is the trigger's own table,
  -- which takes precedence over any relation of that name).
  SELECT pg_catalog.min(pg_catalog.format('(municipality_id, data_element_id)=(%s, %s)', k.municipality_id, k.data_element_id)) FILTER (WHERE l.found IS NULL)
  INTO missing
  FROM (SELECT DISTINCT municipality_id, data_element_id FROM new_rows) AS k
  LEFT JOIN LATERAL (
    SELECT true AS found FROM public.data_elements AS p WHERE p.municipality_id = k.municipality_id AND p.id = k.data_element_id FOR KEY SHARE
  ) AS l ON true;
  IF missing IS NOT NULL THEN PERFORM public.raise_missing_reference('data_elements', 'data_values_data_element_ref', missing); END IF;

  SELECT pg_catalog.min(pg_catalog.format('(municipality_id, unit_id)=(%s, %s)', k.municipality_id, k.unit_id)) FILTER (WHERE l.found IS NULL)
  INTO missing
  FROM (SELECT DISTINCT municipality_id, unit_id FROM new_rows) AS k
  LEFT JOIN LATERAL (
    SELECT true AS found FROM public.units AS p WHERE p.municipality_id = k.municipality_id AND p.id = k.unit_id FOR KEY SHARE
  ) AS l ON true;
  IF missing IS NOT NULL THEN PERFORM public.raise_missing_reference('units', 'data_values_unit_ref', missing); END IF;

  SELECT pg_catalog.min(pg_catalog.format('(municipality_id, professional_group_id)=(%s, %s)', k.municipality_id, k.professional_group_id)) FILTER (WHERE l.found IS NULL)
  INTO missing
  FROM (SELECT DISTINCT municipality_id, professional_group_id FROM new_rows WHERE professional_group_id IS NOT NULL) AS k
  LEFT JOIN LATERAL (
    SELECT true AS found FROM public.professional_groups AS p WHERE p.municipality_id = k.municipality_id AND p.id = k.professional_group_id FOR KEY SHARE
  ) AS l ON true;
  IF missing IS NOT NULL THEN PERFORM public.raise_missing_reference('professional_groups', 'data_values_professional_group_ref', missing); END IF;

  SELECT pg_catalog.min(pg_catalog.format('(period_id)=(%s)', k.period_id)) FILTER (WHERE l.found IS NULL)
  INTO missing
  FROM (SELECT DISTINCT period_id FROM new_rows) AS k
  LEFT JOIN LATERAL (SELECT true AS found FROM public.periods AS p WHERE p.id = k.period_id FOR KEY SHARE) AS l ON true;
  IF missing IS NOT NULL THEN PERFORM public.raise_missing_reference('periods', 'data_values_period_ref', missing); END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
ALTER FUNCTION raise_missing_reference(text, text, text) SET search_path = pg_catalog, public, pg_temp;
--> statement-breakpoint
ALTER FUNCTION bump_municipality_revision() SET search_path = pg_catalog, public, pg_temp;
--> statement-breakpoint
ALTER FUNCTION refuse_audit_change() SET search_path = pg_catalog, public, pg_temp;
--> statement-breakpoint
ALTER FUNCTION audit_row_change() SET search_path = pg_catalog, public, pg_temp;
--> statement-breakpoint
ALTER FUNCTION value_write_rules_apply(uuid[]) SET search_path = pg_catalog, public, pg_temp;
--> statement-breakpoint
ALTER FUNCTION value_write_rules_inserted() SET search_path = pg_catalog, public, pg_temp;
--> statement-breakpoint
ALTER FUNCTION value_write_rules_updated() SET search_path = pg_catalog, public, pg_temp;
--> statement-breakpoint
ALTER FUNCTION record_value_history() SET search_path = pg_catalog, public, pg_temp;
--> statement-breakpoint
ALTER FUNCTION refuse_value_identity_change() SET search_path = pg_catalog, public, pg_temp;
--> statement-breakpoint
ALTER FUNCTION data_values_cascade_delete() SET search_path = pg_catalog, public, pg_temp;
--> statement-breakpoint
ALTER FUNCTION refuse_period_in_use() SET search_path = pg_catalog, public, pg_temp;
--> statement-breakpoint
ALTER FUNCTION refuse_referenced_key_change() SET search_path = pg_catalog, public, pg_temp;
--> statement-breakpoint
-- ── Refused requests are in the trail, a row per actor and minute ──────────────────────────────────────────
-- Each refused request wrote its own audit_log row: any logged-in caller could grow the append-only log by as
-- many rows as the rate limit lets through (600 a minute). access_denials keeps one row per actor and minute,
-- counting the refusals in it, per route and error code too (at most 20 a row; beyond, the total still
-- counts). Every 403 to a known caller is counted (apps/api/src/plugins/denials.ts), not only a missing role. It only
-- grows: the count, the last time and the routes' counts may go up, nothing else changes, and no row is
-- deleted. The application role may update those three columns only (app-role.ts).
CREATE TABLE "access_denials" (
	"id" bigint PRIMARY KEY DEFAULT nextval('audit_log_id_seq') NOT NULL,
	"municipality_id" uuid,
	"window_start" timestamp with time zone NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_type" "actor_type" NOT NULL,
	"actor_user_id" uuid,
	"actor_token_id" uuid,
	"method" text NOT NULL,
	"route" text NOT NULL,
	"permission" text,
	"code" text NOT NULL,
	"request_id" text,
	"denials" integer DEFAULT 1 NOT NULL,
	"routes" jsonb NOT NULL,
	CONSTRAINT "access_denials_window_key" UNIQUE NULLS NOT DISTINCT("actor_type","actor_user_id","actor_token_id","window_start"),
	CONSTRAINT "access_denials_denials_positive" CHECK ("access_denials"."denials" >= 1)
);
--> statement-breakpoint
ALTER TABLE "access_denials" ADD CONSTRAINT "access_denials_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "access_denials_municipality_time_idx" ON "access_denials" USING btree ("municipality_id","occurred_at");
--> statement-breakpoint
CREATE FUNCTION access_denials_only_grow() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  IF (NEW.id, NEW.municipality_id, NEW.window_start, NEW.occurred_at, NEW.actor_type, NEW.actor_user_id, NEW.actor_token_id,
      NEW.method, NEW.route, NEW.permission, NEW.code, NEW.request_id)
    IS DISTINCT FROM (OLD.id, OLD.municipality_id, OLD.window_start, OLD.occurred_at, OLD.actor_type, OLD.actor_user_id, OLD.actor_token_id,
      OLD.method, OLD.route, OLD.permission, OLD.code, OLD.request_id)
    OR NEW.denials < OLD.denials OR NEW.last_at < OLD.last_at
    OR EXISTS (SELECT FROM jsonb_each(OLD.routes) AS o WHERE NOT coalesce(NEW.routes -> o.key >= o.value, false))
  THEN
    RAISE EXCEPTION 'access_denials only grows: its counts may go up, nothing else may change' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER access_denials_only_grow BEFORE UPDATE ON access_denials FOR EACH ROW EXECUTE FUNCTION access_denials_only_grow();
--> statement-breakpoint
CREATE TRIGGER access_denials_append_only BEFORE DELETE ON access_denials FOR EACH ROW EXECUTE FUNCTION refuse_audit_change();
--> statement-breakpoint
CREATE TRIGGER access_denials_no_truncate BEFORE TRUNCATE ON access_denials FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_change();
--> statement-breakpoint
CREATE OR REPLACE VIEW audit_entries AS
SELECT id, municipality_id, occurred_at, actor_type, actor_user_id, actor_token_id, action, entity_type, entity_id,
  before, after, reason, request_id
FROM audit_log
UNION ALL
SELECT h.id, h.municipality_id, h.occurred_at, h.actor_type, h.actor_user_id, h.actor_token_id, h.action,
  'data_values'::text, h.data_value_id,
  CASE WHEN h.action <> 'create' THEN jsonb_build_object(
    'id', h.data_value_id, 'municipality_id', h.municipality_id, 'data_element_id', h.data_element_id,
    'unit_id', h.unit_id, 'professional_group_id', h.professional_group_id, 'period_id', h.period_id,
    'value', h.value_before, 'note', h.note_before, 'version', h.version_before,
    'created_at', h.created_at, 'updated_at', h.updated_at_before) END,
  CASE WHEN h.action <> 'delete' THEN jsonb_build_object(
    'id', h.data_value_id, 'municipality_id', h.municipality_id, 'data_element_id', h.data_element_id,
    'unit_id', h.unit_id, 'professional_group_id', h.professional_group_id, 'period_id', h.period_id,
    'value', h.value_after, 'note', h.note_after, 'version', h.version_after,
    'created_at', h.created_at, 'updated_at', h.updated_at_after) END,
  h.reason, h.request_id
FROM data_value_history AS h
UNION ALL
-- The first refusal's method, route and permission, as audit_log held them, its error code, and how many the
-- minute had: in all, and per route and code.
SELECT d.id, d.municipality_id, d.occurred_at, d.actor_type, d.actor_user_id, d.actor_token_id, 'access_denied'::audit_action,
  'route'::text, NULL::uuid, NULL::jsonb,
  jsonb_build_object('method', d.method, 'route', d.route, 'permission', d.permission, 'code', d.code,
    'count', d.denials, 'last_at', d.last_at, 'routes', d.routes),
  NULL::text, d.request_id
FROM access_denials AS d;
