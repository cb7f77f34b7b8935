import type { ReportingCycle, UnitReport } from '@planpuls/contracts';
import { reasonNeeded, todayInStockholm } from '@planpuls/domain';

/**
 * Whether a change to the report's values must state a reason: the domain's rule, on Stockholm's today, so the
 * page asks for one exactly when the API would refuse the change without it.
 */
export const reportNeedsReason = (
  report: Pick<UnitReport, 'state' | 'dueOn'>,
  cycle: Pick<ReportingCycle, 'reviewClosedAt'> | null,
  now: Date = new Date(),
): boolean =>
  reasonNeeded([{ state: report.state, reviewClosed: !!cycle?.reviewClosedAt, dueOn: report.dueOn }], todayInStockholm(now)) !== null;
