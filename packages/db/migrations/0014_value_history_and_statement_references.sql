CREATE TABLE "data_value_history" (
	"id" bigint PRIMARY KEY DEFAULT nextval('audit_log_id_seq') NOT NULL,
	"municipality_id" uuid NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_type" "actor_type" NOT NULL,
	"actor_user_id" uuid,
	"actor_token_id" uuid,
	"action" "audit_action" NOT NULL,
	"data_value_id" uuid NOT NULL,
	"data_element_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"professional_group_id" uuid,
	"period_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"value_before" numeric,
	"note_before" text,
	"version_before" integer,
	"updated_at_before" timestamp with time zone,
	"value_after" numeric,
	"note_after" text,
	"version_after" integer,
	"updated_at_after" timestamp with time zone,
	"reason" text,
	"request_id" text
);
--> statement-breakpoint
ALTER TABLE "data_values" DROP CONSTRAINT "data_values_identity_key";--> statement-breakpoint
ALTER TABLE "data_values" DROP CONSTRAINT "data_values_municipality_id_municipalities_id_fk";
--> statement-breakpoint
ALTER TABLE "data_values" DROP CONSTRAINT "data_values_period_id_periods_id_fk";
--> statement-breakpoint
ALTER TABLE "data_values" DROP CONSTRAINT "data_values_municipality_id_data_element_id_data_elements_municipality_id_id_fk";
--> statement-breakpoint
ALTER TABLE "data_values" DROP CONSTRAINT "data_values_municipality_id_unit_id_units_municipality_id_id_fk";
--> statement-breakpoint
ALTER TABLE "data_values" DROP CONSTRAINT "data_values_municipality_id_professional_group_id_professional_groups_municipality_id_id_fk";
--> statement-breakpoint
CREATE INDEX "data_value_history_value_idx" ON "data_value_history" USING hash ("data_value_id");--> statement-breakpoint
CREATE INDEX "data_value_history_municipality_time_idx" ON "data_value_history" USING btree ("municipality_id","occurred_at");--> statement-breakpoint
ALTER TABLE "data_values" ADD CONSTRAINT "data_values_identity_key" UNIQUE NULLS NOT DISTINCT("period_id","data_element_id","unit_id","professional_group_id");--> statement-breakpoint
-- ── The history of data values in its own typed table ──────────────────────────────────────────────────────
-- An import writes 100,000 values in one statement. Written as audit_log rows (0012, 0013), their history
-- cost two JSON documents per row, audit_log's foreign key and three indexes: about 1.2 s per 100,000 new
-- values. Here a row is typed columns, built per statement from the transition tables, about 0.3 s. Same
-- content as before: one row per created, changed (an update that changes nothing leaves no trace) or deleted
-- value, with who and why from the transaction's settings. The audit API reads both tables through
-- audit_entries, which shows these rows as audit_log showed them. Earlier history stays in audit_log.
DROP TRIGGER data_values_audit_insert ON data_values;
--> statement-breakpoint
DROP TRIGGER data_values_audit_update ON data_values;
--> statement-breakpoint
DROP TRIGGER data_values_audit_delete ON data_values;
--> statement-breakpoint
DROP FUNCTION audit_value_statement();
--> statement-breakpoint
CREATE FUNCTION record_value_history() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  acting actor_type := coalesce(nullif(current_setting('planpuls.actor_type', true), ''), 'system')::actor_type;
  acting_user uuid := nullif(current_setting('planpuls.actor_user_id', true), '')::uuid;
  acting_token uuid := nullif(current_setting('planpuls.actor_token_id', true), '')::uuid;
  why text := nullif(current_setting('planpuls.reason', true), '');
  request text := nullif(current_setting('planpuls.request_id', true), '');
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO data_value_history (municipality_id, actor_type, actor_user_id, actor_token_id, action, data_value_id,
      data_element_id, unit_id, professional_group_id, period_id, created_at,
      value_after, note_after, version_after, updated_at_after, reason, request_id)
    SELECT v.municipality_id, acting, acting_user, acting_token, 'create', v.id,
      v.data_element_id, v.unit_id, v.professional_group_id, v.period_id, v.created_at,
      v.value, v.note, v.version, v.updated_at, why, request
    FROM new_rows AS v;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO data_value_history (municipality_id, actor_type, actor_user_id, actor_token_id, action, data_value_id,
      data_element_id, unit_id, professional_group_id, period_id, created_at,
      value_before, note_before, version_before, updated_at_before,
      value_after, note_after, version_after, updated_at_after, reason, request_id)
    SELECT v.municipality_id, acting, acting_user, acting_token, 'update', v.id,
      v.data_element_id, v.unit_id, v.professional_group_id, v.period_id, v.created_at,
      o.value, o.note, o.version, o.updated_at,
      v.value, v.note, v.version, v.updated_at, why, request
    FROM new_rows AS v JOIN old_rows AS o ON o.id = v.id
    -- The columns a value's history holds (its identity cannot change), cheaper to compare than whole rows.
    WHERE (v.value, v.note, v.version, v.created_at, v.updated_at) IS DISTINCT FROM (o.value, o.note, o.version, o.created_at, o.updated_at);
  ELSE
    INSERT INTO data_value_history (municipality_id, actor_type, actor_user_id, actor_token_id, action, data_value_id,
      data_element_id, unit_id, professional_group_id, period_id, created_at,
      value_before, note_before, version_before, updated_at_before, reason, request_id)
    SELECT o.municipality_id, acting, acting_user, acting_token, 'delete', o.id,
      o.data_element_id, o.unit_id, o.professional_group_id, o.period_id, o.created_at,
      o.value, o.note, o.version, o.updated_at, why, request
    FROM old_rows AS o;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER data_values_history_insert AFTER INSERT ON data_values REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION record_value_history();
