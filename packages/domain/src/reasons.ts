import type { ReportState } from './reporting';

/** Where a unit's report stands for a change of its values (docs/domain.md#reasons). */
export interface ReportStanding {
  readonly state: ReportState;
  /** The steering group has closed the review of the report's cycle. */
  readonly reviewClosed: boolean;
  /** The deadline in force (a Swedish date, see `dueOn`). */
  readonly dueOn: string;
}

/**
 * Why a change needs a stated reason: `locked` when a report it touches is submitted, approved or in a closed
 * review ("changed after approval"), `late` when it is open or returned after its deadline in force, Stockholm
 * time ("late entry"); null when it needs none. The late rule applies to values, not to explanations: explaining
 * a figure is how an overdue report gets ready to submit.
 *
 * PostgreSQL enforces the same rule for every write path (report_write_rules_apply, migrations 0016 and 0018);
 * packages/db/src/reason-rule.test.ts proves the two agree.
 */
export function reasonNeeded(
  reports: readonly ReportStanding[],
  today: string,
  { lateApplies = true }: { lateApplies?: boolean } = {},
): 'locked' | 'late' | null {
  if (reports.some((report) => report.state === 'submitted' || report.state === 'approved' || report.reviewClosed)) return 'locked';
  if (lateApplies && reports.some((report) => today > report.dueOn)) return 'late';
  return null;
}
