/**
 * docs/domain.md#measurability: a plan cannot be adopted while any goal lacks an indicator, a target, a baseline, a deadline,
 * an owner, a data source and a reporting frequency, or while an activity lacks an owner, a due date and a
 * definition of done. The baseline and the deadline belong to each target, so each target is checked.
 */

export type MeasurabilityProblemCode =
  | 'plan.missing_goals'
  | 'goal.missing_indicator'
  | 'goal.missing_target'
  | 'goal.missing_owner'
  | 'goal.missing_data_source'
  | 'goal.missing_frequency'
  | 'target.missing_baseline'
  | 'target.missing_deadline'
  | 'activity.missing_owner'
  | 'activity.missing_due_date'
  | 'activity.missing_definition_of_done';

export interface MeasurabilityProblem {
  code: MeasurabilityProblemCode;
  message: string;
  /** Code of the goal concerned. */
  goal?: string;
  /** Id of the target concerned, with its professional group (null: all groups). */
  target?: string;
  group?: string | null;
  /** Code of the activity concerned. */
  activity?: string;
}

export interface MeasurableTarget {
  id: string;
  group: string | null;
  baseline: unknown;
  deadline: string | null;
}

export interface MeasurableGoal {
  code: string;
  indicator: string | null;
  owner: string | null;
  dataSource: string | null;
  frequency: string | null;
  targets: readonly MeasurableTarget[];
}

export interface MeasurableActivity {
  code: string;
  owner: string | null;
  dueDate: string | null;
  definitionOfDone: string | null;
}

export interface MeasurablePlan {
  goals: readonly MeasurableGoal[];
  activities: readonly MeasurableActivity[];
}

/** Blank text is as missing as none: "  " names no owner. */
const missing = (value: unknown) => value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

function goalProblems(goal: MeasurableGoal): MeasurabilityProblem[] {
  const about = (code: MeasurabilityProblemCode, what: string): MeasurabilityProblem => ({
    code,
    goal: goal.code,
    message: `Goal ${goal.code} has no ${what}.`,
  });
  const problems: MeasurabilityProblem[] = [];
  if (missing(goal.indicator)) problems.push(about('goal.missing_indicator', 'indicator'));
  if (goal.targets.length === 0) problems.push(about('goal.missing_target', 'target'));
  if (missing(goal.owner)) problems.push(about('goal.missing_owner', 'owner'));
  if (missing(goal.dataSource)) problems.push(about('goal.missing_data_source', 'data source'));
  if (missing(goal.frequency)) problems.push(about('goal.missing_frequency', 'reporting frequency'));
  for (const target of goal.targets) {
    const which = target.group ? `for ${target.group}` : 'for all groups';
    const aboutTarget = (code: MeasurabilityProblemCode, what: string): MeasurabilityProblem => ({
      code,
      goal: goal.code,
      target: target.id,
      group: target.group,
      message: `The target of goal ${goal.code} ${which} has no ${what}.`,
    });
    if (missing(target.baseline)) problems.push(aboutTarget('target.missing_baseline', 'baseline'));
    if (missing(target.deadline)) problems.push(aboutTarget('target.missing_deadline', 'deadline'));
  }
  return problems;
}

function activityProblems(activity: MeasurableActivity): MeasurabilityProblem[] {
  const about = (code: MeasurabilityProblemCode, what: string): MeasurabilityProblem => ({
    code,
    activity: activity.code,
    message: `Activity ${activity.code} has no ${what}.`,
  });
  const problems: MeasurabilityProblem[] = [];
  if (missing(activity.owner)) problems.push(about('activity.missing_owner', 'owner'));
  if (missing(activity.dueDate)) problems.push(about('activity.missing_due_date', 'due date'));
  if (missing(activity.definitionOfDone)) problems.push(about('activity.missing_definition_of_done', 'definition of done'));
  return problems;
}

/** What keeps the plan from being adopted, goals first in their order, then activities; empty when nothing does. */
export function measurabilityProblems(plan: MeasurablePlan): MeasurabilityProblem[] {
  const problems: MeasurabilityProblem[] =
    plan.goals.length === 0 ? [{ code: 'plan.missing_goals', message: 'The plan has no goals, so nothing in it can be followed up.' }] : [];
  return [...problems, ...plan.goals.flatMap(goalProblems), ...plan.activities.flatMap(activityProblems)];
}