--> statement-breakpoint
CREATE TRIGGER data_values_history_update AFTER UPDATE ON data_values REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION record_value_history();
--> statement-breakpoint
CREATE TRIGGER data_values_history_delete AFTER DELETE ON data_values REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION record_value_history();
--> statement-breakpoint
-- Append-only like audit_log: the same refusal, naming the table it guards.
CREATE OR REPLACE FUNCTION refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER data_value_history_append_only BEFORE UPDATE OR DELETE ON data_value_history FOR EACH ROW EXECUTE FUNCTION refuse_audit_change();
--> statement-breakpoint
CREATE TRIGGER data_value_history_no_truncate BEFORE TRUNCATE ON data_value_history FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_change();
--> statement-breakpoint
CREATE VIEW audit_entries AS
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
FROM data_value_history AS h;
--> statement-breakpoint
-- ── The references of data values, checked per statement ───────────────────────────────────────────────────
-- The five foreign keys dropped above cost PostgreSQL one check per key per written row, about 1.3 s for an
-- import of 100,000 values. These triggers keep the same guarantees per statement:
--   • every written value's element, unit and group (within its municipality) and period exist; each distinct
--     key is locked FOR KEY SHARE, as a foreign key check locks it, so it cannot be deleted or re-keyed until
--     the writing transaction ends (a concurrent delete waits, then finds the new values and cascades or fails);
--   • deleting an element, unit or group deletes its values (ON DELETE CASCADE), and so does a municipality,
--     through its elements; deleting a period that values use is refused;
--   • a referenced key cannot change, and a value's own identity never changes (so only inserts need checking).
-- The errors are PostgreSQL's own: foreign_key_violation (23503) with a constraint name, as before.
CREATE FUNCTION raise_missing_reference(parent text, reference text, missing_key text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'insert into "data_values" violates the reference "%"', reference
    USING ERRCODE = 'foreign_key_violation', CONSTRAINT = reference, TABLE = 'data_values',
      DETAIL = format('Key %s is not present in table "%s".', missing_key, parent);
END;
$$;
--> statement-breakpoint
CREATE FUNCTION data_values_check_references() RETURNS trigger LANGUAGE plpgsql
  SECURITY DEFINER SET search_path = public AS $$
DECLARE
  missing text;
BEGIN
  -- Per parent, one pass: each distinct key of the written rows is looked up and its row locked FOR KEY SHARE;
  -- the first key without a row, if any, is the error. Owner's rights: locking takes more than reading, and
  -- the application may only read periods.
  SELECT min(format('(municipality_id, data_element_id)=(%s, %s)', k.municipality_id, k.data_element_id)) FILTER (WHERE l.found IS NULL)
  INTO missing
  FROM (SELECT DISTINCT municipality_id, data_element_id FROM new_rows) AS k
  LEFT JOIN LATERAL (
    SELECT true AS found FROM data_elements AS p WHERE p.municipality_id = k.municipality_id AND p.id = k.data_element_id FOR KEY SHARE
  ) AS l ON true;
  IF missing IS NOT NULL THEN PERFORM raise_missing_reference('data_elements', 'data_values_data_element_ref', missing); END IF;

  SELECT min(format('(municipality_id, unit_id)=(%s, %s)', k.municipality_id, k.unit_id)) FILTER (WHERE l.found IS NULL)
  INTO missing
  FROM (SELECT DISTINCT municipality_id, unit_id FROM new_rows) AS k
  LEFT JOIN LATERAL (
    SELECT true AS found FROM units AS p WHERE p.municipality_id = k.municipality_id AND p.id = k.unit_id FOR KEY SHARE
  ) AS l ON true;
  IF missing IS NOT NULL THEN PERFORM raise_missing_reference('units', 'data_values_unit_ref', missing); END IF;

  SELECT min(format('(municipality_id, professional_group_id)=(%s, %s)', k.municipality_id, k.professional_group_id)) FILTER (WHERE l.found IS NULL)
  INTO missing
  FROM (SELECT DISTINCT municipality_id, professional_group_id FROM new_rows WHERE professional_group_id IS NOT NULL) AS k
  LEFT JOIN LATERAL (
    SELECT true AS found FROM professional_groups AS p WHERE p.municipality_id = k.municipality_id AND p.id = k.professional_group_id FOR KEY SHARE
  ) AS l ON true;
  IF missing IS NOT NULL THEN PERFORM raise_missing_reference('professional_groups', 'data_values_professional_group_ref', missing); END IF;

  SELECT min(format('(period_id)=(%s)', k.period_id)) FILTER (WHERE l.found IS NULL)
  INTO missing
  FROM (SELECT DISTINCT period_id FROM new_rows) AS k
  LEFT JOIN LATERAL (SELECT true AS found FROM periods AS p WHERE p.id = k.period_id FOR KEY SHARE) AS l ON true;
  IF missing IS NOT NULL THEN PERFORM raise_missing_reference('periods', 'data_values_period_ref', missing); END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER data_values_references_insert AFTER INSERT ON data_values REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION data_values_check_references();
--> statement-breakpoint
CREATE FUNCTION refuse_value_identity_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the identity of a data value (municipality, element, unit, group, period) cannot change'
    USING ERRCODE = 'check_violation', CONSTRAINT = 'data_values_identity_fixed', TABLE = 'data_values';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER data_values_identity_fixed BEFORE UPDATE OF municipality_id, data_element_id, unit_id, professional_group_id, period_id ON data_values
  FOR EACH ROW WHEN ((OLD.municipality_id, OLD.data_element_id, OLD.unit_id, OLD.professional_group_id, OLD.period_id)
    IS DISTINCT FROM (NEW.municipality_id, NEW.data_element_id, NEW.unit_id, NEW.professional_group_id, NEW.period_id))
  EXECUTE FUNCTION refuse_value_identity_change();
--> statement-breakpoint
CREATE FUNCTION data_values_cascade_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'data_elements' THEN
    DELETE FROM data_values AS v USING removed_rows AS r WHERE v.municipality_id = r.municipality_id AND v.data_element_id = r.id;
  ELSIF TG_TABLE_NAME = 'units' THEN
    DELETE FROM data_values AS v USING removed_rows AS r WHERE v.municipality_id = r.municipality_id AND v.unit_id = r.id;
  ELSE
    DELETE FROM data_values AS v USING removed_rows AS r WHERE v.municipality_id = r.municipality_id AND v.professional_group_id = r.id;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER data_elements_cascade_values AFTER DELETE ON data_elements REFERENCING OLD TABLE AS removed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION data_values_cascade_delete();
--> statement-breakpoint
CREATE TRIGGER units_cascade_values AFTER DELETE ON units REFERENCING OLD TABLE AS removed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION data_values_cascade_delete();
--> statement-breakpoint
CREATE TRIGGER professional_groups_cascade_values AFTER DELETE ON professional_groups REFERENCING OLD TABLE AS removed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION data_values_cascade_delete();
--> statement-breakpoint
CREATE FUNCTION refuse_period_in_use() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  used uuid;
BEGIN
  SELECT v.period_id INTO used FROM data_values AS v JOIN removed_rows AS r ON r.id = v.period_id LIMIT 1;
  IF used IS NOT NULL THEN
    RAISE EXCEPTION 'delete from "periods" would leave data values without their period'
      USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'data_values_period_ref', TABLE = 'periods',
        DETAIL = format('Key (id)=(%s) is still referenced from table "data_values".', used);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER periods_keep_values AFTER DELETE ON periods REFERENCING OLD TABLE AS removed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_period_in_use();
--> statement-breakpoint
CREATE FUNCTION refuse_referenced_key_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (
    SELECT FROM data_values AS v
    WHERE CASE TG_TABLE_NAME
      WHEN 'data_elements' THEN v.data_element_id = OLD.id
      WHEN 'units' THEN v.unit_id = OLD.id
      WHEN 'professional_groups' THEN v.professional_group_id = OLD.id
      ELSE v.period_id = OLD.id
    END) THEN
    RAISE EXCEPTION 'the key of a row of "%" that data values refer to cannot change', TG_TABLE_NAME
      USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'data_values_' || CASE TG_TABLE_NAME
        WHEN 'data_elements' THEN 'data_element' WHEN 'units' THEN 'unit' WHEN 'professional_groups' THEN 'professional_group' ELSE 'period' END || '_ref',
        TABLE = TG_TABLE_NAME;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER data_elements_keep_value_keys BEFORE UPDATE OF id, municipality_id ON data_elements
  FOR EACH ROW WHEN ((OLD.id, OLD.municipality_id) IS DISTINCT FROM (NEW.id, NEW.municipality_id)) EXECUTE FUNCTION refuse_referenced_key_change();
--> statement-breakpoint
CREATE TRIGGER units_keep_value_keys BEFORE UPDATE OF id, municipality_id ON units
  FOR EACH ROW WHEN ((OLD.id, OLD.municipality_id) IS DISTINCT FROM (NEW.id, NEW.municipality_id)) EXECUTE FUNCTION refuse_referenced_key_change();
--> statement-breakpoint
CREATE TRIGGER professional_groups_keep_value_keys BEFORE UPDATE OF id, municipality_id ON professional_groups
  FOR EACH ROW WHEN ((OLD.id, OLD.municipality_id) IS DISTINCT FROM (NEW.id, NEW.municipality_id)) EXECUTE FUNCTION refuse_referenced_key_change();
--> statement-breakpoint
CREATE TRIGGER periods_keep_value_keys BEFORE UPDATE OF id ON periods
  FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id) EXECUTE FUNCTION refuse_referenced_key_change();
