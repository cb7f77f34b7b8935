import type { Indicator } from '@planpuls/contracts';
import { describe, expect, it } from 'vitest';
import { formulaText } from './formula';

const turnover: Indicator = {
  id: '00000000-0000-4000-8000-000000000001',
  code: 'turnover_total',
  name: 'Personalomsättning',
  kind: 'share',
  unitOfMeasure: '%',
  decimals: 1,
  source: 'HR-system',
  formula: {
    version: 2,
    numerator: ['external_leavers', 'internal_moves_out'],
    denominator: 'average_headcount',
    factor: 100,
    window: 'rolling_12_months',
  },
};
const t = (key: string) => (key === 'goal.rolling' ? 'rullande 12 månader' : key);

describe('a formula in words', () => {
  it('sums the numerator in brackets, divides by the denominator and names the window', () => {
    expect(formulaText(turnover, (code) => code.toUpperCase(), 'sv', t)).toBe(
      '(EXTERNAL_LEAVERS + INTERNAL_MOVES_OUT) / AVERAGE_HEADCOUNT × 100, rullande 12 månader',
    );
  });
  it('writes a single element alone when there is nothing to divide by', () => {
    const count = {
      ...turnover,
      kind: 'count' as const,
      formula: { ...turnover.formula, numerator: ['student_placements'], denominator: null, factor: 1, window: 'none' as const },
    };
    expect(formulaText(count, (code) => code, 'sv', t)).toBe('student_placements');
  });
});
