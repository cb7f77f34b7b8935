import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import {
  dataElements,
  dataValues,
  indicatorFormulaNumerators,
  indicatorFormulas,
  indicators,
  municipalityRevisions,
  periods,
  professionalGroups,
  reportingCycleElements,
  reportingCycles,
  unitReports,
  units,
  type Database,
} from '@planpuls/db';
import type { DataElementDefinition, ElementPeriod, IndicatorDefinition, ReadBasis } from '@planpuls/domain';

export interface Catalogue {
  elements: Map<string, DataElementDefinition & { split: boolean; countsPeople: boolean }>;
  indicators: Map<
    string,
    IndicatorDefinition & { name: string; unitOfMeasure: string; numeratorCountsPeople: boolean; denominatorCountsPeople: boolean }
  >;
  units: Array<{ code: string; validFrom: string | null; validTo: string | null }>;
  groups: string[];
}

/** The municipality's revision: it changes with every committed change to values or definitions. */
export async function readRevision(db: Database, municipalityId: string): Promise<number> {
  const [row] = await db
    .select({ revision: municipalityRevisions.revision })
    .from(municipalityRevisions)
    .where(eq(municipalityRevisions.municipalityId, municipalityId));
  return row?.revision ?? 0;
}

/** Everything figures are computed from, except the values themselves. */
export async function loadCatalogue(db: Database, municipalityId: string): Promise<Catalogue> {
  const elementRows = await db
    .select({
      id: dataElements.id,
      code: dataElements.code,
      timeAggregation: dataElements.timeAggregation,
      frequency: dataElements.frequency,
      disaggregation: dataElements.disaggregation,
      countsPeople: dataElements.countsPeople,
    })
    .from(dataElements)
    .where(eq(dataElements.municipalityId, municipalityId));
  const codeOf = new Map(elementRows.map((row) => [row.id, row.code]));
  const countsPeople = new Set(elementRows.filter((row) => row.countsPeople).map((row) => row.id));

  const formulaRows = await db
    .select({
      code: indicators.code,
      name: indicators.name,
      kind: indicators.kind,
      decimals: indicators.decimals,
      unitOfMeasure: indicators.unitOfMeasure,
      formulaId: indicatorFormulas.id,
      version: indicatorFormulas.version,
      factor: indicatorFormulas.factor,
      window: indicatorFormulas.window,
      denominatorId: indicatorFormulas.denominatorElementId,
    })
    .from(indicators)
    .innerJoin(
      indicatorFormulas,
      and(eq(indicatorFormulas.indicatorId, indicators.id), eq(indicatorFormulas.version, indicators.currentFormulaVersion)),
    )
    .where(eq(indicators.municipalityId, municipalityId));
  const numeratorRows = formulaRows.length
    ? await db
        .select()
        .from(indicatorFormulaNumerators)
        .where(
          inArray(
            indicatorFormulaNumerators.formulaId,
            formulaRows.map((row) => row.formulaId),
          ),
        )
    : [];

  const unitRows = await db
    .select({ code: units.code, validFrom: units.validFrom, validTo: units.validTo })
    .from(units)
    .where(eq(units.municipalityId, municipalityId))
    .orderBy(asc(units.name));
  const groupRows = await db
    .select({ code: professionalGroups.code })
    .from(professionalGroups)
    .where(eq(professionalGroups.municipalityId, municipalityId))
    .orderBy(asc(professionalGroups.code));

  return {
    elements: new Map(
      elementRows.map((row) => [
        row.code,
        {
          code: row.code,
          timeAggregation: row.timeAggregation,
          frequency: row.frequency,
          split: row.disaggregation === 'professional_group',
          countsPeople: row.countsPeople,
        },
      ]),
    ),
    indicators: new Map(
      formulaRows.map((row) => [
        row.code,
        {
          code: row.code,
          name: row.name,
          unitOfMeasure: row.unitOfMeasure,
          kind: row.kind,
          decimals: row.decimals,
          factor: row.factor,
          window: row.window,
          formulaVersion: row.version,
          denominator: row.denominatorId ? (codeOf.get(row.denominatorId) ?? null) : null,
          numeratorCountsPeople: numeratorRows.filter((n) => n.formulaId === row.formulaId).every((n) => countsPeople.has(n.dataElementId)),
          denominatorCountsPeople: row.denominatorId !== null && countsPeople.has(row.denominatorId),
          numerator: numeratorRows
            .filter((n) => n.formulaId === row.formulaId)
            .map((n) => codeOf.get(n.dataElementId)!)
            .sort(),
        },
      ]),
    ),
    units: unitRows,
    groups: groupRows.map((row) => row.code),
  };
}

