import { afterEach, describe, expect, it, vi } from 'vitest';
import { reportNeedsReason } from './report-reason';

const open = { state: 'open' as const, dueOn: '2026-03-01' };

describe('the reason prompt of a report', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('asks for a reason at 00:30 in Stockholm the day after the deadline, when UTC still says the deadline day', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-01T23:30:00Z'));
    expect(reportNeedsReason(open, null)).toBe(true);
  });

  it('asks for none on the deadline day itself, up to midnight in Stockholm', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-01T22:59:00Z'));
    expect(reportNeedsReason(open, null)).toBe(false);
  });

  it('asks for one in a submitted or approved report and once the review is closed, whatever the date', () => {
    const early = new Date('2026-02-01T12:00:00Z');
    expect(reportNeedsReason({ ...open, state: 'submitted' }, null, early)).toBe(true);
    expect(reportNeedsReason({ ...open, state: 'approved' }, null, early)).toBe(true);
    expect(reportNeedsReason(open, { reviewClosedAt: '2026-01-31T10:00:00Z' }, early)).toBe(true);
    expect(reportNeedsReason({ ...open, state: 'returned' }, { reviewClosedAt: null }, early)).toBe(false);
  });
});
