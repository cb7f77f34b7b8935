import type { Goal, GoalSeries, Indicator, Plan, Target, TargetProgress } from '@planpuls/contracts';
import { describe, expect, it } from 'vitest';
import { companionOf, toTargetSeries } from './use-goal-series';

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

describe('the goal page’s series from one answer of the series endpoint', () => {
  const id = '00000000-0000-4000-8000-000000000001';
  const target: Target = {
    id,
    kind: 'at_most',
    level: 'unit',
    group: 'SOC',
    value: 10,
    min: null,
    max: null,
    deadline: '2025-T3',
    baseline: null,
    tolerance: null,
    milestones: [{ period: '2025-T1', value: 14 }],
    references: [],
  };
  const goal: Goal = {
    id,
    code: '2.1',
    name: 'Omsättning',
    indicator: 'turnover_total',
    owner: null,
    dataSource: null,
    frequency: 'tertial',
    targets: [target],
  };
  const inForce = {
    source: 'final' as const,
    period: '2025-T3',
    criterion: { kind: 'at_most' as const, min: null, max: null, value: 10 },
    tolerance: null,
  };
  const point = (period: string, value: number | null, suppressed = false) => ({
    period,
    requestedPeriod: period,
    outcome: 'computed' as const,
    numerator: null,
    denominator: null,
    value,
    suppressed,
    suppressedBecause: suppressed ? ('numerator_below_threshold' as const) : null,
    status: suppressed ? null : ('met' as const),
    inForce,
    companion: null,
  });
  const completeness = { reported: 15, expected: 15, missingUnits: [] };
  const answer: GoalSeries = {
    planId: id,
    goalId: id,
    goalCode: '2.1',
    indicator: 'turnover_total',
    formulaVersion: 2,
    companion: null,
    periods: ['2025-T1', '2025-T2'],
    targets: [
      {
        targetId: id,
        group: 'SOC',
        level: 'unit',
        municipality: [
          { ...point('2025-T1', 12), completeness },
          { ...point('2025-T2', 11), completeness },
        ],
        units: [{ unit: 'FARSTA', points: [point('2025-T1', 9), point('2025-T2', null, true)] }],
      },
    ],
  };
  const progress = { targetId: id, group: 'SOC', municipality: { baseline: null }, deadline: '2025-T3' } as unknown as TargetProgress;
  const input = (unit: string | null) => ({
    plan: {} as Plan,
    goal,
    targets: [progress],
    indicator: undefined,
    companion: undefined,
    unit,
    period: '2025-T2',
  });

  it('takes the city’s line, or the unit’s, and extends the axis to the deadline', () => {
    const [city] = toTargetSeries(answer, input(null));
    expect(city!.points.map((p) => p.figure.value)).toEqual([12, 11]);
    expect(city!.axis).toEqual(['2025-T1', '2025-T2', '2025-T3']);
    expect(city!.formulaVersion).toBe(2);
    expect(city!.checkpoints.map((c) => c.period)).toEqual(['2025-T1', '2025-T3']);
  });
  it('keeps a hidden figure hidden, with its reason and no status', () => {
    const [farsta] = toTargetSeries(answer, input('FARSTA'));
    expect(farsta!.points.at(-1)).toMatchObject({
      status: null,
      figure: { suppressed: true, value: null, suppressedBecause: 'numerator_below_threshold' },
    });
  });
});
