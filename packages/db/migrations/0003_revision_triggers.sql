-- A revision per municipality, bumped once per statement that changes values or the definitions figures
-- are computed from. Computed figures are cached under (municipality, revision); any change invalidates them,
-- whichever API process made it.
CREATE FUNCTION bump_municipality_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO municipality_revisions AS r (municipality_id, revision)
  SELECT DISTINCT municipality_id, 1 FROM changed_rows
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
    'units', 'professional_groups', 'data_elements', 'data_values', 'indicators', 'indicator_formulas',
    'indicator_formula_numerators', 'plans', 'goals', 'targets', 'target_milestones'
  ] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed_rows
      FOR EACH STATEMENT EXECUTE FUNCTION bump_municipality_revision()', watched || '_revision_insert', watched);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed_rows
      FOR EACH STATEMENT EXECUTE FUNCTION bump_municipality_revision()', watched || '_revision_update', watched);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed_rows
      FOR EACH STATEMENT EXECUTE FUNCTION bump_municipality_revision()', watched || '_revision_delete', watched);
  END LOOP;
END;
$$;
