-- The calendar: every year, tertial (T1 Jan–Apr, T2 May–Aug, T3 Sep–Dec), quarter and month of 2000–2050.
-- Codes and dates must agree with parsePeriod() in @planpuls/domain; a test compares every row.
INSERT INTO "periods" ("code", "kind", "year", "number", "start_date", "end_date")
SELECT y::text, 'year'::period_kind, y, 1, make_date(y, 1, 1), make_date(y, 12, 31)
FROM generate_series(2000, 2050) AS y
UNION ALL
SELECT y || '-T' || n, 'tertial'::period_kind, y, n, make_date(y, (n - 1) * 4 + 1, 1),
       (make_date(y, (n - 1) * 4 + 1, 1) + interval '4 months' - interval '1 day')::date
FROM generate_series(2000, 2050) AS y, generate_series(1, 3) AS n
UNION ALL
SELECT y || '-Q' || n, 'quarter'::period_kind, y, n, make_date(y, (n - 1) * 3 + 1, 1),
       (make_date(y, (n - 1) * 3 + 1, 1) + interval '3 months' - interval '1 day')::date
FROM generate_series(2000, 2050) AS y, generate_series(1, 4) AS n
UNION ALL
SELECT y || '-' || lpad(n::text, 2, '0'), 'month'::period_kind, y, n, make_date(y, n, 1),
       (make_date(y, n, 1) + interval '1 month' - interval '1 day')::date
FROM generate_series(2000, 2050) AS y, generate_series(1, 12) AS n;
