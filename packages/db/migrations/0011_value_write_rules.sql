-- Write rules for data values in reporting cycles, enforced here so that every path (PUT /data-values, the
-- import, a script) obeys them. A value belongs to a unit report when a cycle of the value's period has the
-- value's data element in its data set and the report is the value's unit's.
--
-- * submitted: read-only for everyone but administrators (HR asks the steering group to return it);
-- * submitted, approved, or the cycle's review closed: a change needs a reason and flags the report
--   `changed_after_approval`;
-- * otherwise, after the deadline in force (`due_on`, Stockholm time): a change needs a reason and flags the
--   report `late_entry`.
--
-- The reason is the transaction's `planpuls.reason` (see withAuditContext); the audit trigger keeps it with
-- each row's history. The triggers are per statement over the transition tables, so an import of 100,000
-- rows costs one join, not 100,000 lookups.
--
-- SQLSTATEs (mapped to API errors in apps/api/src/database-errors.ts):
--   PPR01 data_values.reason_required   PPR02 reports.submitted_read_only
CREATE FUNCTION value_write_rules_apply(report_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
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
  -- write commits, so a value never slips into a report as its state changes. In id order: no deadlocks.
  PERFORM 1 FROM unit_reports WHERE id = ANY (report_ids) ORDER BY id FOR NO KEY UPDATE;

  SELECT
    array_agg(r.id) FILTER (WHERE r.state IN ('submitted', 'approved') OR c.review_closed_at IS NOT NULL),
    array_agg(r.id) FILTER (WHERE r.state IN ('open', 'returned') AND c.review_closed_at IS NULL AND today > c.due_on),
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
-- The reports that values (element, unit, period) belong to; few cycles exist, the join is by keys.
CREATE FUNCTION value_write_rules_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
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
-- Only rows whose value or note actually changed: re-importing the same figures is no change.
CREATE FUNCTION value_write_rules_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
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
CREATE TRIGGER data_values_write_rules_insert AFTER INSERT ON data_values
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION value_write_rules_inserted();
--> statement-breakpoint
CREATE TRIGGER data_values_write_rules_update AFTER UPDATE ON data_values
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION value_write_rules_updated();
