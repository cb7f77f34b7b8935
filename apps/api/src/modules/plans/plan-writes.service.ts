import type { AdoptPlan, CreatePlan, PlanSummary, UpdatePlan } from '@planpuls/contracts';
import type { Database } from '@planpuls/db';
import { translateViolations } from '../../database-errors';
import type { MeasurabilityService } from '../measurability/measurability.service';
import { lookups } from '../../lookups/lookups';
import { planNotFound } from './plans.errors';
import { planWriteErrors as errors } from './plan-writes.errors';
import * as repository from './plan-writes.repository';
import { officialRecordError, officialRecordOf } from '../comments/official-record';

type PeriodFields = Pick<CreatePlan, 'validFrom' | 'validTo'>;

/** Period codes to ids, validFrom not starting after validTo ends; only the fields given (null clears). */
export async function resolvePlanPeriods(db: Database, body: PeriodFields, current?: PeriodFields) {
  const from = body.validFrom === undefined ? current?.validFrom : body.validFrom;
  const to = body.validTo === undefined ? current?.validTo : body.validTo;
  const known = await lookups.periods(db, [
    ...(from ? [{ code: from, field: 'body.validFrom' }] : []),
    ...(to ? [{ code: to, field: 'body.validTo' }] : []),
  ]);
  if (from && to && known.get(from)!.startDate > known.get(to)!.endDate) throw errors.periodsOutOfOrder();
  const idOf = (code: string | null | undefined) => (code === undefined ? undefined : code === null ? null : known.get(code)!.id);
  return { validFromPeriodId: idOf(body.validFrom), validToPeriodId: idOf(body.validTo) };
}

export function planWritesServiceFactory({
  db,
  measurability,
}: {
  db: Database;
  measurability: Pick<MeasurabilityService, 'problemsOfPlan'>;
}) {
  async function find(tx: Database, municipalityId: string, idOrCode: string): Promise<PlanSummary> {
    return lookups.plan(tx, municipalityId, idOrCode);
  }

  /** The plan, locked for the rest of the transaction. */
  async function lock(tx: Database, municipalityId: string, idOrCode: string, strength: 'share' | 'update'): Promise<PlanSummary> {
    const plan = await find(tx, municipalityId, idOrCode);
    if (!(await repository.lockPlan(tx, municipalityId, plan.id, strength))) throw planNotFound(idOrCode);
    return find(tx, municipalityId, plan.id);
  }

  return {
    /** A new plan is a draft with version 1. */
    create: (municipalityId: string, body: CreatePlan): Promise<PlanSummary> =>
      translateViolations(
        () =>
          db.transaction(async (tx) => {
            if (await repository.planCodeTaken(tx, municipalityId, body.code)) throw errors.codeTaken(body.code);
            const periods = await resolvePlanPeriods(tx, body);
            const id = await repository.insertPlan(tx, {
              municipalityId,
              code: body.code,
              name: body.name,
              reportingFrequency: body.reportingFrequency ?? null,
              validFromPeriodId: periods.validFromPeriodId ?? null,
              validToPeriodId: periods.validToPeriodId ?? null,
              status: 'draft',
            });
            return find(tx, municipalityId, id);
          }),
        { unique: () => errors.codeTaken(body.code) },
      ),

    update: (municipalityId: string, idOrCode: string, body: UpdatePlan): Promise<PlanSummary> =>
      translateViolations(
        () =>
          db.transaction(async (tx) => {
            const plan = await lock(tx, municipalityId, idOrCode, 'update');
            if (plan.status === 'archived') throw errors.archived(plan.code);
            if (body.code !== undefined && (await repository.planCodeTaken(tx, municipalityId, body.code, plan.id)))
              throw errors.codeTaken(body.code);
            const periods = await resolvePlanPeriods(tx, body, plan);
            await repository.updatePlan(tx, municipalityId, plan.id, {
              code: body.code,
              name: body.name,
              reportingFrequency: body.reportingFrequency,
              ...periods,
            });
            return find(tx, municipalityId, plan.id);
          }),
        { unique: () => errors.codeTaken(body.code ?? '') },
      ),

    /** Only a draft can be deleted, with all its content; an adopted plan is a record. */
    remove: (municipalityId: string, idOrCode: string): Promise<{ id: string; deleted: true }> =>
      db.transaction(async (tx) => {
        const plan = await lock(tx, municipalityId, idOrCode, 'update');
        if (plan.status !== 'draft') throw errors.notDraft(plan.code, plan.status);
        const record = await officialRecordOf(tx, municipalityId, { planId: plan.id });
        if (record.length > 0) throw officialRecordError('plans.has_official_record', `The plan ${plan.code}`, record);
        await translateViolations(() => repository.deletePlan(tx, municipalityId, plan.id), { foreignKey: () => errors.inUse(plan.code) });
        return { id: plan.id, deleted: true as const };
      }),

    /** A draft becomes adopted with its decision, unless the measurability check lists anything. */
    adopt: (municipalityId: string, idOrCode: string, body: AdoptPlan): Promise<PlanSummary> =>
      translateViolations(
        () =>
          db.transaction(async (tx) => {
            const plan = await lock(tx, municipalityId, idOrCode, 'update');
            if (plan.status !== 'draft') throw errors.notDraft(plan.code, plan.status);
            const problems = await measurability.problemsOfPlan(tx, municipalityId, plan.id);
            if (problems.length > 0) throw errors.notMeasurable(plan.code, problems);
            await repository.updatePlan(tx, municipalityId, plan.id, {
              status: 'adopted',
              adoptedOn: body.adoptedOn,
              adoptionDecision: body.decision,
            });
            return find(tx, municipalityId, plan.id);
          }),
        {},
      ),
  };
}
