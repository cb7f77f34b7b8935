import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { endOfDay, formatDate } from './dates';

describe('dates', () => {
  it('writes dates the Swedish way, and leaves nothing for a missing date', () => {
    expect(formatDate('2026-08-31T12:00:00Z', 'sv')).toMatch(/31 aug\.? 2026/);
    expect(formatDate(null, 'sv')).toBe('');
  });
  it('makes a chosen end day last until its end', () => {
    const end = new Date(endOfDay('2026-08-31'));
    expect([end.getFullYear(), end.getMonth(), end.getDate(), end.getHours(), end.getMinutes()]).toEqual([2026, 7, 31, 23, 59]);
  });
});

describe.each(['America/New_York', 'Pacific/Honolulu', 'Europe/Stockholm', 'Pacific/Kiritimati'])('a calendar day in %s', (zone) => {
  const before = process.env.TZ;
  beforeEach(() => {
    process.env.TZ = zone;
  });
  afterEach(() => {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  });

  it('is shown as that day: 2026-03-01 is 1 mars 2026, not the day before or after', () => {
    expect(new Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
    expect(formatDate('2026-03-01', 'sv')).toBe('1 mars 2026');
    expect(formatDate('2026-03-01', 'en')).toBe('1 Mar 2026');
    expect(formatDate('2026-12-31', 'sv', 'long')).toBe('31 december 2026');
  });
});