export const cellKey = (unit: string, group: string | null, element: string, period: string) =>
  `${unit}|${group ?? ''}|${element}|${period}`;

/**
 * How far the values of each unit, element and period have come: 2 when they are part of an approved unit report,
 * 1 of a submitted one, 0 (or absent) drafts. A value
 * belongs to its unit's reports in reporting cycles (of any plan) of the value's own period whose data set holds the
 * value's element — the same membership the write rules of migration 0011 lock and GET /data-values states; a yearly
 * value (the employee survey) needs a yearly cycle. A report changed after approval stays approved: the change carries
 * a stated reason, is flagged on the cycle and kept in the audit trail, and a corrected figure serves readers better
 * than one that vanishes until re-approval. A returned report is open again: its values are drafts.
 */
export async function loadStandings(db: Database, municipalityId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({
      unit: units.code,
      period: periods.code,
      element: dataElements.code,
      standing: sql<number>`max(CASE ${unitReports.state} WHEN 'approved' THEN 2 WHEN 'submitted' THEN 1 ELSE 0 END)`,
    })
    .from(unitReports)
    .innerJoin(reportingCycles, eq(reportingCycles.id, unitReports.cycleId))
    .innerJoin(reportingCycleElements, eq(reportingCycleElements.cycleId, reportingCycles.id))
    .innerJoin(units, eq(units.id, unitReports.unitId))
    .innerJoin(periods, eq(periods.id, reportingCycles.periodId))
    .innerJoin(dataElements, eq(dataElements.id, reportingCycleElements.dataElementId))
    .where(eq(unitReports.municipalityId, municipalityId))
    .groupBy(units.code, periods.code, dataElements.code);
  return new Map(rows.map((row) => [standingKey(row.unit, row.element, row.period), Number(row.standing)]));
}

export const standingKey = (unit: string, element: string, period: string) => `${unit}|${element}|${period}`;

/** The least standing a value needs to count in the figures of a reader with this basis for its unit. */
export const LEAST_STANDING: Readonly<Record<ReadBasis, number>> = { drafts: 0, submitted: 1, approved: 2 };

/**
 * A fingerprint of every cycle's data set. Unit reports bump the municipality's revision, data sets do not,
 * so figures that depend on values' standing are cached under the revision and this fingerprint together.
 */
export async function readDataSetFingerprint(db: Database, municipalityId: string): Promise<string> {
  const result = await db.execute<{ members: string; hash: string }>(sql`
    SELECT count(*)::text AS members, coalesce(sum(hashtext(cycle_id::text || ':' || data_element_id::text)::bigint), 0)::text AS hash
    FROM reporting_cycle_elements WHERE municipality_id = ${municipalityId}`);
  const row = result.rows[0];
  return `${row?.members ?? 0}:${row?.hash ?? 0}`;
}

/**
 * Everything a figure answer (progress, series, indicator values, the review board) is read from, as one string that
 * changes when any of it does: the revision (values, definitions, plans, goals, targets, reports), the dialogue
 * revision (positions, assessments, reviews closed, activities, user names: migration 0029), the data sets (which do
 * not move the revision; see readDataSetFingerprint) and the plan's focus areas, which order its goals. One query.
 */
