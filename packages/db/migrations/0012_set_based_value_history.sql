-- The history of data values written per statement, not per row: an import of 100,000 values makes three
-- INSERT … SELECTs into audit_log instead of 100,000 trigger calls. The rows written are the ones
-- audit_row_change (0006) wrote: same columns, same before/after, same who and why, and an update that
-- changes nothing leaves no trace.
DROP TRIGGER data_values_audit ON data_values;
--> statement-breakpoint
CREATE FUNCTION audit_value_statement() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  acting actor_type := coalesce(nullif(current_setting('planpuls.actor_type', true), ''), 'system')::actor_type;
  acting_user uuid := nullif(current_setting('planpuls.actor_user_id', true), '')::uuid;
  acting_token uuid := nullif(current_setting('planpuls.actor_token_id', true), '')::uuid;
  why text := nullif(current_setting('planpuls.reason', true), '');
  request text := nullif(current_setting('planpuls.request_id', true), '');
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO audit_log (municipality_id, actor_type, actor_user_id, actor_token_id, action, entity_type, entity_id, before, after, reason, request_id)
    SELECT written.municipality_id, acting, acting_user, acting_token, 'create', TG_TABLE_NAME, written.id, NULL, to_jsonb(written), why, request
    FROM new_rows AS written;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO audit_log (municipality_id, actor_type, actor_user_id, actor_token_id, action, entity_type, entity_id, before, after, reason, request_id)
    SELECT changed.municipality_id, acting, acting_user, acting_token, 'update', TG_TABLE_NAME, changed.id, changed.before, changed.after, why, request
    FROM (
      SELECT written.municipality_id, written.id, to_jsonb(previous) AS before, to_jsonb(written) AS after
      FROM new_rows AS written JOIN old_rows AS previous ON previous.id = written.id
    ) AS changed
    WHERE changed.before <> changed.after;
  ELSE
    INSERT INTO audit_log (municipality_id, actor_type, actor_user_id, actor_token_id, action, entity_type, entity_id, before, after, reason, request_id)
    SELECT removed.municipality_id, acting, acting_user, acting_token, 'delete', TG_TABLE_NAME, removed.id, to_jsonb(removed), NULL, why, request
    FROM old_rows AS removed;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER data_values_audit_insert AFTER INSERT ON data_values REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION audit_value_statement();
--> statement-breakpoint
CREATE TRIGGER data_values_audit_update AFTER UPDATE ON data_values REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION audit_value_statement();
--> statement-breakpoint
CREATE TRIGGER data_values_audit_delete AFTER DELETE ON data_values REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION audit_value_statement();
