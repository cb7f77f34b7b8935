import { describe, expect, it } from 'vitest';
import { decideStep, type ReminderStep } from './reminder-steps';
import { addDays, daysBetween, stockholmDate } from './stockholm-date';

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

describe('Swedish dates', () => {
  it('takes the date in Europe/Stockholm, not UTC, across summer and winter time', () => {
    expect(stockholmDate(new Date('2027-05-02T21:59:00Z'))).toBe('2027-05-02');
    expect(stockholmDate(new Date('2027-05-02T22:00:00Z'))).toBe('2027-05-03');
    expect(stockholmDate(new Date('2027-01-10T22:59:00Z'))).toBe('2027-01-10');
    expect(stockholmDate(new Date('2027-01-10T23:00:00Z'))).toBe('2027-01-11');
  });

  it('moves and counts whole days over month ends', () => {
    expect(addDays('2027-03-01', -3)).toBe('2027-02-26');
    expect(daysBetween('2027-02-26', '2027-03-01')).toBe(3);
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2);
  });
});
