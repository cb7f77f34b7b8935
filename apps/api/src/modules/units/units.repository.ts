import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { units, type Database } from '@planpuls/db';
import type { Unit } from '@planpuls/contracts';

export async function listUnits(db: Database, municipalityId: string): Promise<Unit[]> {
  const parent = alias(units, 'parent');
  const predecessor = alias(units, 'predecessor');
  return db
    .select({
      id: units.id,
      code: units.code,
      name: units.name,
      kind: units.kind,
      parent: parent.code,
      validFrom: units.validFrom,
      validTo: units.validTo,
      predecessor: predecessor.code,
    })
    .from(units)
    .leftJoin(parent, eq(parent.id, units.parentId))
    .leftJoin(predecessor, eq(predecessor.id, units.predecessorId))
    .where(eq(units.municipalityId, municipalityId))
    .orderBy(asc(units.name));
}
