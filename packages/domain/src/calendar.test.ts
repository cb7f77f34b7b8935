import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, dueOn, isPastDue, isSwedishWorkingDay, todayInStockholm } from './calendar';

describe('today in Stockholm', () => {
  it('takes the date in Europe/Stockholm, not UTC, across summer and winter time', () => {
    expect(todayInStockholm(new Date('2027-05-02T21:59:00Z'))).toBe('2027-05-02');
    expect(todayInStockholm(new Date('2027-05-02T22:00:00Z'))).toBe('2027-05-03');
    expect(todayInStockholm(new Date('2027-01-10T22:59:00Z'))).toBe('2027-01-10');
    expect(todayInStockholm(new Date('2027-01-10T23:00:00Z'))).toBe('2027-01-11');
  });

  it('is already the next day at 00:30 in Stockholm, when UTC still says the day before', () => {
    const halfPastMidnight = new Date('2026-03-01T23:30:00Z');
    expect(halfPastMidnight.toISOString().slice(0, 10)).toBe('2026-03-01');
    expect(todayInStockholm(halfPastMidnight)).toBe('2026-03-02');
    expect(isPastDue('2026-03-01', todayInStockholm(halfPastMidnight))).toBe(true);
  });

  it('keeps the deadline day itself on time until midnight in Stockholm', () => {
    expect(isPastDue('2026-03-02', todayInStockholm(new Date('2026-03-02T22:59:00Z')))).toBe(false);
    expect(isPastDue('2026-03-02', todayInStockholm(new Date('2026-03-02T23:00:00Z')))).toBe(true);
  });
});

describe('calendar arithmetic', () => {
  it('moves and counts whole days over month ends, leap days and clock changes', () => {
    expect(addDays('2027-03-01', -3)).toBe('2027-02-26');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetween('2027-02-26', '2027-03-01')).toBe(3);
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2);
    expect(daysBetween('2027-10-31', '2027-10-30')).toBe(-1);
  });
});

describe('the deadline in force', () => {
  it('keeps a deadline on an ordinary weekday', () => {
    expect(dueOn('2025-09-16')).toBe('2025-09-16');
  });

  it('moves a Saturday or Sunday deadline to Monday', () => {
    expect(dueOn('2025-09-13')).toBe('2025-09-15');
    expect(dueOn('2025-09-14')).toBe('2025-09-15');
  });

  it('moves past Easter: långfredagen to annandag påsk, then Tuesday', () => {
    expect(dueOn('2025-04-18')).toBe('2025-04-22');
    expect(dueOn('2026-04-03')).toBe('2026-04-07');
  });

  it('moves past Kristi himmelsfärdsdag and nationaldagen', () => {
    expect(dueOn('2025-05-29')).toBe('2025-05-30');
    expect(dueOn('2026-06-06')).toBe('2026-06-08');
  });

  it('treats midsommarafton as a day off (2025-06-20 Friday → Monday 23rd)', () => {
    expect(isSwedishWorkingDay('2025-06-20')).toBe(false);
    expect(dueOn('2025-06-20')).toBe('2025-06-23');
    expect(isSwedishWorkingDay('2026-06-19')).toBe(false);
  });

  it('treats julafton and nyårsafton as days off: 24 December 2025 → 29 December, 31 December → 2 January', () => {
    expect(dueOn('2025-12-24')).toBe('2025-12-29');
    expect(dueOn('2025-12-31')).toBe('2026-01-02');
  });

  it('moves trettondedag jul and första maj', () => {
    expect(dueOn('2026-01-06')).toBe('2026-01-07');
    expect(dueOn('2026-05-01')).toBe('2026-05-04');
  });

  it('keeps ordinary days around holidays that are not days off (valborgsmässoafton, skärtorsdagen, annandag pingst)', () => {
    expect(isSwedishWorkingDay('2025-04-30')).toBe(true);
    expect(isSwedishWorkingDay('2025-04-17')).toBe(true);
    expect(isSwedishWorkingDay('2025-06-09')).toBe(true);
  });
});
