import type { Activity, ActivityDetail, CreateActivity, UpdateActivity } from '@planpuls/contracts';
import type { Database } from '@planpuls/db';
import { translateViolations } from '../../database-errors';
import { planForChange } from '../plans/plan-access';
import { lookups } from '../../lookups/lookups';
import { activityErrors as errors } from './activities.errors';
import * as repository from './activities.repository';
import { officialRecordError, officialRecordOf } from '../comments/official-record';

/** Goal (within the plan) and unit codes to ids; only those the body names, null clears a link. */
async function resolveLinks(db: Database, municipalityId: string, planId: string, body: Pick<UpdateActivity, 'goal' | 'unit'>) {
  return {
    goalId:
      body.goal === undefined || body.goal === null ? body.goal : await lookups.goalId(db, municipalityId, planId, body.goal, 'body.goal'),
    unitId: body.unit === undefined || body.unit === null ? body.unit : await lookups.unitId(db, municipalityId, body.unit, 'body.unit'),
  };
}

function checkDates(startDate: string | null | undefined, dueDate: string | null | undefined): void {
  if (startDate && dueDate && startDate > dueDate) throw errors.datesOutOfOrder();
}

export function activitiesServiceFactory({ db }: { db: Database }) {
  async function get(municipalityId: string, id: string, tx: Database = db): Promise<ActivityDetail> {
    const activity = await repository.findActivity(tx, municipalityId, id);
    if (!activity) throw errors.notFound(id);
    return activity;
  }
  const violations = (code: string | undefined) => ({ unique: () => errors.codeTaken(code ?? ''), check: () => errors.datesOutOfOrder() });

  return {
    /** A plan's activities as they appear inside it. */
    inPlan: async (municipalityId: string, planId: string, tx: Database = db): Promise<Activity[]> =>
      (await repository.activitiesOfPlan(tx, municipalityId, planId)).map(({ planId: _planId, ...activity }) => activity),
    get: (municipalityId: string, id: string) => get(municipalityId, id),

    create: (municipalityId: string, planIdOrCode: string, body: CreateActivity): Promise<ActivityDetail> =>
      translateViolations(
        () =>
          db.transaction(async (tx) => {
            checkDates(body.startDate, body.dueDate);
            const plan = await planForChange(tx, municipalityId, planIdOrCode);
            const links = await resolveLinks(tx, municipalityId, plan.id, body);
            const id = await repository.insertActivity(tx, {
              municipalityId,
              planId: plan.id,
              code: body.code,
              name: body.name,
              goalId: links.goalId ?? null,
              unitId: links.unitId ?? null,
              owner: body.owner ?? null,
              startDate: body.startDate ?? null,
              dueDate: body.dueDate ?? null,
              definitionOfDone: body.definitionOfDone ?? null,
              status: body.status ?? 'not_started',
            });
            return get(municipalityId, id, tx);
          }),
        violations(body.code),
      ),

    update: (municipalityId: string, id: string, body: UpdateActivity): Promise<ActivityDetail> =>
      translateViolations(
        () =>
          db.transaction(async (tx) => {
            const activity = await get(municipalityId, id, tx);
            checkDates(
              body.startDate === undefined ? activity.startDate : body.startDate,
              body.dueDate === undefined ? activity.dueDate : body.dueDate,
            );
            await planForChange(tx, municipalityId, activity.planId);
            const links = await resolveLinks(tx, municipalityId, activity.planId, body);
            const { code, name, owner, startDate, dueDate, definitionOfDone, status } = body;
            await repository.updateActivity(tx, municipalityId, id, {
              code,
              name,
              owner,
              startDate,
              dueDate,
              definitionOfDone,
              status,
              ...links,
            });
            return get(municipalityId, id, tx);
          }),
        violations(body.code),
      ),

    remove: (municipalityId: string, id: string): Promise<{ id: string; deleted: true }> =>
      db.transaction(async (tx) => {
        const activity = await get(municipalityId, id, tx);
        await planForChange(tx, municipalityId, activity.planId);
        const record = await officialRecordOf(tx, municipalityId, { activityId: id });
        if (record.length > 0) throw officialRecordError('activities.has_official_record', `The activity ${activity.code}`, record);
        await repository.deleteActivity(tx, municipalityId, id);
        return { id, deleted: true as const };
      }),
  };
}

export type ActivitiesService = ReturnType<typeof activitiesServiceFactory>;
