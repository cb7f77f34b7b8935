-- ── What a submitted, approved or closed report stands on cannot be moved from under it ────────────────────
-- The write rules of values (0011) hold for a value while it belongs to a unit report: its unit's report in a
-- cycle of its period whose data set holds its element. Every way of taking a value out of a report would
-- undo them: editing the data set, moving the cycle to another period or plan, deleting and recreating the
-- cycle, reopening the review or a report, deleting the report. So once a cycle is frozen — any unit has
-- submitted (a report that is not `open`: returned reports were submitted once), or the steering review is
-- closed — none of that is possible, by any path; it is enforced here, where the write rules live.
--
-- And the same rules reach what else a report is made of:
--   • a value of a period that has a cycle must be in a data set of that period's cycles: outside it, no
--     report covers it and no rule would hold (PPR04);
--   • deleting a value of a submitted, approved or closed report needs a reason and flags the report;
--   • explanations of a unit's figures for a period follow its reports of that period as values do (read-only
--     once submitted, a reason and the flag once approved or closed), except for the late rule: explaining
--     a figure is how an overdue report gets ready to submit;
--   • rule explanations are kept with the submission and change only while their report is open or returned.
--
-- SQLSTATEs (mapped to API errors in apps/api/src/database-errors.ts), besides PPR01 and PPR02 of 0011:
--   PPR03 reporting_cycles.data_set_frozen   PPR04 data_values.not_in_data_set
--   PPR05 reports.illegal_transition         PPR06 reporting_cycles.has_submitted_reports
--
-- Deleting a whole municipality (its data with it) stays possible: each guard lets a cascade through once the
-- municipality row is gone.
--
-- Whom the guards of cycles, reports and rule explanations bind: every role but the tables' owner — the
-- application's role, which every request, API token and import runs as. The owner (migrations, the seed,
-- maintenance, test fixtures) owns the tables and could disable any trigger; binding it would only pretend.
-- The write rules of values and explanations bind everyone, as 0011's do.
--
-- Every function here names its search path with pg_temp last: a session's temporary tables cannot stand in
-- for the tables the rules read (the application may create temporary tables, for the import's staging).

CREATE FUNCTION reporting_cycle_frozen(cycle uuid) RETURNS boolean LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM reporting_cycles c WHERE c.id = cycle AND c.review_closed_at IS NOT NULL)
    OR EXISTS (SELECT 1 FROM unit_reports r WHERE r.cycle_id = cycle AND r.state <> 'open');
$$;
--> statement-breakpoint
-- Whether the guards bind the session for a table: not when its owner (or a superuser) logged in. The session's
-- role, not the current one: a cascade of a foreign key runs as the table's owner, on behalf of whoever deleted.
CREATE FUNCTION guards_bind(rel oid) RETURNS boolean LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
  SELECT NOT pg_has_role(session_user, c.relowner, 'MEMBER') FROM pg_class c WHERE c.oid = rel;
$$;
--> statement-breakpoint
CREATE FUNCTION municipality_gone(municipality uuid) RETURNS boolean LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
  SELECT NOT EXISTS (SELECT 1 FROM municipalities m WHERE m.id = municipality);
$$;
--> statement-breakpoint
-- ── The data set ────────────────────────────────────────────────────────────────────────────────────────────
CREATE FUNCTION refuse_frozen_data_set_change() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
  cycle uuid := CASE WHEN TG_OP = 'INSERT' THEN NEW.cycle_id ELSE OLD.cycle_id END;
  municipality uuid := CASE WHEN TG_OP = 'INSERT' THEN NEW.municipality_id ELSE OLD.municipality_id END;
BEGIN
  IF NOT guards_bind(TG_RELID) THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  -- A cascade from deleting the cycle (allowed only while it is not frozen) or the municipality.
  IF TG_OP = 'DELETE' AND (municipality_gone(municipality) OR NOT EXISTS (SELECT 1 FROM reporting_cycles WHERE id = cycle)) THEN
    RETURN OLD;
  END IF;
  -- Wait for a submission or closing in progress and hold new ones off until this change commits.
  PERFORM 1 FROM reporting_cycles WHERE id = cycle FOR SHARE;
  PERFORM 1 FROM unit_reports WHERE cycle_id = cycle ORDER BY id FOR SHARE;
  IF reporting_cycle_frozen(cycle) OR (TG_OP = 'UPDATE' AND reporting_cycle_frozen(NEW.cycle_id)) THEN
    RAISE EXCEPTION 'the data set of a cycle is frozen once a unit has submitted or the review is closed'
      USING ERRCODE = 'PPR03', TABLE = 'reporting_cycle_elements';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER reporting_cycle_elements_frozen BEFORE INSERT OR UPDATE OR DELETE ON reporting_cycle_elements
  FOR EACH ROW EXECUTE FUNCTION refuse_frozen_data_set_change();
