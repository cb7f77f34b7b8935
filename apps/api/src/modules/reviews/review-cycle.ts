import { and, eq } from 'drizzle-orm';
import { periods, reportingCycles, type Database } from '@planpuls/db';
import { notFound } from '../../lookups/lookups';

export interface ReviewCycle {
  id: string;
  planId: string;
  period: string;
  reviewClosedAt: Date | null;
  reviewClosedBy: string | null;
}

export const cycleNotFound = (id: string, field?: string) => notFound('reporting_cycles', id, field);

/**
 * The cycle, optionally locked for the rest of the transaction: writes to its positions and assessments take a
 * shared lock and closing the review an exclusive one, so nothing slips in while the review closes.
 */
export async function findReviewCycle(
  db: Database,
  municipalityId: string,
  cycleId: string,
  lock?: 'share' | 'update',
  field?: string,
): Promise<ReviewCycle> {
  const query = db
    .select({
      id: reportingCycles.id,
      planId: reportingCycles.planId,
      period: periods.code,
      reviewClosedAt: reportingCycles.reviewClosedAt,
      reviewClosedBy: reportingCycles.reviewClosedBy,
    })
    .from(reportingCycles)
    .innerJoin(periods, eq(periods.id, reportingCycles.periodId))
    .where(and(eq(reportingCycles.municipalityId, municipalityId), eq(reportingCycles.id, cycleId)));
  const [row] = lock ? await query.for(lock, { of: reportingCycles }) : await query;
  if (!row) throw cycleNotFound(cycleId, field);
  return row;
}
