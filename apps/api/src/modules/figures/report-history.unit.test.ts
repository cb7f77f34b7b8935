import { describe, expect, it } from 'vitest';
import { unitSetsInOrder, type ReportHistory } from './report-history';

const cycles: ReportHistory['cycles'] = new Map([
  ['c1', { period: '2025-T1', elements: new Set(['placements']) }],
  ['c2', { period: '2025-T2', elements: new Set(['placements']) }],
]);
const change = (cycle: string, unit: string, state: 'open' | 'returned' | 'submitted' | 'approved' | null) => ({ report: `${cycle}${unit}`, cycle, unit, state });
const T2 = [{ element: 'placements', period: '2025-T2' }];
const ABN = ['A', 'B', 'N'];

describe('unitSetsInOrder', () => {
  const history: ReportHistory = {
    cycles,
    moments: [
      { changes: [change('c2', 'A', 'open'), change('c2', 'B', 'open'), change('c2', 'N', 'open')] },
      { changes: [change('c2', 'A', 'submitted')] },
      { changes: [change('c2', 'B', 'submitted')] },
      { changes: [change('c2', 'A', 'approved'), change('c2', 'B', 'approved')] },
      { changes: [change('c2', 'N', 'submitted')] },
      { changes: [change('c1', 'N', 'approved')] },
      { changes: [change('c2', 'N', 'approved')] },
    ],
  };

  it('gives every earlier set the city stood on, in order, and leaves out the present', () => {
    expect(unitSetsInOrder(history, T2, ABN, ABN, () => 'approved')).toEqual([['A', 'B']]);
    expect(unitSetsInOrder(history, T2, ABN, ABN, () => 'submitted')).toEqual([['A'], ['A', 'B']]);
    expect(unitSetsInOrder(history, T2, ABN, ABN, (unit) => (unit === 'B' ? 'drafts' : 'submitted'))).toEqual([['B'], ['A', 'B']]);
  });

  it('narrows each moment to the units with values now', () => {
    expect(unitSetsInOrder(history, T2, ['B', 'N'], ['B', 'N'], () => 'submitted')).toEqual([['B']]);
  });

  it('starts again after a unit stopped counting: its values since are drafts', () => {
    const returned: ReportHistory = {
      cycles,
      moments: [
        { changes: [change('c2', 'A', 'submitted')] },
        { changes: [change('c2', 'B', 'submitted')] },
        { changes: [change('c2', 'B', 'returned')] },
        { changes: [change('c2', 'N', 'submitted')] },
        { changes: [change('c2', 'B', 'submitted')] },
      ],
    };
    expect(unitSetsInOrder(returned, T2, ABN, ABN, () => 'submitted')).toEqual([['A'], ['A', 'N']]);
  });

  it('needs every period a figure reads (a rolling window) in a counted report', () => {
    const both = [...T2, { element: 'placements', period: '2025-T1' }];
    expect(unitSetsInOrder(history, both, ABN, ['N'], () => 'approved')).toEqual([]);
    expect(unitSetsInOrder(history, both, ABN, ABN, () => 'approved')).toEqual([['N']]);
  });
});
