import { describe, expect, it } from 'vitest';
import { decideStep, type ReminderStep } from './reminders';

const timing = { opensOn: '2027-05-03', dueOn: '2027-05-14', remindDaysBefore: 3, done: false };
const none = new Set<ReminderStep>();

describe('decideStep', () => {
  it('sends nothing before the cycle opens or once the report is in', () => {
    expect(decideStep('2027-05-02', timing, none)).toEqual({ send: null, settle: [] });
    expect(decideStep('2027-05-20', { ...timing, done: true }, none)).toEqual({ send: null, settle: [] });
  });

  it('goes opened → due soon (remindDaysBefore days before dueOn) → overdue (after dueOn), each once', () => {
    expect(decideStep('2027-05-03', timing, none).send).toBe('opened');
    expect(decideStep('2027-05-10', timing, new Set(['opened'])).send).toBeNull();
    expect(decideStep('2027-05-11', timing, new Set(['opened'])).send).toBe('due_soon');
    expect(decideStep('2027-05-14', timing, new Set(['opened', 'due_soon'])).send).toBeNull();
    expect(decideStep('2027-05-15', timing, new Set(['opened', 'due_soon'])).send).toBe('overdue');
    expect(decideStep('2027-06-01', timing, new Set(['opened', 'due_soon', 'overdue'])).send).toBeNull();
  });

  it('sends one message at a time when steps coincide', () => {
    expect(decideStep('2027-05-12', timing, none)).toEqual({ send: 'opened', settle: ['due_soon'] });
    expect(decideStep('2027-05-20', timing, none)).toEqual({ send: 'overdue', settle: [] });
  });
});
