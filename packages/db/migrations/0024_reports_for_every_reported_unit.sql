-- ── A value always belongs to a report ──────────────────────────────────────────────────────────────────────
-- The write rules of values (0011, 0016, 0020) hold through a value's unit report: its unit's report in a cycle
-- of its period whose data set holds its element. A cycle gets a report for the units valid in its period when it
-- is created; a unit created later, one whose validity is widened, or a value entered for a unit outside its
-- validity had none, so its values followed no rule at all: in a cycle whose review is closed they were written
-- without a reason and unflagged, and the closed figures of the steering group moved (issue 12, finding 7's class).
-- Now the first value of such a unit gives it its report in every cycle of the period that asks for the element,
-- in the same statement and before the rules run, so the rules of the cycle hold for it as for every other unit:
-- a reason and the flag once the review is closed, the late flag once the cycle is overdue.

CREATE OR REPLACE FUNCTION value_write_rules_check(municipality_ids uuid[], period_ids uuid[], element_ids uuid[], unit_ids uuid[])
RETURNS void LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
  outside text;
BEGIN
  IF municipality_ids IS NULL OR cardinality(municipality_ids) = 0 THEN
    RETURN;
  END IF;
  -- Values of a period that has cycles, for an element no data set of them holds: refused.
  SELECT string_agg(DISTINCT format('%s %s', d.code, p.code), ', ')
  INTO outside
  FROM (SELECT DISTINCT k.municipality_id, k.period_id, k.data_element_id
        FROM unnest(municipality_ids, period_ids, element_ids) AS k (municipality_id, period_id, data_element_id)) AS k
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
  -- Every unit with a value in a cycle's period and data set has its report in that cycle.
  INSERT INTO unit_reports (municipality_id, cycle_id, unit_id)
  SELECT DISTINCT c.municipality_id, c.id, k.unit_id
  FROM unnest(municipality_ids, period_ids, element_ids, unit_ids) AS k (municipality_id, period_id, data_element_id, unit_id)
  JOIN reporting_cycles c ON c.period_id = k.period_id AND c.municipality_id = k.municipality_id
  JOIN reporting_cycle_elements e ON e.cycle_id = c.id AND e.data_element_id = k.data_element_id
  WHERE NOT EXISTS (SELECT 1 FROM unit_reports r WHERE r.cycle_id = c.id AND r.unit_id = k.unit_id)
  ON CONFLICT (cycle_id, unit_id) DO NOTHING;
  -- The unit reports the values belong to: their unit's report in a cycle of their period whose data set holds
  -- their element.
  PERFORM value_write_rules_apply(ARRAY(
    SELECT DISTINCT r.id
    FROM unnest(municipality_ids, period_ids, element_ids, unit_ids) AS k (municipality_id, period_id, data_element_id, unit_id)
    JOIN reporting_cycles c ON c.period_id = k.period_id AND c.municipality_id = k.municipality_id
    JOIN reporting_cycle_elements e ON e.cycle_id = c.id AND e.data_element_id = k.data_element_id
    JOIN unit_reports r ON r.cycle_id = c.id AND r.unit_id = k.unit_id));
END;
$$;
--> statement-breakpoint
-- Values already entered without a report get theirs, so deleting them follows the rules too.
INSERT INTO unit_reports (municipality_id, cycle_id, unit_id)
SELECT DISTINCT c.municipality_id, c.id, v.unit_id
FROM data_values v
JOIN reporting_cycles c ON c.period_id = v.period_id AND c.municipality_id = v.municipality_id
JOIN reporting_cycle_elements e ON e.cycle_id = c.id AND e.data_element_id = v.data_element_id
ON CONFLICT (cycle_id, unit_id) DO NOTHING;
--> statement-breakpoint
-- ── A closed steering review stays as it was closed ─────────────────────────────────────────────────────────
-- Closing the review freezes its assessments, the unions' positions, their signatures and the steering group's
-- answers (the API answers 409 reviews.closed). 0016 held the cycle and its reports in PostgreSQL but left these
-- to the application: as the application's role, a closed review's positions, answers and assessments could be
-- rewritten, added or deleted. Now PostgreSQL refuses it (SQLSTATE PPR10, mapped to reviews.closed), for every
-- role but the tables' owner, as 0016's guards do; a cascade of a deleted municipality goes through.
CREATE FUNCTION review_closed(cycle uuid) RETURNS boolean LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM reporting_cycles c WHERE c.id = cycle AND c.review_closed_at IS NOT NULL);
$$;
--> statement-breakpoint
CREATE FUNCTION guard_closed_review() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
  row_before jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
  row_after jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
  municipality uuid := coalesce(row_after, row_before) ->> 'municipality_id';
  cycles uuid[];
