/**
 * The one diagram for a unit's report (docs/domain.md#reports-and-cycles) in a reporting cycle: open → submitted → approved,
 * or submitted → returned with a comment. Returned behaves as open for HR: it may be submitted again.
 * Approved is final here; a change after approval goes through the write rules for values instead.
 */
export type ReportState = 'open' | 'submitted' | 'approved' | 'returned';
export type ReportAction = 'submit' | 'approve' | 'return';

const TRANSITIONS: Readonly<Record<ReportAction, Readonly<Partial<Record<ReportState, ReportState>>>>> = {
  submit: { open: 'submitted', returned: 'submitted' },
  approve: { submitted: 'approved' },
  return: { submitted: 'returned' },
};

/** The state the action leads to from `from`, or null when the diagram has no such arrow. */
export function nextReportState(from: ReportState, action: ReportAction): ReportState | null {
  return TRANSITIONS[action][from] ?? null;
}

/** The states an action may start from (the guard of the database update). */
export function statesAllowing(action: ReportAction): ReportState[] {
  return Object.keys(TRANSITIONS[action]) as ReportState[];
}

/** HR edits values freely only while the report is open or returned. */
export const isEditableByUnit = (state: ReportState): boolean => state === 'open' || state === 'returned';