--> statement-breakpoint
-- ── The cycle: its period and plan, its closing, its existence ──────────────────────────────────────────────
CREATE FUNCTION guard_frozen_cycle() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  IF NOT guards_bind(TG_RELID) THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  IF TG_OP = 'DELETE' THEN
    IF NOT municipality_gone(OLD.municipality_id) AND reporting_cycle_frozen(OLD.id) THEN
      RAISE EXCEPTION 'a cycle in which a unit has submitted, or whose review is closed, cannot be deleted'
        USING ERRCODE = 'PPR06', TABLE = 'reporting_cycles';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.review_closed_at IS NOT NULL AND NEW.review_closed_at IS DISTINCT FROM OLD.review_closed_at THEN
    RAISE EXCEPTION 'a closed review stays closed' USING ERRCODE = 'PPR03', TABLE = 'reporting_cycles';
  END IF;
  IF (NEW.municipality_id, NEW.plan_id, NEW.period_id) IS DISTINCT FROM (OLD.municipality_id, OLD.plan_id, OLD.period_id)
    AND reporting_cycle_frozen(OLD.id) THEN
    RAISE EXCEPTION 'the period and plan of a cycle are frozen once a unit has submitted or the review is closed'
      USING ERRCODE = 'PPR03', TABLE = 'reporting_cycles';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER reporting_cycles_frozen BEFORE UPDATE OR DELETE ON reporting_cycles
  FOR EACH ROW EXECUTE FUNCTION guard_frozen_cycle();
--> statement-breakpoint
-- ── A unit's report: only the diagram's arrows, flags that stay raised, and it stays ────────────────────────
-- open → submitted, returned → submitted, submitted → approved, submitted → returned. An approved report is
-- never reopened: a later correction is a change with a reason, flagged on it.
CREATE FUNCTION guard_unit_report() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  IF NOT guards_bind(TG_RELID) THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  IF TG_OP = 'DELETE' THEN
    IF NOT municipality_gone(OLD.municipality_id) AND EXISTS (SELECT 1 FROM reporting_cycles WHERE id = OLD.cycle_id)
      AND (OLD.state <> 'open' OR EXISTS (SELECT 1 FROM reporting_cycles WHERE id = OLD.cycle_id AND review_closed_at IS NOT NULL)) THEN
      RAISE EXCEPTION 'a submitted, approved or closed unit report cannot be deleted'
        USING ERRCODE = 'PPR06', TABLE = 'unit_reports';
    END IF;
    RETURN OLD;
  END IF;
  IF (NEW.municipality_id, NEW.cycle_id, NEW.unit_id) IS DISTINCT FROM (OLD.municipality_id, OLD.cycle_id, OLD.unit_id) THEN
    RAISE EXCEPTION 'a unit report cannot move to another cycle or unit' USING ERRCODE = 'PPR05', TABLE = 'unit_reports';
  END IF;
  IF NEW.state <> OLD.state AND NOT (OLD.state, NEW.state) IN (
    ('open'::unit_report_state, 'submitted'::unit_report_state), ('returned', 'submitted'), ('submitted', 'approved'), ('submitted', 'returned')
  ) THEN
    RAISE EXCEPTION 'a report that is % cannot become %', OLD.state, NEW.state
      USING ERRCODE = 'PPR05', TABLE = 'unit_reports', DETAIL = OLD.state::text;
  END IF;
  IF (OLD.changed_after_approval AND NOT NEW.changed_after_approval) OR (OLD.late_entry AND NOT NEW.late_entry) THEN
    RAISE EXCEPTION 'the flags of a unit report stay raised' USING ERRCODE = 'PPR05', TABLE = 'unit_reports', DETAIL = OLD.state::text;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER unit_reports_guard BEFORE UPDATE OR DELETE ON unit_reports
  FOR EACH ROW EXECUTE FUNCTION guard_unit_report();
--> statement-breakpoint
-- ── The rules, for values and explanations alike ────────────────────────────────────────────────────────────
-- 0011's rules, with the late rule optional (values: yes; explanations and deletions: no).
CREATE FUNCTION report_write_rules_apply(report_ids uuid[], late_applies boolean) RETURNS void LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
  reason text := nullif(btrim(coalesce(current_setting('planpuls.reason', true), '')), '');
  actor_type text := coalesce(nullif(current_setting('planpuls.actor_type', true), ''), 'system');
  actor_user uuid := nullif(current_setting('planpuls.actor_user_id', true), '')::uuid;
  today date := (now() AT TIME ZONE 'Europe/Stockholm')::date;
  locked_ids uuid[];
  late_ids uuid[];
  submitted_units text;
