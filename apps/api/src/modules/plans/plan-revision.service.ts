import { and, eq } from 'drizzle-orm';
import { plans, type Database } from '@planpuls/db';
import type { PlanSummary, RevisePlan } from '@planpuls/contracts';
import { translateViolations } from '../../database-errors';
import { planNotFound } from './plans.errors';
import { lookups } from '../../lookups/lookups';
import { planWriteErrors as errors } from './plan-writes.errors';
import * as writes from './plan-writes.repository';
import { copyPlanContent, revisionOf } from './plan-revision.repository';
import { resolvePlanPeriods } from './plan-writes.service';

/**
 * Revising a plan: a new draft, version + 1 (the same code unless another is given), linked to the version it
 * revises, with copies of its focus areas, goals and targets (milestones and reference values included), each
 * linked to what it copies. Goals keep their indicators, so progress and trends of the new version read the same
 * data. Activities are not copied: they belong to the version that decided them. Only an adopted or archived
 * plan is revised (a draft is changed directly), and only once: a second revision would fork the history.
 */
export function planRevisionServiceFactory({ db }: { db: Database }) {
  return {
    revise: (municipalityId: string, idOrCode: string, body: RevisePlan): Promise<PlanSummary> =>
      translateViolations(
        () =>
          db.transaction(async (tx) => {
            const source = await lookups.find.plan(tx, municipalityId, idOrCode);
            if (!source || !(await writes.lockPlan(tx, municipalityId, source.id, 'update'))) throw planNotFound(idOrCode);
            const periods = await resolvePlanPeriods(tx, body, source);
            if (source.status === 'draft') throw errors.draftNotRevisable(source.code);
            const existing = await revisionOf(tx, municipalityId, source.id);
            if (existing) throw errors.alreadyRevised(source.code, existing);
            const code = body.code ?? source.code;
            if (code !== source.code && (await writes.planCodeTaken(tx, municipalityId, code))) throw errors.codeTaken(code);
            const [row] = await tx
              .select({
                validFromPeriodId: plans.validFromPeriodId,
                validToPeriodId: plans.validToPeriodId,
                reportingFrequency: plans.reportingFrequency,
              })
              .from(plans)
              .where(and(eq(plans.municipalityId, municipalityId), eq(plans.id, source.id)));
            const id = await writes.insertPlan(tx, {
              municipalityId,
              code,
              version: source.version + 1,
              name: body.name ?? source.name,
              status: 'draft',
              validFromPeriodId: periods.validFromPeriodId === undefined ? row!.validFromPeriodId : periods.validFromPeriodId,
              validToPeriodId: periods.validToPeriodId === undefined ? row!.validToPeriodId : periods.validToPeriodId,
              reportingFrequency: row!.reportingFrequency,
              previousVersionId: source.id,
            });
            await copyPlanContent(tx, municipalityId, source.id, id);
            return lookups.plan(tx, municipalityId, id);
          }),
        { unique: () => errors.codeTaken(body.code ?? String(idOrCode)) },
      ),
  };
}