BEGIN
  IF NOT guards_bind(TG_RELID) OR municipality_gone(municipality) THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  IF TG_TABLE_NAME IN ('positions', 'goal_assessments') THEN
    cycles := ARRAY[(row_before ->> 'cycle_id')::uuid, (row_after ->> 'cycle_id')::uuid];
  ELSE
    cycles := ARRAY(SELECT p.cycle_id FROM positions p WHERE p.id IN ((row_before ->> 'position_id')::uuid, (row_after ->> 'position_id')::uuid));
  END IF;
  -- Wait for a closing in progress, so a change never slips in as the review closes.
  PERFORM 1 FROM reporting_cycles WHERE id = ANY (cycles) ORDER BY id FOR SHARE;
  IF EXISTS (SELECT 1 FROM unnest(cycles) AS c (id) WHERE review_closed(c.id)) THEN
    RAISE EXCEPTION 'the steering review of the cycle is closed: its assessments, positions and answers stay as they were'
      USING ERRCODE = 'PPR10', TABLE = TG_TABLE_NAME;
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER positions_closed_review BEFORE INSERT OR UPDATE OR DELETE ON positions
  FOR EACH ROW EXECUTE FUNCTION guard_closed_review();
--> statement-breakpoint
CREATE TRIGGER position_signatories_closed_review BEFORE INSERT OR UPDATE OR DELETE ON position_signatories
  FOR EACH ROW EXECUTE FUNCTION guard_closed_review();
--> statement-breakpoint
CREATE TRIGGER position_answers_closed_review BEFORE INSERT OR UPDATE OR DELETE ON position_answers
  FOR EACH ROW EXECUTE FUNCTION guard_closed_review();
--> statement-breakpoint
CREATE TRIGGER goal_assessments_closed_review BEFORE INSERT OR UPDATE OR DELETE ON goal_assessments
  FOR EACH ROW EXECUTE FUNCTION guard_closed_review();
--> statement-breakpoint
-- ── An explanation always belongs to its unit's reports too ─────────────────────────────────────────────────
-- An explanation belongs to its unit's reports of every cycle of its period (0016); a unit without one (added
-- later) explained a closed period's figure without a reason. As for values, the unit gets its report in each
-- cycle of the period with its first explanation there, before the rules run.
CREATE OR REPLACE FUNCTION explanation_write_rules() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO unit_reports (municipality_id, cycle_id, unit_id)
    SELECT DISTINCT c.municipality_id, c.id, x.unit_id FROM new_rows x
    JOIN reporting_cycles c ON c.period_id = x.period_id AND c.municipality_id = x.municipality_id
    WHERE NOT EXISTS (SELECT 1 FROM unit_reports r WHERE r.cycle_id = c.id AND r.unit_id = x.unit_id)
    ON CONFLICT (cycle_id, unit_id) DO NOTHING;
    PERFORM report_write_rules_apply(ARRAY(
      SELECT DISTINCT r.id FROM new_rows x
      JOIN reporting_cycles c ON c.period_id = x.period_id AND c.municipality_id = x.municipality_id
      JOIN unit_reports r ON r.cycle_id = c.id AND r.unit_id = x.unit_id), false);
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO unit_reports (municipality_id, cycle_id, unit_id)
    SELECT DISTINCT c.municipality_id, c.id, x.unit_id FROM new_rows x
    JOIN reporting_cycles c ON c.period_id = x.period_id AND c.municipality_id = x.municipality_id
    WHERE NOT EXISTS (SELECT 1 FROM unit_reports r WHERE r.cycle_id = c.id AND r.unit_id = x.unit_id)
    ON CONFLICT (cycle_id, unit_id) DO NOTHING;
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
INSERT INTO unit_reports (municipality_id, cycle_id, unit_id)
SELECT DISTINCT c.municipality_id, c.id, x.unit_id
FROM explanations x
JOIN reporting_cycles c ON c.period_id = x.period_id AND c.municipality_id = x.municipality_id
ON CONFLICT (cycle_id, unit_id) DO NOTHING;
