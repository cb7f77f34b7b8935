import type { CreateTarget, TargetDetail, UpdateTarget } from '@planpuls/contracts';
import type { Database } from '@planpuls/db';
import { translateViolations } from '../../database-errors';
import { lookups } from '../../lookups/lookups';
import { goalErrors } from '../goals/goals.errors';
import type { GoalsService } from '../goals/goals.service';
import { planForChange } from '../plans/plan-access';
import { changedTargetState, checkBounds, checkMilestones, newTargetState, periodFields, type TargetState } from './target-rules';
import { targetErrors as errors } from './targets.errors';
import * as repository from './targets.repository';
import { officialRecordError, officialRecordOf } from '../comments/official-record';

/** The goal, its plan locked for the change. */
async function goalForChange(goals: Pick<GoalsService, 'find'>, db: Database, municipalityId: string, goalId: string) {
  const goal = await goals.find(municipalityId, goalId, db);
  if (!goal) throw goalErrors.notFound(goalId);
  await planForChange(db, municipalityId, goal.planId);
  return goal;
}

/** Validates the whole target and writes it with its milestones and reference values. */
async function store(
  db: Database,
  municipalityId: string,
  goal: { id: string; code: string; targets: ReadonlyArray<{ id: string; group: string | null }> },
  state: TargetState,
  position: number | undefined,
  targetId?: string,
): Promise<string> {
  checkBounds(state);
  if (goal.targets.some((other) => other.id !== targetId && other.group === state.group)) throw errors.groupTaken(goal.code, state.group);
  const periods = await lookups.periods(db, periodFields(state));
  checkMilestones(state, (code) => periods.get(code)!.endDate);
  const periodId = (code: string | null | undefined) => (code ? periods.get(code)!.id : null);

  let professionalGroupId: string | null = null;
  if (state.group !== null) {
    professionalGroupId = await lookups.professionalGroupId(db, municipalityId, state.group, 'body.group');
  }
  const { baseline } = state;
  const row = {
    kind: state.kind,
    level: state.level,
    professionalGroupId,
    value: state.value,
    min: state.min,
    max: state.max,
    deadlinePeriodId: periodId(state.deadline),
    baselineKind: baseline?.kind ?? null,
    baselineValue: baseline?.kind === 'fixed' ? baseline.value : null,
    baselinePeriodId: periodId(baseline?.period),
    baselineSource: baseline?.kind === 'fixed' ? (baseline.source ?? null) : null,
    baselineNote: baseline?.kind === 'fixed' ? (baseline.note ?? null) : null,
    tolerance: state.tolerance,
    position,
  };
  const id =
    targetId ??
    (await repository.insertTarget(db, {
      municipalityId,
      goalId: goal.id,
      ...row,
      position: position ?? (await repository.nextTargetPosition(db, goal.id)),
    }));
  if (targetId) await repository.updateTarget(db, municipalityId, id, row);
  await repository.replaceMilestones(
    db,
    municipalityId,
    id,
    state.milestones.map((m) => ({ periodId: periodId(m.period)!, value: m.value })),
  );
  await repository.replaceReferences(
    db,
    municipalityId,
    id,
    state.references.map((r) => ({ label: r.label, value: r.value, periodId: periodId(r.period), source: r.source ?? null })),
  );
  return id;
}

/** The database's own checks, should the rules above ever miss a case. */
const inconsistent = { check: () => errors.invalidBounds('The target is not consistent.', 'body') };

/**
 * What other modules read of targets (a goal shows its targets). Apart from the targets service, which reads the
 * goals in turn: the composition root hands this to the goals service and the goals service to the targets service.
 */
export function targetReadsFactory({ db }: { db: Database }) {
  return {
    ofGoals: (goalIds: readonly string[], tx: Database = db) => repository.loadTargets(tx, [...goalIds]),
  };
}

export type TargetReads = ReturnType<typeof targetReadsFactory>;

export function targetsServiceFactory({ db, goals }: { db: Database; goals: Pick<GoalsService, 'find'> }) {
  async function get(municipalityId: string, id: string, tx: Database = db): Promise<TargetDetail> {
    const target = await repository.findTarget(tx, municipalityId, id);
    if (!target) throw errors.notFound(id);
    return target;
  }

  return {
    get: (municipalityId: string, id: string) => get(municipalityId, id),

    create: (municipalityId: string, goalId: string, body: CreateTarget): Promise<TargetDetail> =>
      translateViolations(
        () =>
          db.transaction(async (tx) => {
            const goal = await goalForChange(goals, tx, municipalityId, goalId);
            const id = await store(tx, municipalityId, goal, newTargetState(body), body.position);
            return get(municipalityId, id, tx);
          }),
        inconsistent,
      ),

    update: (municipalityId: string, id: string, body: UpdateTarget): Promise<TargetDetail> =>
      translateViolations(
        () =>
          db.transaction(async (tx) => {
            const current = await get(municipalityId, id, tx);
            const goal = await goalForChange(goals, tx, municipalityId, current.goalId);
            await store(tx, municipalityId, goal, changedTargetState(current, body), body.position, id);
            return get(municipalityId, id, tx);
          }),
        inconsistent,
      ),

    remove: (municipalityId: string, id: string): Promise<{ id: string; deleted: true }> =>
      db.transaction(async (tx) => {
        const target = await get(municipalityId, id, tx);
        await goalForChange(goals, tx, municipalityId, target.goalId);
        const record = await officialRecordOf(tx, municipalityId, { targetId: id });
        if (record.length > 0) throw officialRecordError('targets.has_official_record', 'The target', record);
        await translateViolations(() => repository.deleteTarget(tx, municipalityId, id), { foreignKey: () => errors.inUse() });
        return { id, deleted: true as const };
      }),
  };
}
