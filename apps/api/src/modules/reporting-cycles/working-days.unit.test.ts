import { describe, expect, it } from 'vitest';
import { dueOn, isSwedishWorkingDay, todayInStockholm } from './working-days';

describe('dueOn', () => {
  it('keeps a deadline on an ordinary weekday', () => {
    expect(dueOn('2025-09-16')).toBe('2025-09-16');
  });

  it('moves a Saturday or Sunday deadline to Monday', () => {
    expect(dueOn('2025-09-13')).toBe('2025-09-15');
    expect(dueOn('2025-09-14')).toBe('2025-09-15');
  });

  it('moves past Easter: långfredagen to annandag påsk, then Tuesday', () => {
    expect(dueOn('2025-04-18')).toBe('2025-04-22');
  });

  it('moves past Kristi himmelsfärdsdag and nationaldagen', () => {
    expect(dueOn('2025-05-29')).toBe('2025-05-30');
    expect(dueOn('2026-06-06')).toBe('2026-06-08');
  });

  it('treats midsommarafton as a day off (2025-06-20 Friday → Monday 23rd)', () => {
    expect(isSwedishWorkingDay('2025-06-20')).toBe(false);
    expect(dueOn('2025-06-20')).toBe('2025-06-23');
  });

  it('treats julafton and nyårsafton as days off: 24 December 2025 → 29 December, 31 December → 2 January', () => {
    expect(dueOn('2025-12-24')).toBe('2025-12-29');
    expect(dueOn('2025-12-31')).toBe('2026-01-02');
  });

  it('moves trettondedag jul and första maj', () => {
    expect(dueOn('2026-01-06')).toBe('2026-01-07');
    expect(dueOn('2026-05-01')).toBe('2026-05-04');
  });

  it('keeps ordinary days around holidays that are not days off (valborgsmässoafton, skärtorsdagen)', () => {
    expect(isSwedishWorkingDay('2025-04-30')).toBe(true);
    expect(isSwedishWorkingDay('2025-04-17')).toBe(true);
  });
});

describe('todayInStockholm', () => {
  it('is already the next day in Stockholm at 23:30 UTC', () => {
    expect(todayInStockholm(new Date('2025-06-01T23:30:00Z'))).toBe('2025-06-02');
    expect(todayInStockholm(new Date('2025-01-01T22:30:00Z'))).toBe('2025-01-01');
  });
});
