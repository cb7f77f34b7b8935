import type { Indicator } from '@planpuls/contracts';
import { describe, expect, it } from 'vitest';
import { companionOf, dataPeriods } from './use-goal-series';

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

describe('the periods of a goal’s series', () => {
  it('are the tertials from the start to the chosen period', () => {
    expect(dataPeriods('tertial', '2022-T3', '2023-T2')).toEqual(['2022-T3', '2023-T1', '2023-T2']);
  });
  it('are whole years for a yearly goal, up to the last year ended by the chosen period', () => {
    expect(dataPeriods('year', '2022-T3', '2025-T2')).toEqual(['2022', '2023', '2024']);
  });
});
