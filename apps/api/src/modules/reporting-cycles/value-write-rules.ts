import { ReportingErrorCodes as codes } from '@planpuls/contracts';
import { hasVisibleText, reasonNeeded, todayInStockholm, type Grant } from '@planpuls/domain';
import { ApiError } from '../../errors';
import type { ValueReport } from './reporting-cycles.repository';

/**
 * The write rules of values in reporting cycles, checked before writing for a clear error; the database enforces
 * the same rules for every path and sets the flags (see `reasonNeeded` in @planpuls/domain).
 */
export function valueWriteRuleError(
  reports: readonly ValueReport[],
  caller: { grants: readonly Grant[]; reason: string | undefined },
  today: string = todayInStockholm(),
): ApiError | undefined {
  const isAdmin = caller.grants.some((grant) => grant.role === 'admin');
  if (!isAdmin && reports.some((report) => report.state === 'submitted')) {
    return new ApiError(409, codes.submittedReadOnly, 'The unit’s report is submitted and read-only: ask the steering group to return it.');
  }
  const needed = reasonNeeded(reports, today);
  if (needed && !hasVisibleText(caller.reason)) {
    return new ApiError(
      409,
      codes.reasonRequired,
      needed === 'locked'
        ? 'The unit’s report is submitted, approved or closed: a change needs a reason, and the report is flagged as changed after approval.'
        : 'The deadline has passed: a late entry needs a reason, and the report is flagged as late.',
      [{ field: 'body.reason', message: 'is required for this change' }],
    );
  }
  return undefined;
}

/**
 * The same rules for an explanation of a unit's figure, which belongs to the unit's reports of its period:
 * read-only for HR once submitted, a reason once submitted, approved or closed (migration 0016 enforces them
 * and flags the report). No late rule: explaining a figure is how an overdue report gets ready to submit.
 */
export function explanationWriteRuleError(
  reports: readonly ValueReport[],
  caller: { grants: readonly Grant[]; reason: string | undefined },
): ApiError | undefined {
  const isAdmin = caller.grants.some((grant) => grant.role === 'admin');
  if (!isAdmin && reports.some((report) => report.state === 'submitted')) {
    return new ApiError(409, codes.submittedReadOnly, 'The unit’s report is submitted and read-only: ask the steering group to return it.');
  }
  if (reasonNeeded(reports, todayInStockholm(), { lateApplies: false }) && !hasVisibleText(caller.reason)) {
    return new ApiError(
      409,
      codes.explanationReasonRequired,
      'The unit’s report is submitted, approved or closed: a changed explanation needs a reason, and the report is flagged as changed after approval.',
      [{ field: 'body.reason', message: 'is required for this change' }],
    );
  }
  return undefined;
}
