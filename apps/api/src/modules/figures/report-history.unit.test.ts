import { describe, expect, it } from 'vitest';
import { shownStates, type ReportHistory, type ShownStatesInput, type ValueChange } from './report-history';

const cycles: ReportHistory['cycles'] = new Map([
  ['c1', { period: '2025-T1', elements: new Set(['placements']) }],
  ['c2', { period: '2025-T2', elements: new Set(['placements']) }],
]);
const change = (cycle: string, unit: string, state: 'open' | 'returned' | 'submitted' | 'approved' | null) => ({
  report: `${cycle}${unit}`,
  cycle,
  unit,
  state,
});
const T2 = [{ element: 'placements', period: '2025-T2' }];
const ABN = ['A', 'B', 'N'];
const atom = (unit: string, period = '2025-T2') => `placements|${unit}||${period}`;
/** Moments numbered in order; each is its own transaction. */
const momentsOf = (...changes: Array<ReturnType<typeof change>[]>): ReportHistory['moments'] =>
  changes.map((c, i) => ({ at: `t${String(10 * (i + 1)).padStart(4, '0')}`, id: 10 * (i + 1), changes: c }));
const now = new Map([
  [atom('A'), 3],
  [atom('B'), 7],
  [atom('N'), 4],
]);
const run = (overrides: Partial<ShownStatesInput> & Pick<ShownStatesInput, 'history'>) =>
  shownStates({
    reads: T2,
    changes: [],
    now,
    units: ABN,
    current: ABN,
    basisOf: () => 'approved',
    seenLive: () => false,
    ...overrides,
  }).map((state) => ({
    members: state.members,
    values: Object.fromEntries([...state.values].filter(([a]) => state.members.includes(a.split('|')[1]!))),
  }));

describe('shownStates', () => {
  const history: ReportHistory = {
    cycles,
    moments: momentsOf(
      [change('c2', 'A', 'open'), change('c2', 'B', 'open'), change('c2', 'N', 'open')],
      [change('c2', 'A', 'submitted')],
      [change('c2', 'B', 'submitted')],
      [change('c2', 'A', 'approved'), change('c2', 'B', 'approved')],
      [change('c2', 'N', 'submitted')],
      [change('c1', 'N', 'approved')],
      [change('c2', 'N', 'approved')],
    ),
  };
  const members = (input: Partial<ShownStatesInput>) => run({ history, ...input }).map((s) => s.members);

  it('gives every earlier set the city stood on, in order, and leaves out the present', () => {
    expect(members({})).toEqual([['A', 'B']]);
    expect(members({ basisOf: () => 'submitted' })).toEqual([['A'], ['A', 'B']]);
    expect(members({ basisOf: (unit) => (unit === 'B' ? 'drafts' : 'submitted') })).toEqual([['B'], ['A', 'B']]);
  });

  it('narrows each moment to the units the figure can stand on', () => {
    expect(members({ units: ['B', 'N'], current: ['B', 'N'], basisOf: () => 'submitted' })).toEqual([['B']]);
  });

  it('keeps what was shown before a report was returned, with the values it had then', () => {
    const returned: ReportHistory = {
      cycles,
      moments: momentsOf(
        [change('c2', 'A', 'submitted')],
        [change('c2', 'B', 'submitted')],
        [change('c2', 'B', 'returned')],
        [change('c2', 'N', 'submitted')],
        [change('c2', 'B', 'submitted')],
      ),
    };
    // B was 5 when it was first submitted, then corrected to 7 while returned (id 35, between moments 30 and 40).
    const changes: ValueChange[] = [{ at: 't0035', id: 35, atom: atom('B'), unit: 'B', before: 5, after: 7 }];
    expect(run({ history: returned, changes, basisOf: () => 'submitted' })).toEqual([
      { members: ['A'], values: { [atom('A')]: 3 } },
      { members: ['A', 'B'], values: { [atom('A')]: 3, [atom('B')]: 5 } },
      { members: ['A', 'N'], values: { [atom('A')]: 3, [atom('N')]: 4 } },
    ]);
  });

  it('gives a state for each correction of a counted unit; one the reader sees live shows at the next change', () => {
    const changes: ValueChange[] = [
      { at: 't0045', id: 45, atom: atom('A'), unit: 'A', before: 2, after: 3 },
      { at: 't0046', id: 46, atom: atom('B'), unit: 'B', before: 6, after: 7 },
    ];
    expect(run({ history, changes })).toEqual([
      { members: ['A', 'B'], values: { [atom('A')]: 2, [atom('B')]: 6 } },
      { members: ['A', 'B'], values: { [atom('A')]: 3, [atom('B')]: 6 } },
      { members: ['A', 'B'], values: { [atom('A')]: 3, [atom('B')]: 7 } },
    ]);
    const later: ValueChange[] = [{ ...changes[0]!, id: 55, at: 't0055' }, changes[1]!];
    // B's change alone is no state; the next change (N submitted, id 50) shows B's new value.
    expect(run({ history, changes: later, seenLive: (unit) => unit === 'B' })).toEqual([
      { members: ['A', 'B'], values: { [atom('A')]: 2, [atom('B')]: 6 } },
      { members: ['A', 'B'], values: { [atom('A')]: 2, [atom('B')]: 7 } },
      { members: ['A', 'B'], values: { [atom('A')]: 3, [atom('B')]: 7 } },
    ]);
  });

  it('takes a value created after a moment as absent then', () => {
    const changes: ValueChange[] = [{ at: 't0065', id: 65, atom: atom('A'), unit: 'A', before: null, after: 3 }];
    expect(run({ history, changes })).toEqual([
      { members: ['A', 'B'], values: { [atom('B')]: 7 } },
      { members: ['A', 'B'], values: { [atom('A')]: 3, [atom('B')]: 7 } },
    ]);
  });

  it('needs every period a figure reads (a rolling window) in a counted report', () => {
    const both = [...T2, { element: 'placements', period: '2025-T1' }];
    expect(members({ reads: both, current: ['N'] })).toEqual([]);
    expect(members({ reads: both })).toEqual([['N']]);
  });
});
