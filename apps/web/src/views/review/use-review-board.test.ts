import type { ReportingCycle } from '@planpuls/contracts';
import { describe, expect, it } from 'vitest';
import { defaultCycle } from './use-review-board';

const cycle = (period: string, opensOn: string) => ({ id: period, period, opensOn }) as ReportingCycle;

describe('the review board without a period in the link', () => {
  const cycles = [cycle('2025-T1', '2025-05-01'), cycle('2025-T3', '2026-01-01'), cycle('2025-T2', '2025-09-01')];

  it('opens the latest cycle that has opened', () => {
    expect(defaultCycle(cycles, '2025-10-15')?.period).toBe('2025-T2');
  });

  it('opens the latest cycle when none has opened yet, and nothing without cycles', () => {
    expect(defaultCycle(cycles, '2024-01-01')?.period).toBe('2025-T3');
    expect(defaultCycle([], '2025-10-15')).toBeNull();
  });
});
