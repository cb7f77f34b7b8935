import type { BaselineInput, CreateTarget, TargetDetail, UpdateTarget } from '@planpuls/contracts';
import { targetErrors as errors } from './targets.errors';

/** Everything a target states, as codes: what is validated and then stored. */
export interface TargetState {
  kind: TargetDetail['kind'];
  level: TargetDetail['level'];
  group: string | null;
  value: number | null;
  min: number | null;
  max: number | null;
  deadline: string | null;
  baseline: BaselineInput | null;
  tolerance: number | null;
  milestones: Array<{ period: string; value: number }>;
  references: Array<{ label: string; value: number; period?: string | null; source?: string | null }>;
}

export function newTargetState(body: CreateTarget): TargetState {
  return {
    kind: body.kind,
    level: body.level,
    group: body.group ?? null,
    value: body.value ?? null,
    min: body.min ?? null,
    max: body.max ?? null,
    deadline: body.deadline ?? null,
    baseline: body.baseline ?? null,
    tolerance: body.tolerance ?? null,
    milestones: body.milestones ?? [],
    references: body.references ?? [],
  };
}

/**
 * The target after a change. Bounds that do not apply to the (new) kind are dropped unless the body sends
 * them, so switching a range to "at most 10" needs only `{ kind: 'at_most', value: 10 }`.
 */
export function changedTargetState(current: TargetDetail, body: UpdateTarget): TargetState {
  const pick = <K extends keyof UpdateTarget & keyof TargetDetail>(field: K) => (body[field] !== undefined ? body[field] : current[field]);
  const kind = body.kind ?? current.kind;
  const bounds =
    kind === 'range'
      ? { value: body.value ?? null, min: pick('min') ?? null, max: pick('max') ?? null }
      : { value: pick('value') ?? null, min: body.min ?? null, max: body.max ?? null };
  return {
    kind,
    level: body.level ?? current.level,
    group: pick('group') ?? null,
    ...bounds,
    deadline: pick('deadline') ?? null,
    baseline: (body.baseline !== undefined ? body.baseline : current.baseline) ?? null,
    tolerance: pick('tolerance') ?? null,
    milestones: body.milestones ?? current.milestones,
    references: body.references ?? current.references,
  };
}

/** A range has min ≤ max and no value; the other kinds a value and no bounds. Direction comes from the kind. */
export function checkBounds(state: TargetState): void {
  if (state.kind === 'range') {
    if (state.min === null || state.max === null)
      throw errors.invalidBounds('A range target needs both min and max.', state.min === null ? 'body.min' : 'body.max');
    if (state.min > state.max) throw errors.invalidBounds('min must not be greater than max.', 'body.max');
    if (state.value !== null) throw errors.invalidBounds('A range target has min and max, not a value.', 'body.value');
    return;
  }
  if (state.value === null) throw errors.invalidBounds(`An ${state.kind} target needs a value.`, 'body.value');
  if (state.min !== null || state.max !== null)
    throw errors.invalidBounds(`An ${state.kind} target has a value, not min and max.`, state.min !== null ? 'body.min' : 'body.max');
}

/** Every period code the target names, with the body field it came from. */
export function periodFields(state: TargetState): Array<{ code: string; field: string }> {
  return [
    ...(state.deadline ? [{ code: state.deadline, field: 'body.deadline' }] : []),
    ...(state.baseline?.period ? [{ code: state.baseline.period, field: 'body.baseline.period' }] : []),
    ...state.milestones.map((m, i) => ({ code: m.period, field: `body.milestones.${i}.period` })),
    ...state.references.flatMap((r, i) => (r.period ? [{ code: r.period, field: `body.references.${i}.period` }] : [])),
  ];
}

/** Milestones are interim: one per period, none ending after the deadline. */
export function checkMilestones(state: TargetState, endOf: (code: string) => string): void {
  const seen = new Set<string>();
  for (const { period } of state.milestones) {
    if (seen.has(period)) throw errors.duplicateMilestone(period);
    seen.add(period);
    if (state.deadline && endOf(period) > endOf(state.deadline)) throw errors.milestoneAfterDeadline(period, state.deadline);
  }
}