export async function readFigureStamp(db: Database, municipalityId: string): Promise<string> {
  const result = await db.execute<{ stamp: string }>(sql`
    SELECT concat_ws('/',
      coalesce((SELECT revision FROM municipality_revisions WHERE municipality_id = ${municipalityId}), 0),
      coalesce((SELECT revision FROM municipality_dialogue_revisions WHERE municipality_id = ${municipalityId}), 0),
      (SELECT count(*)::text || ':' || coalesce(sum(hashtext(cycle_id::text || ':' || data_element_id::text)::bigint), 0)::text
        FROM reporting_cycle_elements WHERE municipality_id = ${municipalityId}),
      (SELECT count(*)::text || ':' || coalesce(sum(hashtext(f::text)::bigint), 0)::text FROM focus_areas f WHERE municipality_id = ${municipalityId})
    ) AS stamp`);
  return result.rows[0]!.stamp;
}

/** Exactly the values the figures read: those of the given (element, period) pairs, for every unit and group. */
export async function loadCells(db: Database, municipalityId: string, pairs: readonly ElementPeriod[]): Promise<Map<string, number>> {
  const cells = new Map<string, number>();
  if (pairs.length === 0) return cells;
  const unique = [...new Map(pairs.map((pair) => [`${pair.element}|${pair.period}`, pair])).values()];
  const wanted = sql.join(
    unique.map((pair) => sql`(${pair.element}, ${pair.period})`),
    sql`, `,
  );
  const rows = await db
    .select({ element: dataElements.code, unit: units.code, group: professionalGroups.code, period: periods.code, value: dataValues.value })
    .from(dataValues)
    .innerJoin(dataElements, eq(dataElements.id, dataValues.dataElementId))
    .innerJoin(units, eq(units.id, dataValues.unitId))
    .leftJoin(professionalGroups, eq(professionalGroups.id, dataValues.professionalGroupId))
    .innerJoin(periods, eq(periods.id, dataValues.periodId))
    .where(and(eq(dataValues.municipalityId, municipalityId), sql`(${dataElements.code}, ${periods.code}) IN (${wanted})`));
  for (const row of rows) cells.set(cellKey(row.unit, row.group, row.element, row.period), row.value);
  return cells;
}

export interface RawValue {
  element: string;
  unit: string;
  group: string | null;
  period: string;
  value: number;
  /** The most advanced state of the unit's reports in cycles of the period whose data set holds the element (as GET /data-values says); `open` without one. */
  state: 'open' | 'returned' | 'submitted' | 'approved';
}

/** The entered values of the given (element, period) pairs with their reporting state: what GET /data-values shows. */
export async function loadRawValues(db: Database, municipalityId: string, pairs: readonly ElementPeriod[]): Promise<RawValue[]> {
  if (pairs.length === 0) return [];
  const unique = [...new Map(pairs.map((pair) => [`${pair.element}|${pair.period}`, pair])).values()];
  const wanted = sql.join(
    unique.map((pair) => sql`(${pair.element}, ${pair.period})`),
    sql`, `,
  );
  const state = sql<RawValue['state']>`coalesce((
    SELECT report.state FROM unit_reports report JOIN reporting_cycles cycle ON cycle.id = report.cycle_id
    JOIN reporting_cycle_elements member ON member.cycle_id = cycle.id AND member.data_element_id = ${dataValues.dataElementId}
    WHERE report.unit_id = ${dataValues.unitId} AND cycle.period_id = ${dataValues.periodId}
    ORDER BY array_position(array['open','returned','submitted','approved']::unit_report_state[], report.state) DESC
    LIMIT 1), 'open')`;
  return db
    .select({
      element: dataElements.code,
      unit: units.code,
      group: professionalGroups.code,
      period: periods.code,
      value: dataValues.value,
      state,
    })
    .from(dataValues)
    .innerJoin(dataElements, eq(dataElements.id, dataValues.dataElementId))
    .innerJoin(units, eq(units.id, dataValues.unitId))
    .leftJoin(professionalGroups, eq(professionalGroups.id, dataValues.professionalGroupId))
    .innerJoin(periods, eq(periods.id, dataValues.periodId))
    .where(and(eq(dataValues.municipalityId, municipalityId), sql`(${dataElements.code}, ${periods.code}) IN (${wanted})`));
}
