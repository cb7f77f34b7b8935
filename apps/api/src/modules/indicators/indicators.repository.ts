import { and, asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { dataElements, indicatorFormulaNumerators, indicatorFormulas, indicators, type Database } from '@planpuls/db';
import type { Indicator } from '@planpuls/contracts';

/** Indicators with their current formula, numerator and denominator given as data element codes. */
export async function listIndicators(db: Database, municipalityId: string): Promise<Indicator[]> {
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
    .where(eq(indicators.municipalityId, municipalityId))
    .orderBy(asc(indicators.name));

  const numerators = rows.length
    ? await db
        .select({ formulaId: indicatorFormulaNumerators.formulaId, code: dataElements.code })
        .from(indicatorFormulaNumerators)
        .innerJoin(dataElements, eq(dataElements.id, indicatorFormulaNumerators.dataElementId))
        .where(inArray(indicatorFormulaNumerators.formulaId, rows.map((row) => row.formulaId)))
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
