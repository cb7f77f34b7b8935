import { and, desc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { dataElements, focusAreas, goals, indicators, periods, plans, professionalGroups, units, type Database } from '@planpuls/db';
import type { PlanSummary } from '@planpuls/contracts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A period of the calendar (shared by every municipality), as lookups return it. */
export interface KnownPeriod {
  id: string;
  code: string;
  kind: string;
  startDate: string;
  endDate: string;
}

export async function unitIdByCode(db: Database, municipalityId: string, code: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.municipalityId, municipalityId), eq(units.code, code)));
  return row?.id;
}

/** The units with these codes in the municipality (each once); codes not found are absent. */
export async function unitsByCodes(
  db: Database,
  municipalityId: string,
  codes: readonly string[],
): Promise<Array<{ id: string; code: string }>> {
  if (codes.length === 0) return [];
  return db
    .select({ id: units.id, code: units.code })
    .from(units)
    .where(and(eq(units.municipalityId, municipalityId), inArray(units.code, [...codes])));
}

export async function professionalGroupIdByCode(db: Database, municipalityId: string, code: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: professionalGroups.id })
    .from(professionalGroups)
    .where(and(eq(professionalGroups.municipalityId, municipalityId), eq(professionalGroups.code, code)));
  return row?.id;
}

export async function indicatorIdByCode(db: Database, municipalityId: string, code: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: indicators.id })
    .from(indicators)
    .where(and(eq(indicators.municipalityId, municipalityId), eq(indicators.code, code)));
  return row?.id;
}

/** Ids of the elements with these codes in the municipality; codes not found are absent from the map. */
export async function dataElementIdsByCodes(db: Database, municipalityId: string, codes: readonly string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .select({ id: dataElements.id, code: dataElements.code })
    .from(dataElements)
    .where(and(eq(dataElements.municipalityId, municipalityId), inArray(dataElements.code, [...codes])));
  return new Map(rows.map((row) => [row.code, row.id]));
}

export async function goalIdByCode(db: Database, municipalityId: string, planId: string, code: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: goals.id })
    .from(goals)
    .where(and(eq(goals.municipalityId, municipalityId), eq(goals.planId, planId), eq(goals.code, code)));
  return row?.id;
}

export async function focusAreaIdByCode(db: Database, municipalityId: string, planId: string, code: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: focusAreas.id })
    .from(focusAreas)
    .where(and(eq(focusAreas.municipalityId, municipalityId), eq(focusAreas.planId, planId), eq(focusAreas.code, code)));
  return row?.id;
}

/** Calendar periods by code; codes not in the calendar are absent from the map. */
export async function periodsByCodes(db: Database, codes: readonly string[]): Promise<Map<string, KnownPeriod>> {
  const unique = [...new Set(codes)];
  const rows = unique.length
    ? await db
        .select({ id: periods.id, code: periods.code, kind: periods.kind, startDate: periods.startDate, endDate: periods.endDate })
        .from(periods)
        .where(inArray(periods.code, unique))
    : [];
  return new Map(rows.map((row) => [row.code, row]));
}

/** Plan summaries with their validity as period codes; `where` narrows them. */
export function planSummaryQuery(db: Database) {
  const validFrom = alias(periods, 'valid_from');
  const validTo = alias(periods, 'valid_to');
  return db
    .select({
      id: plans.id,
      code: plans.code,
      version: plans.version,
      name: plans.name,
      status: plans.status,
      validFrom: validFrom.code,
      validTo: validTo.code,
      reportingFrequency: plans.reportingFrequency,
      adoptedOn: plans.adoptedOn,
      adoptionDecision: plans.adoptionDecision,
      previousVersionId: plans.previousVersionId,
    })
    .from(plans)
    .leftJoin(validFrom, eq(validFrom.id, plans.validFromPeriodId))
    .leftJoin(validTo, eq(validTo.id, plans.validToPeriodId));
}

/** A plan by id, or by code (its latest version). */
export async function planSummaryByRef(db: Database, municipalityId: string, idOrCode: string): Promise<PlanSummary | undefined> {
  const match = UUID.test(idOrCode) ? eq(plans.id, idOrCode) : eq(plans.code, idOrCode);
  const [row] = await planSummaryQuery(db)
    .where(and(eq(plans.municipalityId, municipalityId), match))
    .orderBy(desc(plans.version))
    .limit(1);
  return row;
}