BEGIN
  IF report_ids IS NULL OR cardinality(report_ids) = 0 THEN
    RETURN;
  END IF;

  -- Wait for a submission, approval or return of these reports in progress, and hold theirs off until this
  -- write commits, so a change never slips into a report as its state changes. In id order: no deadlocks.
  PERFORM 1 FROM unit_reports WHERE id = ANY (report_ids) ORDER BY id FOR NO KEY UPDATE;

  SELECT
    array_agg(r.id) FILTER (WHERE r.state IN ('submitted', 'approved') OR c.review_closed_at IS NOT NULL),
    array_agg(r.id) FILTER (WHERE late_applies AND r.state IN ('open', 'returned') AND c.review_closed_at IS NULL AND today > c.due_on),
    string_agg(DISTINCT u.code, ', ') FILTER (WHERE r.state = 'submitted')
  INTO locked_ids, late_ids, submitted_units
  FROM unit_reports r
  JOIN reporting_cycles c ON c.id = r.cycle_id
  JOIN units u ON u.id = r.unit_id
  WHERE r.id = ANY (report_ids);

  IF submitted_units IS NOT NULL AND actor_type <> 'system' AND NOT EXISTS (
    SELECT 1 FROM user_roles ur
    WHERE ur.user_id = actor_user AND ur.role = 'admin' AND (ur.valid_until IS NULL OR ur.valid_until > now())
  ) THEN
    RAISE EXCEPTION 'the report of % is submitted and read-only: ask the steering group to return it', submitted_units
      USING ERRCODE = 'PPR02', DETAIL = submitted_units;
  END IF;

  IF (locked_ids IS NOT NULL OR late_ids IS NOT NULL) AND reason IS NULL THEN
    RAISE EXCEPTION 'a change to a submitted, approved, closed or overdue report needs a reason'
      USING ERRCODE = 'PPR01';
  END IF;

  IF locked_ids IS NOT NULL THEN
    UPDATE unit_reports SET changed_after_approval = true, updated_at = now()
    WHERE id = ANY (locked_ids) AND NOT changed_after_approval;
  END IF;
  IF late_ids IS NOT NULL THEN
    UPDATE unit_reports SET late_entry = true, updated_at = now()
    WHERE id = ANY (late_ids) AND NOT late_entry;
  END IF;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION value_write_rules_apply(report_ids uuid[]) RETURNS void LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  PERFORM report_write_rules_apply(report_ids, true);
END;
$$;
--> statement-breakpoint
-- Values of a period that has cycles, for an element no data set of them holds: refused. Checked per distinct
-- (municipality, period, element) of the statement, a handful even for an import of 100,000 rows.
CREATE FUNCTION refuse_values_outside_data_sets(keys jsonb) RETURNS void LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
  outside text;
