import type { CreateProfessionalGroup, ProfessionalGroup, UpdateProfessionalGroup } from '@planpuls/contracts';
import type { Database } from '@planpuls/db';
import { translateViolations } from '../../database-errors';
import { professionalGroupErrors as errors } from './professional-groups.errors';
import * as repository from './professional-groups.repository';

export function professionalGroupsServiceFactory({ db }: { db: Database }) {
  async function get(municipalityId: string, id: string, tx: Database = db): Promise<ProfessionalGroup> {
    const group = await repository.findProfessionalGroup(tx, municipalityId, id);
    if (!group) throw errors.notFound(id);
    return group;
  }
  const codeTaken = (code: string | undefined) => ({ unique: () => errors.codeTaken(code ?? '') });

  return {
    get: (municipalityId: string, id: string) => get(municipalityId, id),

    create: (municipalityId: string, body: CreateProfessionalGroup): Promise<ProfessionalGroup> =>
      translateViolations(
        () =>
          db.transaction(async (tx) => {
            const id = await repository.insertProfessionalGroup(tx, { municipalityId, code: body.code, name: body.name });
            return get(municipalityId, id, tx);
          }),
        codeTaken(body.code),
      ),

    update: (municipalityId: string, id: string, body: UpdateProfessionalGroup): Promise<ProfessionalGroup> =>
      translateViolations(
        () =>
          db.transaction(async (tx) => {
            await get(municipalityId, id, tx);
            await repository.updateProfessionalGroup(tx, municipalityId, id, { code: body.code, name: body.name });
            return get(municipalityId, id, tx);
          }),
        codeTaken(body.code),
      ),

    remove: (municipalityId: string, id: string): Promise<{ id: string; deleted: true }> =>
      db.transaction(async (tx) => {
        const group = await get(municipalityId, id, tx);
        const uses = await repository.professionalGroupUsage(tx, municipalityId, id);
        if (uses.length > 0) throw errors.inUse(group.code, uses);
        await translateViolations(() => repository.deleteProfessionalGroup(tx, municipalityId, id), {
          foreignKey: () => errors.inUse(group.code, ['other rows']),
        });
        return { id, deleted: true as const };
      }),
  };
}
