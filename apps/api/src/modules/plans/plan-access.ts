import type { PlanSummary } from '@planpuls/contracts';
import type { Database } from '@planpuls/db';
import { planNotFound } from './plans.errors';
import { lookups } from '../../lookups/lookups';
import { planWriteErrors } from './plan-writes.errors';
import { lockPlan } from './plan-writes.repository';

/**
 * The plan whose content (focus areas, goals, targets, activities) is about to change, locked against a
 * concurrent adoption until the transaction ends. An archived plan is a record and does not change.
 */
export async function planForChange(db: Database, municipalityId: string, idOrCode: string): Promise<PlanSummary> {
  const plan = await lookups.plan(db, municipalityId, idOrCode);
  const locked = await lockPlan(db, municipalityId, plan.id, 'share');
  if (!locked) throw planNotFound(idOrCode);
  if (locked.status === 'archived') throw planWriteErrors.archived(plan.code);
  return plan;
}
