import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { activities, dataElements, goals, indicatorFormulaNumerators, indicatorFormulas, indicators, type Database } from '@planpuls/db';
import type { Indicator } from '@planpuls/contracts';

export type IndicatorRow = typeof indicators.$inferInsert;

/** The formula as stored: element ids. */
export interface StoredFormula {
  numeratorIds: string[];
  denominatorId: string | null;
  factor: number;
  window: 'none' | 'rolling_12_months';
}

/** Indicators with their current formula, numerator and denominator given as data element codes. */
async function indicatorsWhere(db: Database, where: SQL | undefined): Promise<Indicator[]> {
  const denominator = alias(dataElements, 'denominator');
  const rows = await db
    .select({
      id: indicators.id,
      code: indicators.code,
      name: indicators.name,
      kind: indicators.kind,
      unitOfMeasure: indicators.unitOfMeasure,
      decimals: indicators.decimals,
      source: indicators.source,
      formulaId: indicatorFormulas.id,
      version: indicatorFormulas.version,
      factor: indicatorFormulas.factor,
      window: indicatorFormulas.window,
      denominator: denominator.code,
    })
    .from(indicators)
    .innerJoin(
      indicatorFormulas,
      and(eq(indicatorFormulas.indicatorId, indicators.id), eq(indicatorFormulas.version, indicators.currentFormulaVersion)),
    )
    .leftJoin(denominator, eq(denominator.id, indicatorFormulas.denominatorElementId))
    .where(where)
    .orderBy(asc(indicators.name));

  const numerators = rows.length
    ? await db
        .select({ formulaId: indicatorFormulaNumerators.formulaId, code: dataElements.code })
        .from(indicatorFormulaNumerators)
        .innerJoin(dataElements, eq(dataElements.id, indicatorFormulaNumerators.dataElementId))
        .where(
          inArray(
            indicatorFormulaNumerators.formulaId,
            rows.map((row) => row.formulaId),
          ),
        )
        .orderBy(asc(dataElements.code))
    : [];

  return rows.map(({ formulaId, version, factor, window, denominator: denominatorCode, ...indicator }) => ({
    ...indicator,
    formula: {
      version,
      numerator: numerators.filter((n) => n.formulaId === formulaId).map((n) => n.code),
      denominator: denominatorCode,
      factor,
      window,
    },
  }));
}

export function listIndicators(db: Database, municipalityId: string): Promise<Indicator[]> {
  return indicatorsWhere(db, eq(indicators.municipalityId, municipalityId));
}

export async function findIndicator(db: Database, municipalityId: string, id: string): Promise<Indicator | undefined> {
  const [indicator] = await indicatorsWhere(db, and(eq(indicators.municipalityId, municipalityId), eq(indicators.id, id)));
  return indicator;
}

/** The current formula version's number and content, locking the indicator row against a concurrent new version. */
export async function lockCurrentFormula(
  db: Database,
  municipalityId: string,
  indicatorId: string,
): Promise<{ version: number; formula: StoredFormula } | undefined> {
  const [indicator] = await db
    .select({ version: indicators.currentFormulaVersion })
    .from(indicators)
    .where(and(eq(indicators.municipalityId, municipalityId), eq(indicators.id, indicatorId)))
    .for('update');
  if (!indicator) return undefined;
  const [formula] = await db
    .select()
    .from(indicatorFormulas)
    .where(and(eq(indicatorFormulas.indicatorId, indicatorId), eq(indicatorFormulas.version, indicator.version)));
  const numerators = await db
    .select({ id: indicatorFormulaNumerators.dataElementId })
    .from(indicatorFormulaNumerators)
    .where(eq(indicatorFormulaNumerators.formulaId, formula!.id));
  return {
    version: indicator.version,
    formula: {
      numeratorIds: numerators.map((n) => n.id),
      denominatorId: formula!.denominatorElementId,
      factor: formula!.factor,
      window: formula!.window,
    },
  };
}

export async function insertIndicator(db: Database, values: IndicatorRow): Promise<string> {
  const [row] = await db.insert(indicators).values(values).returning({ id: indicators.id });
  return row!.id;
}

/** A new formula version; versions are never edited, so figures can say which one computed them. */
export async function insertFormulaVersion(
  db: Database,
  municipalityId: string,
  indicatorId: string,
  version: number,
  formula: StoredFormula,
): Promise<void> {
  const [row] = await db
    .insert(indicatorFormulas)
    .values({
      municipalityId,
      indicatorId,
      version,
      denominatorElementId: formula.denominatorId,
      factor: formula.factor,
      window: formula.window,
    })
    .returning({ id: indicatorFormulas.id });
  await db
    .insert(indicatorFormulaNumerators)
    .values(formula.numeratorIds.map((dataElementId) => ({ municipalityId, formulaId: row!.id, dataElementId })));
}

export async function updateIndicator(db: Database, municipalityId: string, id: string, values: Partial<IndicatorRow>): Promise<void> {
  await db
    .update(indicators)
    .set(values)
    .where(and(eq(indicators.municipalityId, municipalityId), eq(indicators.id, id)));
}

export async function deleteIndicator(db: Database, municipalityId: string, id: string): Promise<void> {
  await db.delete(indicators).where(and(eq(indicators.municipalityId, municipalityId), eq(indicators.id, id)));
}

/** Goals and activities that follow the indicator. */
export async function indicatorUsage(db: Database, municipalityId: string, id: string): Promise<string[]> {
  const checks = {
    goals: db
      .select({ id: goals.id })
      .from(goals)
      .where(and(eq(goals.municipalityId, municipalityId), eq(goals.indicatorId, id))),
    activities: db
      .select({ id: activities.id })
      .from(activities)
      .where(and(eq(activities.municipalityId, municipalityId), eq(activities.indicatorId, id))),
  };
  const found = await Promise.all(
    Object.entries(checks).map(async ([label, query]) => ((await query.limit(1)).length > 0 ? label : undefined)),
  );
  return found.filter((label): label is string => label !== undefined);
}
