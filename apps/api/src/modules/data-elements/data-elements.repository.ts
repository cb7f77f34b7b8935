import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import {
  dataElements,
  dataValues,
  indicatorFormulaNumerators,
  indicatorFormulas,
  reportingCycleElements,
  type Database,
} from '@planpuls/db';
import type { DataElement } from '@planpuls/contracts';

export type DataElementRow = typeof dataElements.$inferInsert;

const elementQuery = (db: Database, where: SQL | undefined) =>
  db
    .select({
      id: dataElements.id,
      code: dataElements.code,
      name: dataElements.name,
      definition: dataElements.definition,
      valueType: dataElements.valueType,
      timeAggregation: dataElements.timeAggregation,
      frequency: dataElements.frequency,
      disaggregation: dataElements.disaggregation,
      min: dataElements.min,
      max: dataElements.max,
    })
    .from(dataElements)
    .where(where);

export async function listDataElements(db: Database, municipalityId: string): Promise<DataElement[]> {
  return elementQuery(db, eq(dataElements.municipalityId, municipalityId)).orderBy(asc(dataElements.name));
}

export async function findDataElement(db: Database, municipalityId: string, id: string): Promise<DataElement | undefined> {
  const [row] = await elementQuery(db, and(eq(dataElements.municipalityId, municipalityId), eq(dataElements.id, id)));
  return row;
}

export async function insertDataElement(db: Database, values: DataElementRow): Promise<string> {
  const [row] = await db.insert(dataElements).values(values).returning({ id: dataElements.id });
  return row!.id;
}

export async function updateDataElement(db: Database, municipalityId: string, id: string, values: Partial<DataElementRow>): Promise<void> {
  await db
    .update(dataElements)
    .set(values)
    .where(and(eq(dataElements.municipalityId, municipalityId), eq(dataElements.id, id)));
}

export async function deleteDataElement(db: Database, municipalityId: string, id: string): Promise<void> {
  await db.delete(dataElements).where(and(eq(dataElements.municipalityId, municipalityId), eq(dataElements.id, id)));
}

export async function hasValues(db: Database, municipalityId: string, id: string): Promise<boolean> {
  const rows = await db
    .select({ id: dataValues.id })
    .from(dataValues)
    .where(and(eq(dataValues.municipalityId, municipalityId), eq(dataValues.dataElementId, id)))
    .limit(1);
  return rows.length > 0;
}

/** What still points at the element: values, indicator formulas (any version, old ones too) and reporting cycles. */
export async function dataElementUsage(db: Database, municipalityId: string, id: string): Promise<string[]> {
  const checks = {
    'indicator formulas': db
      .select({ id: indicatorFormulas.id })
      .from(indicatorFormulas)
      .where(and(eq(indicatorFormulas.municipalityId, municipalityId), eq(indicatorFormulas.denominatorElementId, id))),
    'indicator numerators': db
      .select({ id: indicatorFormulaNumerators.formulaId })
      .from(indicatorFormulaNumerators)
      .where(and(eq(indicatorFormulaNumerators.municipalityId, municipalityId), eq(indicatorFormulaNumerators.dataElementId, id))),
    'reporting cycles': db
      .select({ id: reportingCycleElements.cycleId })
      .from(reportingCycleElements)
      .where(and(eq(reportingCycleElements.municipalityId, municipalityId), eq(reportingCycleElements.dataElementId, id))),
  };
  const found = await Promise.all(
    Object.entries(checks).map(async ([label, query]) => ((await query.limit(1)).length > 0 ? label : undefined)),
  );
  const uses = found.filter((label): label is string => label !== undefined);
  return (await hasValues(db, municipalityId, id)) ? ['data values', ...uses] : uses;
}

/**
 * The periods (codes) whose figures over any of these elements are on record — a report of a cycle whose data
 * set holds one is approved, or its review closed; undefined when none. The rule is PostgreSQL's (0018), which
 * also enforces it: asked here first, so the API can say which periods.
 */
export async function periodsOnRecord(db: Database, municipalityId: string, elementIds: readonly string[]): Promise<string | undefined> {
  if (elementIds.length === 0) return undefined;
  const { rows } = await db.execute<{ periods: string | null }>(
    sql`SELECT elements_on_record(${municipalityId}::uuid, ${`{${elementIds.join(',')}}`}::uuid[]) AS periods`,
  );
  return rows[0]?.periods ?? undefined;
}