BEGIN
  SELECT string_agg(DISTINCT format('%s %s', d.code, p.code), ', ')
  INTO outside
  FROM jsonb_to_recordset(keys) AS k (municipality_id uuid, period_id uuid, data_element_id uuid)
  JOIN data_elements d ON d.id = k.data_element_id
  JOIN periods p ON p.id = k.period_id
  WHERE EXISTS (SELECT 1 FROM reporting_cycles c WHERE c.municipality_id = k.municipality_id AND c.period_id = k.period_id)
    AND NOT EXISTS (
      SELECT 1 FROM reporting_cycles c JOIN reporting_cycle_elements e ON e.cycle_id = c.id
      WHERE c.municipality_id = k.municipality_id AND c.period_id = k.period_id AND e.data_element_id = k.data_element_id);
  IF outside IS NOT NULL THEN
    RAISE EXCEPTION 'no reporting cycle of the period asks for %', outside
      USING ERRCODE = 'PPR04', DETAIL = outside, TABLE = 'data_values';
  END IF;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION value_write_rules_inserted() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  PERFORM refuse_values_outside_data_sets((
    SELECT jsonb_agg(k) FROM (SELECT DISTINCT municipality_id, period_id, data_element_id FROM changed_rows) AS k));
  PERFORM value_write_rules_apply(ARRAY(
    SELECT DISTINCT r.id
    FROM changed_rows v
    JOIN reporting_cycles c ON c.period_id = v.period_id AND c.municipality_id = v.municipality_id
    JOIN reporting_cycle_elements e ON e.cycle_id = c.id AND e.data_element_id = v.data_element_id
    JOIN unit_reports r ON r.cycle_id = c.id AND r.unit_id = v.unit_id));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION value_write_rules_updated() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  PERFORM refuse_values_outside_data_sets((
    SELECT jsonb_agg(k) FROM (
      SELECT DISTINCT v.municipality_id, v.period_id, v.data_element_id
      FROM new_rows v JOIN old_rows o ON o.id = v.id
      WHERE v.value IS DISTINCT FROM o.value OR v.note IS DISTINCT FROM o.note) AS k));
  PERFORM value_write_rules_apply(ARRAY(
    SELECT DISTINCT r.id
    FROM new_rows v
    JOIN old_rows o ON o.id = v.id
    JOIN reporting_cycles c ON c.period_id = v.period_id AND c.municipality_id = v.municipality_id
    JOIN reporting_cycle_elements e ON e.cycle_id = c.id AND e.data_element_id = v.data_element_id
    JOIN unit_reports r ON r.cycle_id = c.id AND r.unit_id = v.unit_id
    WHERE v.value IS DISTINCT FROM o.value OR v.note IS DISTINCT FROM o.note));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Deleting values of a locked report: a reason, and the flag (a cascade of a municipality's deletion aside).
CREATE FUNCTION value_write_rules_deleted() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  PERFORM report_write_rules_apply(ARRAY(
    SELECT DISTINCT r.id
    FROM removed_rows v
    JOIN municipalities m ON m.id = v.municipality_id
    JOIN reporting_cycles c ON c.period_id = v.period_id AND c.municipality_id = v.municipality_id
    JOIN reporting_cycle_elements e ON e.cycle_id = c.id AND e.data_element_id = v.data_element_id
    JOIN unit_reports r ON r.cycle_id = c.id AND r.unit_id = v.unit_id), false);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER data_values_write_rules_delete AFTER DELETE ON data_values
  REFERENCING OLD TABLE AS removed_rows FOR EACH STATEMENT EXECUTE FUNCTION value_write_rules_deleted();
--> statement-breakpoint
-- ── Explanations of figures ─────────────────────────────────────────────────────────────────────────────────
-- An explanation (indicator × unit × group × period) belongs to the unit's reports of the period.
CREATE FUNCTION explanation_write_rules() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM report_write_rules_apply(ARRAY(
      SELECT DISTINCT r.id FROM new_rows x
      JOIN reporting_cycles c ON c.period_id = x.period_id AND c.municipality_id = x.municipality_id
      JOIN unit_reports r ON r.cycle_id = c.id AND r.unit_id = x.unit_id), false);
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM report_write_rules_apply(ARRAY(
      SELECT DISTINCT r.id FROM new_rows x JOIN old_rows o ON o.id = x.id
      JOIN reporting_cycles c ON c.period_id IN (x.period_id, o.period_id) AND c.municipality_id = x.municipality_id
      JOIN unit_reports r ON r.cycle_id = c.id AND r.unit_id IN (x.unit_id, o.unit_id)
      WHERE (x.text, x.indicator_id, x.unit_id, x.professional_group_id, x.period_id)
        IS DISTINCT FROM (o.text, o.indicator_id, o.unit_id, o.professional_group_id, o.period_id)), false);
  ELSE
    PERFORM report_write_rules_apply(ARRAY(
      SELECT DISTINCT r.id FROM old_rows x
      JOIN municipalities m ON m.id = x.municipality_id
      JOIN reporting_cycles c ON c.period_id = x.period_id AND c.municipality_id = x.municipality_id
      JOIN unit_reports r ON r.cycle_id = c.id AND r.unit_id = x.unit_id), false);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER explanations_write_rules_insert AFTER INSERT ON explanations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION explanation_write_rules();
--> statement-breakpoint
CREATE TRIGGER explanations_write_rules_update AFTER UPDATE ON explanations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION explanation_write_rules();
--> statement-breakpoint
CREATE TRIGGER explanations_write_rules_delete AFTER DELETE ON explanations
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION explanation_write_rules();
--> statement-breakpoint
-- ── Rule explanations: kept with the submission ─────────────────────────────────────────────────────────────
CREATE FUNCTION guard_rule_explanation() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
  report uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.unit_report_id ELSE NEW.unit_report_id END;
BEGIN
  IF NOT guards_bind(TG_RELID) THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  IF TG_OP = 'DELETE' AND (municipality_gone(OLD.municipality_id) OR NOT EXISTS (SELECT 1 FROM unit_reports WHERE id = report)) THEN
    RETURN OLD;
  END IF;
  IF EXISTS (SELECT 1 FROM unit_reports WHERE id IN (report, OLD.unit_report_id) AND state NOT IN ('open', 'returned')) THEN
    RAISE EXCEPTION 'the rule explanations of a submitted or approved report are part of it'
      USING ERRCODE = 'PPR02', TABLE = 'rule_explanations';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER rule_explanations_guard BEFORE INSERT OR UPDATE OR DELETE ON rule_explanations
  FOR EACH ROW EXECUTE FUNCTION guard_rule_explanation();
