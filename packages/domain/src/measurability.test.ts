import { describe, expect, it } from 'vitest';
import { measurabilityProblems, type MeasurableActivity, type MeasurableGoal } from './measurability';

// Goal 2.1 and activity A2 of the demo plan HP-2024, as the API reads them.
const turnover: MeasurableGoal = {
  code: '2.1',
  indicator: 'turnover_total',
  owner: 'HR-direktören',
  dataSource: 'HR-system',
  frequency: 'tertial',
  targets: [
    { id: 't-soc', group: 'SOC', baseline: { kind: 'from_data', period: '2022-T3' }, deadline: '2026-T3' },
    { id: 't-bist', group: 'BIST', baseline: { kind: 'fixed', value: 18.9 }, deadline: '2026-T3' },
  ],
};
const exitInterviews: MeasurableActivity = {
  code: 'A2',
  owner: 'HR-direktören',
  dueDate: '2024-12-31',
  definitionOfDone: 'Alla avgångar och interna byten registreras med orsak i HR-systemet',
};

describe('measurabilityProblems', () => {
  it('finds nothing missing in a plan whose goals and activities are complete, like the demo plan', () => {
    expect(measurabilityProblems({ goals: [turnover], activities: [exitInterviews] })).toEqual([]);
  });

  it('lists each missing goal field with a stable code and the goal code', () => {
    const bare: MeasurableGoal = { code: '9.1', indicator: null, owner: null, dataSource: null, frequency: null, targets: [] };
    expect(measurabilityProblems({ goals: [bare], activities: [] })).toEqual([
      { code: 'goal.missing_indicator', goal: '9.1', message: 'Goal 9.1 has no indicator.' },
      { code: 'goal.missing_target', goal: '9.1', message: 'Goal 9.1 has no target.' },
      { code: 'goal.missing_owner', goal: '9.1', message: 'Goal 9.1 has no owner.' },
      { code: 'goal.missing_data_source', goal: '9.1', message: 'Goal 9.1 has no data source.' },
      { code: 'goal.missing_frequency', goal: '9.1', message: 'Goal 9.1 has no reporting frequency.' },
    ]);
  });

  it('checks the baseline and the deadline of every target, naming the target and its group', () => {
    const goal: MeasurableGoal = {
      ...turnover,
      targets: [
        turnover.targets[0]!,
        { id: 't-bist', group: 'BIST', baseline: null, deadline: null },
        { id: 't-all', group: null, baseline: null, deadline: '2026' },
      ],
    };
    const problems = measurabilityProblems({ goals: [goal], activities: [] });
    expect(problems.map(({ code, target, group }) => ({ code, target, group }))).toEqual([
      { code: 'target.missing_baseline', target: 't-bist', group: 'BIST' },
      { code: 'target.missing_deadline', target: 't-bist', group: 'BIST' },
      { code: 'target.missing_baseline', target: 't-all', group: null },
    ]);
    expect(problems[0]!.message).toBe('The target of goal 2.1 for BIST has no baseline.');
    expect(problems[2]!.message).toBe('The target of goal 2.1 for all groups has no baseline.');
  });

  it('lists an activity without owner, due date or definition of done', () => {
    const vague: MeasurableActivity = { code: 'A9', owner: null, dueDate: null, definitionOfDone: null };
    expect(measurabilityProblems({ goals: [turnover], activities: [vague] }).map((p) => [p.code, p.activity])).toEqual([
      ['activity.missing_owner', 'A9'],
      ['activity.missing_due_date', 'A9'],
      ['activity.missing_definition_of_done', 'A9'],
    ]);
  });

  it('treats blank text as missing', () => {
    const blank = { ...turnover, owner: '   ', dataSource: '' };
    expect(
      measurabilityProblems({ goals: [blank], activities: [{ ...exitInterviews, definitionOfDone: ' \n' }] }).map((p) => p.code),
    ).toEqual(['goal.missing_owner', 'goal.missing_data_source', 'activity.missing_definition_of_done']);
  });

  it('refuses a plan without goals: nothing in it could be followed up', () => {
    expect(measurabilityProblems({ goals: [], activities: [] }).map((p) => p.code)).toEqual(['plan.missing_goals']);
  });

  it('lists goals in the order given, then activities', () => {
    const a = { ...turnover, code: '1.1', owner: null };
    const b = { ...turnover, code: '1.2', indicator: null };
    const codes = measurabilityProblems({ goals: [a, b], activities: [{ ...exitInterviews, owner: null }] }).map(
      (p) => `${p.code}:${p.goal ?? p.activity}`,
    );
    expect(codes).toEqual(['goal.missing_owner:1.1', 'goal.missing_indicator:1.2', 'activity.missing_owner:A2']);
  });
});
