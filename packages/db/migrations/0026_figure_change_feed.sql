-- Each API process keeps figure answers as ready bytes under the municipality's figure stamp (the revision, the
-- data sets and the focus areas; apps/api/src/modules/figures/figures.repository.ts readFigureStamp). These
-- triggers tell every process, through LISTEN/NOTIFY after the transaction commits, that a municipality's stamp
-- moved, so a process serving from memory reads it again. A process whose listening connection is down reads the
-- stamp on every request (apps/api/src/response-cache.ts), so a missed notice can only cost a database read.
CREATE FUNCTION notify_figures_changed() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  PERFORM pg_notify('planpuls_figures', municipality_id::text) FROM (SELECT DISTINCT municipality_id FROM changed_rows) AS touched;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
DO $$
DECLARE
  watched text;
BEGIN
  FOREACH watched IN ARRAY ARRAY['municipality_revisions', 'reporting_cycle_elements', 'focus_areas'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed_rows
      FOR EACH STATEMENT EXECUTE FUNCTION notify_figures_changed()', watched || '_figures_insert', watched);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed_rows
      FOR EACH STATEMENT EXECUTE FUNCTION notify_figures_changed()', watched || '_figures_update', watched);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed_rows
      FOR EACH STATEMENT EXECUTE FUNCTION notify_figures_changed()', watched || '_figures_delete', watched);
  END LOOP;
END;
$$;
