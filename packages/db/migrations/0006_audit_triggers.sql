-- The audit log is append-only: no role, not even its owner, may change or remove a row through SQL.
CREATE FUNCTION refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_audit_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_change();
--> statement-breakpoint
-- Every row change of an audited table, in the same transaction: before, after, and who and why as the
-- application set them for the transaction (planpuls.* settings). Secrets never enter the log.
CREATE FUNCTION audit_row_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_row jsonb := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) - 'password_hash' - 'token_hash' END;
  new_row jsonb := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) - 'password_hash' - 'token_hash' END;
  row_data jsonb := coalesce(new_row, old_row);
BEGIN
  IF TG_OP = 'UPDATE' AND old_row = new_row THEN
    RETURN NULL;
  END IF;
  INSERT INTO audit_log (municipality_id, actor_type, actor_user_id, actor_token_id, action, entity_type, entity_id, before, after, reason, request_id)
  VALUES (
    (row_data ->> 'municipality_id')::uuid,
    coalesce(nullif(current_setting('planpuls.actor_type', true), ''), 'system')::actor_type,
    nullif(current_setting('planpuls.actor_user_id', true), '')::uuid,
    nullif(current_setting('planpuls.actor_token_id', true), '')::uuid,
    (CASE TG_OP WHEN 'INSERT' THEN 'create' WHEN 'UPDATE' THEN 'update' ELSE 'delete' END)::audit_action,
    TG_TABLE_NAME,
    (row_data ->> 'id')::uuid,
    old_row,
    new_row,
    nullif(current_setting('planpuls.reason', true), ''),
    nullif(current_setting('planpuls.request_id', true), '')
  );
  RETURN NULL;
END;
$$;
--> statement-breakpoint
DO $$
DECLARE
  audited text;
BEGIN
  FOREACH audited IN ARRAY ARRAY[
    'units', 'professional_groups', 'data_elements', 'data_values', 'indicators', 'indicator_formulas',
    'indicator_formula_numerators', 'plans', 'focus_areas', 'goals', 'targets', 'target_milestones',
    'target_reference_values', 'activities', 'reporting_cycles', 'unit_reports', 'users', 'user_roles', 'user_role_units'
  ] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I
      FOR EACH ROW EXECUTE FUNCTION audit_row_change()', audited || '_audit', audited);
  END LOOP;
END;
$$;
