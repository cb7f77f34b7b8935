import { describe, expect, it } from 'vitest';
import { shownStatus } from './use-figure-text';

describe('the status a figure shows', () => {
  const figure = (suppressed: boolean) => ({ outcome: 'computed' as const, value: suppressed ? null : 12, suppressed });
  it('is "hidden" for a suppressed figure, never "no data"', () => {
    expect(shownStatus(figure(true), null)).toBe('suppressed');
  });
  it('is its own status otherwise, and "no data" without one', () => {
    expect(shownStatus(figure(false), 'met')).toBe('met');
    expect(shownStatus(undefined, null)).toBe('no_data');
  });
  it('is none where only the city is judged, hidden or not', () => {
    expect(shownStatus(figure(true), null, true)).toBeNull();
  });
});
