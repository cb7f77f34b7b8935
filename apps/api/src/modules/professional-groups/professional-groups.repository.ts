import { and, asc, eq, type SQL } from 'drizzle-orm';
import { dataValues, professionalGroups, targets, type Database } from '@planpuls/db';
import type { ProfessionalGroup } from '@planpuls/contracts';

export type ProfessionalGroupRow = typeof professionalGroups.$inferInsert;

const groupQuery = (db: Database, where: SQL | undefined) =>
  db
    .select({ id: professionalGroups.id, code: professionalGroups.code, name: professionalGroups.name })
    .from(professionalGroups)
    .where(where);

export async function listProfessionalGroups(db: Database, municipalityId: string): Promise<ProfessionalGroup[]> {
  return groupQuery(db, eq(professionalGroups.municipalityId, municipalityId)).orderBy(asc(professionalGroups.name));
}

export async function findProfessionalGroup(db: Database, municipalityId: string, id: string): Promise<ProfessionalGroup | undefined> {
  const [row] = await groupQuery(db, and(eq(professionalGroups.municipalityId, municipalityId), eq(professionalGroups.id, id)));
  return row;
}

export async function insertProfessionalGroup(db: Database, values: ProfessionalGroupRow): Promise<string> {
  const [row] = await db.insert(professionalGroups).values(values).returning({ id: professionalGroups.id });
  return row!.id;
}

export async function updateProfessionalGroup(
  db: Database,
  municipalityId: string,
  id: string,
  values: Partial<ProfessionalGroupRow>,
): Promise<void> {
  await db
    .update(professionalGroups)
    .set(values)
    .where(and(eq(professionalGroups.municipalityId, municipalityId), eq(professionalGroups.id, id)));
}

export async function deleteProfessionalGroup(db: Database, municipalityId: string, id: string): Promise<void> {
  await db.delete(professionalGroups).where(and(eq(professionalGroups.municipalityId, municipalityId), eq(professionalGroups.id, id)));
}

/** What still points at the group: reported values (which a delete would cascade away) and targets. */
export async function professionalGroupUsage(db: Database, municipalityId: string, id: string): Promise<string[]> {
  const checks = {
    'data values': db
      .select({ id: dataValues.id })
      .from(dataValues)
      .where(and(eq(dataValues.municipalityId, municipalityId), eq(dataValues.professionalGroupId, id))),
    targets: db
      .select({ id: targets.id })
      .from(targets)
      .where(and(eq(targets.municipalityId, municipalityId), eq(targets.professionalGroupId, id))),
  };
  const found = await Promise.all(
    Object.entries(checks).map(async ([label, query]) => ((await query.limit(1)).length > 0 ? label : undefined)),
  );
  return found.filter((label): label is string => label !== undefined);
}
