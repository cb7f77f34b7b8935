import { describe, expect, it } from 'vitest';
import { reasonNeeded, type ReportStanding } from './reasons';

const open: ReportStanding = { state: 'open', reviewClosed: false, dueOn: '2026-03-02' };

describe('whether a change needs a reason', () => {
  it('needs none while the report is open or returned and the deadline in force has not passed', () => {
    expect(reasonNeeded([open], '2026-03-01')).toBeNull();
    expect(reasonNeeded([{ ...open, state: 'returned' }], '2026-03-02')).toBeNull();
    expect(reasonNeeded([], '2030-01-01')).toBeNull();
  });

  it('needs one in a submitted or approved report, or once the review is closed: the change is flagged after approval', () => {
    expect(reasonNeeded([{ ...open, state: 'submitted' }], '2026-03-01')).toBe('locked');
    expect(reasonNeeded([{ ...open, state: 'approved' }], '2026-03-01')).toBe('locked');
    expect(reasonNeeded([{ ...open, reviewClosed: true }], '2026-03-01')).toBe('locked');
  });

  it('needs one from the day after the deadline in force: a late entry', () => {
    expect(reasonNeeded([open], '2026-03-03')).toBe('late');
    expect(reasonNeeded([{ ...open, state: 'returned' }], '2026-03-03')).toBe('late');
  });

  it('names the lock before lateness when both hold, and any one report of several decides', () => {
    expect(reasonNeeded([{ ...open, state: 'approved' }], '2026-04-01')).toBe('locked');
    expect(reasonNeeded([open, { ...open, dueOn: '2026-02-27' }], '2026-03-01')).toBe('late');
  });

  it('has no late rule where it does not apply (explanations)', () => {
    expect(reasonNeeded([open], '2026-03-03', { lateApplies: false })).toBeNull();
    expect(reasonNeeded([{ ...open, state: 'approved' }], '2026-03-03', { lateApplies: false })).toBe('locked');
  });
});
