import { and, asc, eq, gt, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  activities,
  apiTokens,
  apiTokenUnits,
  dataValues,
  referenceGroupUnits,
  unitReports,
  units,
  userRoleUnits,
  type Database,
} from '@planpuls/db';
import type { Unit } from '@planpuls/contracts';

export type UnitRow = typeof units.$inferInsert;

function unitQuery(db: Database, where: SQL | undefined) {
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
    .where(where);
}

export async function listUnits(db: Database, municipalityId: string): Promise<Unit[]> {
  return unitQuery(db, eq(units.municipalityId, municipalityId)).orderBy(asc(units.name));
}

export async function findUnit(db: Database, municipalityId: string, id: string): Promise<Unit | undefined> {
  const [row] = await unitQuery(db, and(eq(units.municipalityId, municipalityId), eq(units.id, id)));
  return row;
}

/** Every unit's parent, for walking up the hierarchy (a municipality has tens of units, not thousands). */
export async function listUnitParents(db: Database, municipalityId: string): Promise<Map<string, string | null>> {
  const rows = await db.select({ id: units.id, parentId: units.parentId }).from(units).where(eq(units.municipalityId, municipalityId));
  return new Map(rows.map((row) => [row.id, row.parentId]));
}

export async function insertUnit(db: Database, values: UnitRow): Promise<string> {
  const [row] = await db.insert(units).values(values).returning({ id: units.id });
  return row!.id;
}

export async function updateUnit(db: Database, municipalityId: string, id: string, values: Partial<UnitRow>): Promise<void> {
  await db
    .update(units)
    .set(values)
    .where(and(eq(units.municipalityId, municipalityId), eq(units.id, id)));
}

export async function deleteUnit(db: Database, municipalityId: string, id: string): Promise<boolean> {
  const deleted = await db
    .delete(units)
    .where(and(eq(units.municipalityId, municipalityId), eq(units.id, id)))
    .returning({ id: units.id });
  return deleted.length > 0;
}

/** What still points at the unit; deleting it would lose reported data or break the hierarchy. */
export async function unitUsage(db: Database, municipalityId: string, id: string): Promise<string[]> {
  const child = alias(units, 'child');
  const successor = alias(units, 'successor');
  const checks = {
    'data values': db
      .select({ id: dataValues.id })
      .from(dataValues)
      .where(and(eq(dataValues.municipalityId, municipalityId), eq(dataValues.unitId, id))),
    'unit reports': db
      .select({ id: unitReports.id })
      .from(unitReports)
      .where(and(eq(unitReports.municipalityId, municipalityId), eq(unitReports.unitId, id))),
    activities: db
      .select({ id: activities.id })
      .from(activities)
      .where(and(eq(activities.municipalityId, municipalityId), eq(activities.unitId, id))),
    'sub-units': db.select({ id: child.id }).from(child).where(eq(child.parentId, id)),
    'successor units': db.select({ id: successor.id }).from(successor).where(eq(successor.predecessorId, id)),
    'reference groups': db
      .select({ id: referenceGroupUnits.unitId })
      .from(referenceGroupUnits)
      .where(and(eq(referenceGroupUnits.municipalityId, municipalityId), eq(referenceGroupUnits.unitId, id))),
    'user roles': db
      .select({ id: userRoleUnits.unitId })
      .from(userRoleUnits)
      .where(and(eq(userRoleUnits.municipalityId, municipalityId), eq(userRoleUnits.unitId, id))),
    // A system's token stops working when one of its units goes (migration 0017): an administrator revokes it first, knowingly.
    'API tokens': db
      .select({ id: apiTokenUnits.tokenId })
      .from(apiTokenUnits)
      .innerJoin(apiTokens, eq(apiTokens.id, apiTokenUnits.tokenId))
      .where(
        and(
          eq(apiTokenUnits.municipalityId, municipalityId),
          eq(apiTokenUnits.unitId, id),
          isNull(apiTokens.revokedAt),
          or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, sql`now()`)),
        ),
      ),
  };
  const found = await Promise.all(
    Object.entries(checks).map(async ([label, query]) => ((await query.limit(1)).length > 0 ? label : undefined)),
  );
  return found.filter((label): label is string => label !== undefined);
}
