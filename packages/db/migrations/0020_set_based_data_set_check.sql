-- ── The write rules of values, from the few keys a statement touches ────────────────────────────────────────
-- 0016 added the data-set check (PPR04) and, redefining the triggers, went back to joining every written row to
-- the cycles and data sets (0011's shape, which 0013 had replaced): on an import of 100,000 rows the insert
-- trigger took 0.43 s instead of 0.05 s, and the update trigger joined both transition tables twice. Both rules
-- depend on a written row only through its (municipality, period, element, unit), and only when its period has
-- a reporting cycle (the data-set check asks only then; a report is of a cycle). Here each trigger reads its
-- transition tables once, keeps the rows of periods with cycles (a few of the many periods an import may
-- span), reduces them to their distinct keys, and both checks run on those keys. Same rules, same errors
-- (PPR01, PPR02, PPR04), same locks.

CREATE FUNCTION value_write_rules_check(municipality_ids uuid[], period_ids uuid[], element_ids uuid[], unit_ids uuid[])
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
CREATE OR REPLACE FUNCTION value_write_rules_inserted() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
  municipality_ids uuid[];
  period_ids uuid[];
  element_ids uuid[];
  unit_ids uuid[];
BEGIN
  SELECT array_agg(k.municipality_id), array_agg(k.period_id), array_agg(k.data_element_id), array_agg(k.unit_id)
  INTO municipality_ids, period_ids, element_ids, unit_ids
  FROM (
    SELECT DISTINCT v.municipality_id, v.period_id, v.data_element_id, v.unit_id
    FROM changed_rows v
    WHERE EXISTS (SELECT 1 FROM reporting_cycles c WHERE c.municipality_id = v.municipality_id AND c.period_id = v.period_id)) AS k;
  PERFORM value_write_rules_check(municipality_ids, period_ids, element_ids, unit_ids);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Only rows whose value or note actually changed: re-importing the same figures is no change.
CREATE OR REPLACE FUNCTION value_write_rules_updated() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
  municipality_ids uuid[];
  period_ids uuid[];
  element_ids uuid[];
  unit_ids uuid[];
BEGIN
  SELECT array_agg(k.municipality_id), array_agg(k.period_id), array_agg(k.data_element_id), array_agg(k.unit_id)
  INTO municipality_ids, period_ids, element_ids, unit_ids
  FROM (
    SELECT DISTINCT v.municipality_id, v.period_id, v.data_element_id, v.unit_id
    FROM new_rows v JOIN old_rows o ON o.id = v.id
    WHERE (v.value IS DISTINCT FROM o.value OR v.note IS DISTINCT FROM o.note)
      AND EXISTS (SELECT 1 FROM reporting_cycles c WHERE c.municipality_id = v.municipality_id AND c.period_id = v.period_id)) AS k;
  PERFORM value_write_rules_check(municipality_ids, period_ids, element_ids, unit_ids);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Its jsonb list of keys was built from every written row; value_write_rules_check takes the distinct keys.
DROP FUNCTION refuse_values_outside_data_sets(jsonb);
