import { asc, eq } from 'drizzle-orm';
import { professionalGroups, type Database } from '@planpuls/db';
import type { ProfessionalGroup } from '@planpuls/contracts';

export async function listProfessionalGroups(db: Database, municipalityId: string): Promise<ProfessionalGroup[]> {
  return db
    .select({ id: professionalGroups.id, code: professionalGroups.code, name: professionalGroups.name })
    .from(professionalGroups)
    .where(eq(professionalGroups.municipalityId, municipalityId))
    .orderBy(asc(professionalGroups.name));
}
