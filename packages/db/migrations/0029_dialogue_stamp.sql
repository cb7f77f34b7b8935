-- The review board is served as ready bytes like the figures (apps/api/src/response-cache.ts), so its stamp must
-- move with everything it shows besides figures: positions with their answers and signatories, the steering group's
-- assessments, a cycle's review being closed, activities, and the names and reference groups of users. These do not
-- change a figure, so they bump a revision of their own (figure caches keyed by municipality_revisions stay warm) and
-- tell every API process through the figure channel of 0026.
CREATE TABLE "municipality_dialogue_revisions" (
	"municipality_id" uuid PRIMARY KEY NOT NULL,
	"revision" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "municipality_dialogue_revisions" ADD CONSTRAINT "municipality_dialogue_revisions_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
CREATE FUNCTION bump_dialogue_revision() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  INSERT INTO municipality_dialogue_revisions AS r (municipality_id, revision)
  SELECT DISTINCT municipality_id, 1 FROM changed_rows
  ON CONFLICT (municipality_id) DO UPDATE SET revision = r.revision + 1;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- A user's row changes on every failed login; only the name and the reference group are on the board.
CREATE FUNCTION bump_dialogue_revision_of_user() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  INSERT INTO municipality_dialogue_revisions AS r (municipality_id, revision) VALUES (NEW.municipality_id, 1)
  ON CONFLICT (municipality_id) DO UPDATE SET revision = r.revision + 1;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
DO $$
DECLARE
  watched text;
BEGIN
  FOREACH watched IN ARRAY ARRAY[
    'positions', 'position_answers', 'position_signatories', 'goal_assessments', 'reporting_cycles', 'activities', 'reference_groups'
  ] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed_rows
      FOR EACH STATEMENT EXECUTE FUNCTION bump_dialogue_revision()', watched || '_dialogue_insert', watched);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed_rows
      FOR EACH STATEMENT EXECUTE FUNCTION bump_dialogue_revision()', watched || '_dialogue_update', watched);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed_rows
      FOR EACH STATEMENT EXECUTE FUNCTION bump_dialogue_revision()', watched || '_dialogue_delete', watched);
  END LOOP;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER users_dialogue_update AFTER UPDATE ON users FOR EACH ROW
  WHEN (OLD.display_name IS DISTINCT FROM NEW.display_name OR OLD.reference_group_id IS DISTINCT FROM NEW.reference_group_id)
  EXECUTE FUNCTION bump_dialogue_revision_of_user();
--> statement-breakpoint
CREATE TRIGGER municipality_dialogue_revisions_figures_insert AFTER INSERT ON municipality_dialogue_revisions REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION notify_figures_changed();
--> statement-breakpoint
CREATE TRIGGER municipality_dialogue_revisions_figures_update AFTER UPDATE ON municipality_dialogue_revisions REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION notify_figures_changed();
