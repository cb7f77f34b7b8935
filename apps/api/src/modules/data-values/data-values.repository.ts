import { and, asc, count, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import {
  dataElements,
  dataValues,
  periods,
  professionalGroups,
  reportingCycleElements,
  reportingCycles,
  unitReports,
  units,
  type Database,
} from '@planpuls/db';
import type { DataValue, DataValueQuery } from '@planpuls/contracts';
import type { UnitScope, ValueReach } from '@planpuls/domain';

export interface ValueIdentity {
  municipalityId: string;
  dataElementId: string;
  unitId: string;
  professionalGroupId: string | null;
  periodId: string;
}

export async function findElement(db: Database, municipalityId: string, code: string) {
  const [row] = await db
    .select()
    .from(dataElements)
    .where(and(eq(dataElements.municipalityId, municipalityId), eq(dataElements.code, code)));
  return row;
}

const identityMatches = (identity: ValueIdentity) =>
  and(
    eq(dataValues.municipalityId, identity.municipalityId),
    eq(dataValues.dataElementId, identity.dataElementId),
    eq(dataValues.unitId, identity.unitId),
    identity.professionalGroupId
      ? eq(dataValues.professionalGroupId, identity.professionalGroupId)
      : isNull(dataValues.professionalGroupId),
    eq(dataValues.periodId, identity.periodId),
  );

export async function findValue(db: Database, identity: ValueIdentity) {
  const [row] = await db.select().from(dataValues).where(identityMatches(identity));
  return row;
}

/** Inserts unless the value exists; undefined means someone else created it first. */
export async function insertValue(db: Database, identity: ValueIdentity, fields: { value: number; note: string | null }) {
  const [row] = await db
    .insert(dataValues)
    .values({ ...identity, ...fields })
    .onConflictDoNothing()
    .returning();
  return row;
}

/** Changes the value only if it is still at the version the client read; undefined when it is not. */
export async function updateValueAtVersion(db: Database, id: string, version: number, fields: { value: number; note: string | null }) {
  const [row] = await db
    .update(dataValues)
    .set({ ...fields, version: sql`${dataValues.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(dataValues.id, id), eq(dataValues.version, version)))
    .returning();
  return row;
}

/**
 * The most advanced state of the reports the value belongs to: its unit's reports in cycles of its period whose
 * data set holds its element (as the write rules and approved figures count them); `open` without one.
 */
const stateOfValue = sql<DataValue['state']>`coalesce((
  SELECT ${unitReports.state} FROM ${unitReports}
  JOIN ${reportingCycles} ON ${reportingCycles.id} = ${unitReports.cycleId}
  JOIN ${reportingCycleElements} ON ${reportingCycleElements.cycleId} = ${reportingCycles.id}
    AND ${reportingCycleElements.dataElementId} = ${dataValues.dataElementId}
  WHERE ${unitReports.unitId} = ${dataValues.unitId} AND ${reportingCycles.periodId} = ${dataValues.periodId}
  ORDER BY array_position(array['open','returned','submitted','approved']::unit_report_state[], ${unitReports.state}) DESC
  LIMIT 1), 'open')`;

const unitIn = (scope: UnitScope): SQL =>
  scope.all ? sql`true` : scope.units.size > 0 ? inArray(units.code, [...scope.units]) : sql`false`;

export async function listValues(
  db: Database,
  municipalityId: string,
  query: DataValueQuery,
  reach: ValueReach = { drafts: { all: true }, submitted: { all: true } },
): Promise<{ items: Array<DataValue & { countsPeople: boolean }>; total: number }> {
  const filters: SQL[] = [eq(dataValues.municipalityId, municipalityId)];
  if (!reach.drafts.all)
    filters.push(or(unitIn(reach.drafts), and(unitIn(reach.submitted), sql`${stateOfValue} IN ('submitted', 'approved')`))!);
  if (query.dataElement) filters.push(eq(dataElements.code, query.dataElement));
  if (query.unit) filters.push(eq(units.code, query.unit));
  if (query.group) filters.push(eq(professionalGroups.code, query.group));
  if (query.period) filters.push(eq(periods.code, query.period));
  const where = and(...filters);

  const base = db
    .select({
      id: dataValues.id,
      dataElement: dataElements.code,
      unit: units.code,
      group: professionalGroups.code,
      period: periods.code,
      value: dataValues.value,
      countsPeople: dataElements.countsPeople,
      note: dataValues.note,
      version: dataValues.version,
      state: stateOfValue,
      updatedAt: dataValues.updatedAt,
    })
    .from(dataValues)
    .innerJoin(dataElements, eq(dataElements.id, dataValues.dataElementId))
    .innerJoin(units, eq(units.id, dataValues.unitId))
    .leftJoin(professionalGroups, eq(professionalGroups.id, dataValues.professionalGroupId))
    .innerJoin(periods, eq(periods.id, dataValues.periodId))
    .where(where);
  const [rows, [totals]] = await Promise.all([
    base
      .orderBy(asc(periods.endDate), asc(dataElements.code), asc(units.code), asc(professionalGroups.code))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db
      .select({ total: count() })
      .from(dataValues)
      .innerJoin(dataElements, eq(dataElements.id, dataValues.dataElementId))
      .innerJoin(units, eq(units.id, dataValues.unitId))
      .leftJoin(professionalGroups, eq(professionalGroups.id, dataValues.professionalGroupId))
      .innerJoin(periods, eq(periods.id, dataValues.periodId))
      .where(where),
  ]);
  return {
    items: rows.map(({ countsPeople, ...row }) => ({ ...row, countsPeople, suppressed: false, updatedAt: row.updatedAt.toISOString() })),
    total: totals?.total ?? 0,
  };
}
