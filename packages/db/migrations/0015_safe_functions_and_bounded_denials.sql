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
