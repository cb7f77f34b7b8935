import { describe, expect, it } from 'vitest';
import { isOverdue, localToday, sortActivities } from './activities';

const activity = (code: string, dueDate: string | null, status: 'not_started' | 'ongoing' | 'done' | 'delayed' | 'cancelled' = 'ongoing') => ({
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
    const sorted = sortActivities([activity('C', null), activity('B', '2025-09-01'), activity('A', '2025-08-01', 'done'), activity('D', '2025-05-01')], '2025-07-01');
    expect(sorted.map((a) => a.code)).toEqual(['D', 'A', 'B', 'C']);
  });

  it('takes today from the local calendar', () => {
    expect(localToday(new Date(2025, 0, 5, 23, 30))).toBe('2025-01-05');
  });
});
