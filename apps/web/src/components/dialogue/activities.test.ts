import { afterEach, describe, expect, it, vi } from 'vitest';
import { isOverdue, sortActivities } from './activities';

const activity = (
  code: string,
  dueDate: string | null,
  status: 'not_started' | 'ongoing' | 'done' | 'delayed' | 'cancelled' = 'ongoing',
) => ({
  code,
  dueDate,
  status,
});

describe('overdue activities', () => {
  it('is overdue the day after its due date while neither done nor cancelled', () => {
    expect(isOverdue(activity('A', '2025-06-30'), '2025-07-01')).toBe(true);
    expect(isOverdue(activity('A', '2025-06-30', 'delayed'), '2025-07-01')).toBe(true);
  });

  it('is not overdue on its due date, without one, or once done or cancelled', () => {
    expect(isOverdue(activity('A', '2025-06-30'), '2025-06-30')).toBe(false);
    expect(isOverdue(activity('A', null), '2025-07-01')).toBe(false);
    expect(isOverdue(activity('A', '2025-06-30', 'done'), '2025-07-01')).toBe(false);
    expect(isOverdue(activity('A', '2025-06-30', 'cancelled'), '2025-07-01')).toBe(false);
  });

  it('lists overdue ones first, then by due date with undated last', () => {
    const sorted = sortActivities(
      [activity('C', null), activity('B', '2025-09-01'), activity('A', '2025-08-01', 'done'), activity('D', '2025-05-01')],
      '2025-07-01',
    );
    expect(sorted.map((a) => a.code)).toEqual(['D', 'A', 'B', 'C']);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('takes today from the Stockholm calendar: at 00:30 there, an activity due the day before is overdue', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-06-30T22:30:00Z'));
    expect(isOverdue(activity('A', '2025-06-30'))).toBe(true);
    vi.setSystemTime(new Date('2025-06-30T21:30:00Z'));
    expect(isOverdue(activity('A', '2025-06-30'))).toBe(false);
  });
});
