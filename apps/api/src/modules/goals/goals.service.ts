import type { CreateGoal, GoalDetail, UpdateGoal } from '@planpuls/contracts';
import type { Database } from '@planpuls/db';
import { translateViolations } from '../../database-errors';
import { lookups } from '../../lookups/lookups';
import { planForChange } from '../plans/plan-access';
import { goalErrors as errors } from './goals.errors';
import * as repository from './goals.repository';
import type { GoalWithArea, StoredGoal } from './goals.repository';
import type { TargetReads } from '../targets/targets.service';
import { officialRecordError, officialRecordOf } from '../comments/official-record';

/** Focus area (within the plan) and indicator codes to ids; only those the body names, null clears the indicator. */
async function resolveLinks(db: Database, municipalityId: string, planId: string, body: Pick<UpdateGoal, 'focusArea' | 'indicator'>) {
  const focusAreaId =
    body.focusArea === undefined ? undefined : await lookups.focusAreaId(db, municipalityId, planId, body.focusArea, 'body.focusArea');
  const indicatorId =
    body.indicator === null
      ? null
      : body.indicator
        ? await lookups.indicatorId(db, municipalityId, body.indicator, 'body.indicator')
        : undefined;
  return { focusAreaId, indicatorId };
}

export function goalsServiceFactory({ db, targets }: { db: Database; targets: Pick<TargetReads, 'ofGoals'> }) {
  /** The goals with their targets, in the order a goal is shown. */
  async function withTargets(goals: readonly StoredGoal[], tx: Database): Promise<GoalWithArea[]> {
    const byGoal = await targets.ofGoals(
      goals.map((goal) => goal.id),
      tx,
    );
    return goals.map(({ planId, focusArea, focusAreaId, ...head }) => ({
      ...head,
      targets: byGoal.get(head.id) ?? [],
      planId,
      focusArea,
      focusAreaId,
    }));
  }

  async function find(municipalityId: string, id: string, tx: Database = db): Promise<GoalWithArea | undefined> {
    const goal = await repository.findGoal(tx, municipalityId, id);
    return goal ? (await withTargets([goal], tx))[0] : undefined;
  }

  async function get(municipalityId: string, id: string, tx: Database = db): Promise<GoalDetail> {
    const goal = await find(municipalityId, id, tx);
    if (!goal) throw errors.notFound(id);
    const { focusAreaId: _focusAreaId, ...detail } = goal;
    return detail;
  }
  const codeTaken = (code: string | undefined) => ({ unique: () => errors.codeTaken(code ?? '') });

  return {
    /** A plan's goals with their targets, in plan order, each as it appears inside its focus area. */
    inPlan: async (municipalityId: string, planId: string, tx: Database = db) =>
      (await withTargets(await repository.goalsOfPlan(tx, municipalityId, planId), tx)).map((goal) => ({
        focusAreaId: goal.focusAreaId,
        goal: repository.toGoal(goal),
      })),
    /** A focus area's goals as they appear inside it. */
    inFocusArea: async (municipalityId: string, focusAreaId: string, tx: Database = db) =>
      (await withTargets(await repository.goalsOfFocusArea(tx, municipalityId, focusAreaId), tx)).map(repository.toGoal),
    /** The goal with its focus area and targets, or undefined; in `tx` when given. */
    find,
    get: (municipalityId: string, id: string) => get(municipalityId, id),

    create: (municipalityId: string, planIdOrCode: string, body: CreateGoal): Promise<GoalDetail> =>
      translateViolations(
        () =>
          db.transaction(async (tx) => {
            const plan = await planForChange(tx, municipalityId, planIdOrCode);
            const links = await resolveLinks(tx, municipalityId, plan.id, body);
            const id = await repository.insertGoal(tx, {
              municipalityId,
              planId: plan.id,
              focusAreaId: links.focusAreaId!,
              indicatorId: links.indicatorId ?? null,
              code: body.code,
              name: body.name,
              owner: body.owner ?? null,
              dataSource: body.dataSource ?? null,
              frequency: body.frequency ?? null,
              position: body.position ?? (await repository.nextGoalPosition(tx, links.focusAreaId!)),
            });
            return get(municipalityId, id, tx);
          }),
        codeTaken(body.code),
      ),

    update: (municipalityId: string, id: string, body: UpdateGoal): Promise<GoalDetail> =>
      translateViolations(
        () =>
          db.transaction(async (tx) => {
            const goal = await get(municipalityId, id, tx);
            await planForChange(tx, municipalityId, goal.planId);
            const links = await resolveLinks(tx, municipalityId, goal.planId, body);
            const { code, name, owner, dataSource, frequency, position } = body;
            await repository.updateGoal(tx, municipalityId, id, { code, name, owner, dataSource, frequency, position, ...links });
            return get(municipalityId, id, tx);
          }),
        codeTaken(body.code),
      ),

    /** A goal goes with its targets; one that activities work toward stays until they are moved. */
    remove: (municipalityId: string, id: string): Promise<{ id: string; deleted: true }> =>
      db.transaction(async (tx) => {
        const goal = await get(municipalityId, id, tx);
        await planForChange(tx, municipalityId, goal.planId);
        const uses = await repository.goalUsage(tx, municipalityId, id);
        if (uses.length > 0) throw errors.inUse(goal.code, uses);
        const record = await officialRecordOf(tx, municipalityId, { goalId: id });
        if (record.length > 0) throw officialRecordError('goals.has_official_record', `The goal ${goal.code}`, record);
        await translateViolations(() => repository.deleteGoal(tx, municipalityId, id), {
          foreignKey: () => errors.inUse(goal.code, ['other rows']),
        });
        return { id, deleted: true as const };
      }),
  };
}

export type GoalsService = ReturnType<typeof goalsServiceFactory>;
