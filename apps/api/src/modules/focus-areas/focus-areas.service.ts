import type { CreateFocusArea, FocusAreaDetail, UpdateFocusArea } from '@planpuls/contracts';
import type { Database } from '@planpuls/db';
import { translateViolations } from '../../database-errors';
import type { GoalsService } from '../goals/goals.service';
import { planForChange } from '../plans/plan-access';
import { focusAreaErrors as errors } from './focus-areas.errors';
import * as repository from './focus-areas.repository';

export function focusAreasServiceFactory({ db, goals }: { db: Database; goals: Pick<GoalsService, 'inFocusArea'> }) {
  async function get(municipalityId: string, id: string, tx: Database = db): Promise<FocusAreaDetail> {
    const area = await repository.findFocusArea(tx, municipalityId, id);
    if (!area) throw errors.notFound(id);
    return { ...area, goals: await goals.inFocusArea(municipalityId, id, tx) };
  }
  const codeTaken = (code: string | undefined) => ({ unique: () => errors.codeTaken(code ?? '') });

  return {
    get: (municipalityId: string, id: string) => get(municipalityId, id),

    create: (municipalityId: string, planIdOrCode: string, body: CreateFocusArea): Promise<FocusAreaDetail> =>
      translateViolations(
        () =>
          db.transaction(async (tx) => {
            const plan = await planForChange(tx, municipalityId, planIdOrCode);
            const position = body.position ?? (await repository.nextFocusAreaPosition(tx, plan.id));
            const id = await repository.insertFocusArea(tx, {
              municipalityId,
              planId: plan.id,
              code: body.code,
              name: body.name,
              position,
            });
            return get(municipalityId, id, tx);
          }),
        codeTaken(body.code),
      ),

    update: (municipalityId: string, id: string, body: UpdateFocusArea): Promise<FocusAreaDetail> =>
      translateViolations(
        () =>
          db.transaction(async (tx) => {
            const area = await get(municipalityId, id, tx);
            await planForChange(tx, municipalityId, area.planId);
            await repository.updateFocusArea(tx, municipalityId, id, body);
            return get(municipalityId, id, tx);
          }),
        codeTaken(body.code),
      ),

    /** Only an empty focus area is deleted: deleting one would otherwise take its goals with it. */
    remove: (municipalityId: string, id: string): Promise<{ id: string; deleted: true }> =>
      db.transaction(async (tx) => {
        const area = await get(municipalityId, id, tx);
        await planForChange(tx, municipalityId, area.planId);
        if (await repository.focusAreaHasGoals(tx, municipalityId, id)) throw errors.inUse(area.code);
        await translateViolations(() => repository.deleteFocusArea(tx, municipalityId, id), { foreignKey: () => errors.inUse(area.code) });
        return { id, deleted: true as const };
      }),
  };
}
