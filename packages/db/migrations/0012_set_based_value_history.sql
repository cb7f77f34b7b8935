-- Filled in by the import work: the history of data values written per statement, not per row.
SELECT 1;
