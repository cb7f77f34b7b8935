import { and, asc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { explanations, indicators, periods, professionalGroups, units, users, type Database } from '@planpuls/db';
import type { Explanation } from '@planpuls/contracts';
import type { AnyColumn } from 'drizzle-orm';

export interface ExplanationFilter {
  indicator?: string;
  unit?: string;
  /** A group code; null for figures of all groups combined; undefined for any. */
  group?: string | null;
  period?: string;
  /** Only these units (the caller's scope); undefined for all. */
  units?: readonly string[];
  /** Only these periods. */
  periods?: readonly string[];
  /** Only explanations the reader reaches by the state of the unit's report for the period; undefined for all. */
  readable?: (row: { unitCode: AnyColumn; unitId: AnyColumn; periodId: AnyColumn }) => SQL;
}

export async function listExplanations(db: Database, municipalityId: string, filter: ExplanationFilter): Promise<Explanation[]> {
  const where: SQL[] = [eq(explanations.municipalityId, municipalityId)];
  if (filter.indicator) where.push(eq(indicators.code, filter.indicator));
  if (filter.unit) where.push(eq(units.code, filter.unit));
  if (filter.group === null) where.push(isNull(explanations.professionalGroupId));
  else if (filter.group !== undefined) where.push(eq(professionalGroups.code, filter.group));
  if (filter.period) where.push(eq(periods.code, filter.period));
  if (filter.units) where.push(filter.units.length > 0 ? inArray(units.code, [...filter.units]) : sql`false`);
  if (filter.periods) where.push(filter.periods.length > 0 ? inArray(periods.code, [...filter.periods]) : sql`false`);
  if (filter.readable) where.push(filter.readable({ unitCode: units.code, unitId: explanations.unitId, periodId: explanations.periodId }));
  const rows = await db
    .select({
      id: explanations.id,
      indicator: indicators.code,
      unit: units.code,
      group: professionalGroups.code,
      period: periods.code,
      text: explanations.text,
      authorId: users.id,
      authorName: users.displayName,
      updatedAt: explanations.updatedAt,
    })
    .from(explanations)
    .innerJoin(indicators, eq(indicators.id, explanations.indicatorId))
    .innerJoin(units, eq(units.id, explanations.unitId))
    .innerJoin(periods, eq(periods.id, explanations.periodId))
    .leftJoin(professionalGroups, eq(professionalGroups.id, explanations.professionalGroupId))
    .leftJoin(users, eq(users.id, explanations.authorUserId))
    .where(and(...where))
    .orderBy(asc(periods.endDate), asc(indicators.code), asc(units.code), asc(professionalGroups.code));
  return rows.map(({ authorId, authorName, updatedAt, ...row }) => ({
    ...row,
    author: authorId ? { id: authorId, name: authorName ?? '' } : null,
    updatedAt: updatedAt.toISOString(),
  }));
}

export async function upsertExplanation(
  db: Database,
  row: {
    municipalityId: string;
    indicatorId: string;
    unitId: string;
    professionalGroupId: string | null;
    periodId: string;
    text: string;
    authorUserId: string | null;
  },
): Promise<void> {
  await db
    .insert(explanations)
    .values(row)
    .onConflictDoUpdate({
      target: [explanations.indicatorId, explanations.unitId, explanations.professionalGroupId, explanations.periodId],
      set: { text: row.text, authorUserId: row.authorUserId, updatedAt: sql`now()` },
    });
}
