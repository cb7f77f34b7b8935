import type { Indicator } from '@planpuls/contracts';
import { describe, expect, it } from 'vitest';
import { companionOf } from './use-goal-series';

const indicator = (code: string, numerator: string[], overrides: Partial<Indicator['formula']> = {}): Indicator => ({
  id: '00000000-0000-4000-8000-000000000000',
  code,
  name: code,
  kind: 'share',
  unitOfMeasure: '%',
  decimals: 1,
  source: 'HR-system',
  formula: { version: 1, numerator, denominator: 'average_headcount', factor: 100, window: 'rolling_12_months', ...overrides },
});

describe('the variant shown beside a goal’s indicator', () => {
  const total = indicator('turnover_total', ['external_leavers', 'internal_moves_out', 'group_switches_out']);
  const external = indicator('turnover_external', ['external_leavers']);
  const experienced = indicator('experienced_share', ['staff_3y_experience'], { window: 'none' });

  it('pairs total and external turnover in both directions', () => {
    expect(companionOf(total, [total, external, experienced])?.code).toBe('turnover_external');
    expect(companionOf(external, [total, external, experienced])?.code).toBe('turnover_total');
  });
  it('pairs nothing that merely shares the denominator', () => {
    expect(companionOf(experienced, [total, external, experienced])).toBeUndefined();
  });
});
