import type { TargetProgress } from '@planpuls/contracts';
import { describe, expect, it } from 'vitest';
import { targetStatus, worstStatus } from './review-status';

describe('worstStatus', () => {
  it('takes the worst judged status', () => {
    expect(worstStatus(['met', 'at_risk', 'met'])).toBe('at_risk');
    expect(worstStatus(['met', 'no_data', 'not_met'])).toBe('not_met');
    expect(worstStatus(['met', 'no_data'])).toBe('met');
  });

  it('falls back to no_data, then not_applicable, then null', () => {
    expect(worstStatus(['not_applicable', 'no_data', null])).toBe('no_data');
    expect(worstStatus(['not_applicable', null])).toBe('not_applicable');
    expect(worstStatus([null])).toBeNull();
    expect(worstStatus([])).toBeNull();
  });
});

describe('targetStatus', () => {
  const target = (level: 'city' | 'unit', city: string | null, units: Array<string | null>) =>
    ({ level, municipality: { status: city }, units: units.map((status) => ({ status })) }) as unknown as TargetProgress;

  it('judges a city-level target on the roll-up only', () => {
    expect(targetStatus(target('city', 'met', [null, null]))).toBe('met');
  });

  it('judges a unit-level target on its worst unit', () => {
    expect(targetStatus(target('unit', 'met', ['met', 'not_met']))).toBe('not_met');
  });
});
