import { addDays, isSwedishWorkingDay } from '@planpuls/domain';
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';

/**
 * The domain computes Swedish days off itself, so the web can use the same calendar without a holiday
 * library. It must say what date-holidays says for SE: the public holidays, and the three eves it lists as
 * `bank` (midsommarafton, julafton, nyårsafton) that the municipal agreement treats as days off.
 */
describe('the Stockholm calendar of the domain', () => {
  it('has the days off date-holidays lists for Sweden, every day from 2005 to 2100', () => {
    const holidays = new Holidays('SE', { types: ['public', 'bank'] });
    const disagreements: string[] = [];
    for (let year = 2005; year <= 2100; year++) {
      const off = new Set(holidays.getHolidays(year).map((holiday) => holiday.date.slice(0, 10)));
      for (let day = `${year}-01-01`; day.startsWith(String(year)); day = addDays(day, 1)) {
        const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
        const expected = weekday !== 0 && weekday !== 6 && !off.has(day);
        if (isSwedishWorkingDay(day) !== expected) disagreements.push(day);
      }
    }
    expect(disagreements).toEqual([]);
  });
});
