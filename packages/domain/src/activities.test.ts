import { describe, expect, it } from 'vitest';
import { isActivityOverdue } from './activities';

describe('an overdue activity', () => {
  it('is one past its due date, Stockholm time, that is neither done nor cancelled', () => {
    expect(isActivityOverdue({ dueDate: '2026-03-01', status: 'ongoing' }, '2026-03-02')).toBe(true);
    expect(isActivityOverdue({ dueDate: '2026-03-01', status: 'planned' }, '2026-03-01')).toBe(false);
    expect(isActivityOverdue({ dueDate: '2026-03-01', status: 'done' }, '2026-04-01')).toBe(false);
    expect(isActivityOverdue({ dueDate: '2026-03-01', status: 'cancelled' }, '2026-04-01')).toBe(false);
    expect(isActivityOverdue({ dueDate: null, status: 'ongoing' }, '2026-04-01')).toBe(false);
  });
});
