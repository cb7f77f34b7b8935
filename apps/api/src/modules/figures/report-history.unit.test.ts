import { describe, expect, it } from 'vitest';
import { earlierUnitSets, type ReportHistory } from './report-history';

const cycles: ReportHistory['cycles'] = new Map([
  ['c1', { period: '2025-T1', elements: new Set(['placements']) }],
  ['c2', { period: '2025-T2', elements: new Set(['placements']) }],
]);
const change = (cycle: string, unit: string, state: 'open' | 'returned' | 'submitted' | 'approved' | null) => ({ report: `${cycle}${unit}`, cycle, unit, state });
const T2 = [{ element: 'placements', period: '2025-T2' }];

describe('earlierUnitSets', () => {
  const history: ReportHistory = {
    cycles,
    moments: [
      { changes: [change('c2', 'A', 'open'), change('c2', 'B', 'open'), change('c2', 'N', 'open')] },
      { changes: [change('c2', 'A', 'submitted'), change('c2', 'B', 'submitted')] },
      { changes: [change('c2', 'A', 'approved'), change('c2', 'B', 'approved')] },
      { changes: [change('c2', 'N', 'submitted')] },
      { changes: [change('c1', 'N', 'approved')] },
      { changes: [change('c2', 'N', 'approved')] },
    ],
  };

  it('gives the approved unit sets the city stood on before today’s, one moment per transaction', () => {
    expect(earlierUnitSets(history, T2, ['A', 'B', 'N'], () => 'approved')).toEqual([['A', 'B']]);
  });

  it('counts submitted and approved reports on the submitted basis, and a unit read on drafts at every moment', () => {
    expect(earlierUnitSets(history, T2, ['A', 'B', 'N'], () => 'submitted')).toEqual([['A', 'B']]);
    expect(earlierUnitSets(history, T2, ['A', 'B', 'N'], (unit) => (unit === 'B' ? 'drafts' : 'submitted'))).toEqual([['B'], ['A', 'B']]);
  });

  it('keeps a set a returned report left behind', () => {
    const returned: ReportHistory = {
      cycles,
      moments: [{ changes: [change('c2', 'A', 'submitted'), change('c2', 'B', 'submitted')] }, { changes: [change('c2', 'B', 'returned')] }],
    };
    expect(earlierUnitSets(returned, T2, ['A'], () => 'submitted')).toEqual([]);
    expect(earlierUnitSets(returned, T2, ['A', 'B'], () => 'submitted')).toEqual([['A']]);
  });

  it('needs every period a figure reads (a rolling window) in a counted report', () => {
    const both = [...T2, { element: 'placements', period: '2025-T1' }];
    expect(earlierUnitSets(history, both, ['A', 'B', 'N'], () => 'approved')).toEqual([['N']]);
    expect(earlierUnitSets(history, both, ['N'], () => 'approved')).toEqual([]);
  });
});
