import type { TargetProgress } from '@planpuls/contracts';
import { describe, expect, it } from 'vitest';
import { targetStatus } from './review-status';

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
