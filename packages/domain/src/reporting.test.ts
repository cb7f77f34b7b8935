import { describe, expect, it } from 'vitest';
import { isEditableByUnit, nextReportState, statesAllowing, type ReportAction, type ReportState } from './reporting';

const STATES: ReportState[] = ['open', 'submitted', 'approved', 'returned'];
const ACTIONS: ReportAction[] = ['submit', 'approve', 'return'];

const LEGAL: Record<string, ReportState> = {
  'open submit': 'submitted',
  'returned submit': 'submitted',
  'submitted approve': 'approved',
  'submitted return': 'returned',
};

describe('report state machine', () => {
  for (const from of STATES) {
    for (const action of ACTIONS) {
      const expected = LEGAL[`${from} ${action}`] ?? null;
      it(`${action} from ${from} → ${expected ?? 'refused'}`, () => {
        expect(nextReportState(from, action)).toBe(expected);
      });
    }
  }

  it('names the states each action starts from', () => {
    expect(statesAllowing('submit').sort()).toEqual(['open', 'returned']);
    expect(statesAllowing('approve')).toEqual(['submitted']);
    expect(statesAllowing('return')).toEqual(['submitted']);
  });

  it('lets the unit edit only open and returned reports', () => {
    expect(STATES.filter(isEditableByUnit)).toEqual(['open', 'returned']);
  });
});
