import { and, asc, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import { periods, type Database } from '@planpuls/db';
import type { Period, PeriodQuery } from '@planpuls/contracts';

/** Periods ordered by end date, coarser kinds after finer ones ending the same day (month, quarter, tertial, year). */
export async function listPeriods(db: Database, query: PeriodQuery): Promise<Period[]> {
  const filters: SQL[] = [];
  if (query.kind) filters.push(eq(periods.kind, query.kind));
  if (query.fromYear !== undefined) filters.push(gte(periods.year, query.fromYear));
  if (query.toYear !== undefined) filters.push(lte(periods.year, query.toYear));
  return db
    .select({
      code: periods.code,
      kind: periods.kind,
      year: periods.year,
      number: periods.number,
      startDate: periods.startDate,
      endDate: periods.endDate,
    })
    .from(periods)
    .where(and(...filters))
    .orderBy(asc(periods.endDate), desc(periods.startDate));
}
