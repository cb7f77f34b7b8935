-- Filled in by the reporting-cycles work: rules for writing values into submitted, approved and closed cycles.
SELECT 1;
