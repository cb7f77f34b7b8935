import { describe, expect, it } from 'vitest';
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
