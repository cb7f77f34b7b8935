import { and, asc, eq, inArray, isNull, lte, or, gte, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  dataElements,
  dataValues,
  periods,
  professionalGroups,
  reportingCycleElements,
  reportingCycles,
  ruleExplanations,
  unitReports,
  units,
  users,
  type Database,
} from '@planpuls/db';
import type { ReportState, ValueReach } from '@planpuls/domain';

export interface CycleRow {
  id: string;
  planId: string;
  periodId: string;
  period: string;
  periodKind: string;
  periodStart: string;
  periodEnd: string;
  opensOn: string;
  deadline: string;
  dueOn: string;
  remindDaysBefore: number;
  explainChangeAbove: number | null;
  reviewClosedAt: Date | null;
  createdAt: Date;
  dataElements: string[];
  reports: Record<ReportState, number>;
}

/**
 * The units that report in a period: every unit, central or district, valid at some point of it (the central
 * administrations employ social workers too and have values in the demo).
 */
export async function reportingUnitIds(
  db: Database,
  municipalityId: string,
  period: { startDate: string; endDate: string },
): Promise<string[]> {
  const rows = await db
    .select({ id: units.id })
    .from(units)
    .where(
      and(
        eq(units.municipalityId, municipalityId),
        or(isNull(units.validFrom), lte(units.validFrom, period.endDate)),
        or(isNull(units.validTo), gte(units.validTo, period.startDate)),
      ),
    );
  return rows.map((row) => row.id);
}

export interface CycleFields {
  opensOn: string;
  deadline: string;
  dueOn: string;
  remindDaysBefore: number;
  explainChangeAbove: number | null;
}

export async function insertCycle(
  db: Database,
  row: CycleFields & { municipalityId: string; planId: string; periodId: string },
): Promise<string> {
  const [inserted] = await db.insert(reportingCycles).values(row).returning({ id: reportingCycles.id });
  return inserted!.id;
}

export async function updateCycle(db: Database, municipalityId: string, id: string, fields: Partial<CycleFields>): Promise<void> {
  if (Object.values(fields).every((value) => value === undefined)) return;
  await db
    .update(reportingCycles)
    .set(fields)
    .where(and(eq(reportingCycles.municipalityId, municipalityId), eq(reportingCycles.id, id)));
}

export async function replaceElements(db: Database, municipalityId: string, cycleId: string, elementIds: readonly string[]): Promise<void> {
  await db.delete(reportingCycleElements).where(eq(reportingCycleElements.cycleId, cycleId));
  if (elementIds.length > 0) {
    await db.insert(reportingCycleElements).values(elementIds.map((dataElementId) => ({ municipalityId, cycleId, dataElementId })));
  }
}

export async function insertReports(db: Database, municipalityId: string, cycleId: string, unitIds: readonly string[]): Promise<void> {
  if (unitIds.length === 0) return;
  await db.insert(unitReports).values(unitIds.map((unitId) => ({ municipalityId, cycleId, unitId })));
}

/** Holds submissions and the closing of the review off until the transaction ends (they wait for the row). */
export async function lockCycle(db: Database, id: string): Promise<void> {
  await db.execute(sql`SELECT 1 FROM ${reportingCycles} WHERE ${reportingCycles.id} = ${id} FOR SHARE`);
  await db.execute(sql`SELECT 1 FROM ${unitReports} WHERE ${unitReports.cycleId} = ${id} ORDER BY ${unitReports.id} FOR SHARE`);
}

/** Deletes the cycle unless it is frozen (a unit has submitted, or the review is closed): false when it did not. */
export async function deleteCycleWithoutSubmissions(db: Database, municipalityId: string, id: string): Promise<boolean> {
  const deleted = await db
    .delete(reportingCycles)
    .where(
      and(
        eq(reportingCycles.municipalityId, municipalityId),
        eq(reportingCycles.id, id),
        isNull(reportingCycles.reviewClosedAt),
        sql`NOT EXISTS (SELECT 1 FROM ${unitReports} WHERE ${unitReports.cycleId} = ${reportingCycles.id} AND ${unitReports.state} <> 'open')`,
      ),
    )
    .returning({ id: reportingCycles.id });
  return deleted.length > 0;
}

export async function listCycles(
  db: Database,
  municipalityId: string,
  filter: { id?: string; planId?: string; period?: string },
): Promise<CycleRow[]> {
  const where: SQL[] = [eq(reportingCycles.municipalityId, municipalityId)];
  if (filter.id) where.push(eq(reportingCycles.id, filter.id));
  if (filter.planId) where.push(eq(reportingCycles.planId, filter.planId));
  if (filter.period) where.push(eq(periods.code, filter.period));
  const rows = await db
    .select({
      id: reportingCycles.id,
      planId: reportingCycles.planId,
      periodId: reportingCycles.periodId,
      period: periods.code,
      periodKind: periods.kind,
      periodStart: periods.startDate,
      periodEnd: periods.endDate,
      opensOn: reportingCycles.opensOn,
      deadline: reportingCycles.deadline,
      dueOn: reportingCycles.dueOn,
      remindDaysBefore: reportingCycles.remindDaysBefore,
      explainChangeAbove: reportingCycles.explainChangeAbove,
      reviewClosedAt: reportingCycles.reviewClosedAt,
      createdAt: reportingCycles.createdAt,
      dataElements: sql<string[]>`coalesce((
        SELECT array_agg(${dataElements.code} ORDER BY ${dataElements.code}) FROM ${reportingCycleElements}
        JOIN ${dataElements} ON ${dataElements.id} = ${reportingCycleElements.dataElementId}
        WHERE ${reportingCycleElements.cycleId} = ${reportingCycles.id}), '{}')`,
      reports: sql<Record<ReportState, number>>`(
        SELECT jsonb_build_object(
          'open', count(*) FILTER (WHERE ${unitReports.state} = 'open'),
          'submitted', count(*) FILTER (WHERE ${unitReports.state} = 'submitted'),
          'approved', count(*) FILTER (WHERE ${unitReports.state} = 'approved'),
          'returned', count(*) FILTER (WHERE ${unitReports.state} = 'returned'))
        FROM ${unitReports} WHERE ${unitReports.cycleId} = ${reportingCycles.id})`,
    })
    .from(reportingCycles)
    .innerJoin(periods, eq(periods.id, reportingCycles.periodId))
    .where(and(...where))
    .orderBy(asc(periods.endDate), asc(reportingCycles.createdAt));
  return rows;
}

const submitter = alias(users, 'submitter');
const approver = alias(users, 'approver');
const returner = alias(users, 'returner');

export interface ReportRow {
  id: string;
  cycleId: string;
  unitId: string;
  unit: string;
  unitName: string;
  state: ReportState;
  changedAfterApproval: boolean;
  lateEntry: boolean;
  submittedAt: Date | null;
  submittedBy: { id: string; name: string } | null;
  approvedAt: Date | null;
  approvedBy: { id: string; name: string } | null;
  returnedAt: Date | null;
  returnedBy: { id: string; name: string } | null;
  returnComment: string | null;
}

/** The cycle's reports, optionally only those of some units, in unit order. */
export async function listReports(
  db: Database,
  municipalityId: string,
  cycleId: string,
  unitCodes?: readonly string[],
): Promise<ReportRow[]> {
  const where: SQL[] = [eq(unitReports.municipalityId, municipalityId), eq(unitReports.cycleId, cycleId)];
  if (unitCodes) where.push(unitCodes.length > 0 ? inArray(units.code, [...unitCodes]) : sql`false`);
  const rows = await db
    .select({
      id: unitReports.id,
      cycleId: unitReports.cycleId,
      unitId: unitReports.unitId,
      unit: units.code,
      unitName: units.name,
      state: unitReports.state,
      changedAfterApproval: unitReports.changedAfterApproval,
      lateEntry: unitReports.lateEntry,
      submittedAt: unitReports.submittedAt,
      submitterId: submitter.id,
      submitterName: submitter.displayName,
      approvedAt: unitReports.approvedAt,
      approverId: approver.id,
      approverName: approver.displayName,
      returnedAt: unitReports.returnedAt,
      returnerId: returner.id,
      returnerName: returner.displayName,
      returnComment: unitReports.returnComment,
    })
    .from(unitReports)
    .innerJoin(units, eq(units.id, unitReports.unitId))
    .leftJoin(submitter, eq(submitter.id, unitReports.submittedBy))
    .leftJoin(approver, eq(approver.id, unitReports.approvedBy))
    .leftJoin(returner, eq(returner.id, unitReports.returnedBy))
    .where(and(...where))
    .orderBy(asc(units.name));
  const who = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);
  return rows.map(({ submitterId, submitterName, approverId, approverName, returnerId, returnerName, ...row }) => ({
    ...row,
    submittedBy: who(submitterId, submitterName),
    approvedBy: who(approverId, approverName),
    returnedBy: who(returnerId, returnerName),
  }));
}

export type TransitionFields =
  | { state: 'submitted'; submittedAt: SQL; submittedBy: string | null }
  | { state: 'approved'; approvedAt: SQL; approvedBy: string | null }
  | { state: 'returned'; returnedAt: SQL; returnedBy: string | null; returnComment: string };

/**
 * Moves the report to a new state only if it is still in one the action starts from: of two concurrent
 * approvals exactly one updates the row. False when the guard did not hold.
 */
export async function transition(db: Database, reportId: string, from: readonly ReportState[], fields: TransitionFields): Promise<boolean> {
  const updated = await db
    .update(unitReports)
    .set({ ...fields, updatedAt: sql`now()` })
    .where(and(eq(unitReports.id, reportId), inArray(unitReports.state, [...from])))
    .returning({ id: unitReports.id });
  return updated.length > 0;
}

export async function upsertRuleExplanations(
  db: Database,
  municipalityId: string,
  unitReportId: string,
  authorUserId: string | null,
  explanations: ReadonlyArray<{ ruleCode: string; subject: string; text: string }>,
): Promise<void> {
  if (explanations.length === 0) return;
  await db
    .insert(ruleExplanations)
    .values(
      explanations.map((e) => ({
        municipalityId,
        unitReportId,
        authorUserId,
        ruleCode: e.ruleCode,
        subject: e.subject,
        text: e.text.trim(),
      })),
    )
    .onConflictDoUpdate({
      target: [ruleExplanations.unitReportId, ruleExplanations.ruleCode, ruleExplanations.subject],
      set: { text: sql`excluded.text`, authorUserId: sql`excluded.author_user_id`, updatedAt: sql`now()` },
    });
}

/** Rule explanations of the reports, keyed `reportId|ruleCode|subject`. */
export async function ruleExplanationsOf(db: Database, reportIds: readonly string[]): Promise<Map<string, string>> {
  if (reportIds.length === 0) return new Map();
  const rows = await db
    .select({
      reportId: ruleExplanations.unitReportId,
      ruleCode: ruleExplanations.ruleCode,
      subject: ruleExplanations.subject,
      text: ruleExplanations.text,
    })
    .from(ruleExplanations)
    .where(inArray(ruleExplanations.unitReportId, [...reportIds]));
  return new Map(rows.map((row) => [`${row.reportId}|${row.ruleCode}|${row.subject}`, row.text]));
}

export interface UnitValue {
  unit: string;
  group: string | null;
  element: string;
  period: string;
  periodEnd: string;
  value: number;
}

/**
 * The units' values of the given elements for the period and the earlier periods of the same kind (the
 * history the outside-history rule compares with), oldest first.
 */
export async function valuesUpTo(
  db: Database,
  municipalityId: string,
  unitIds: readonly string[],
  elementIds: readonly string[],
  period: { kind: string; endDate: string },
): Promise<UnitValue[]> {
  if (unitIds.length === 0 || elementIds.length === 0) return [];
  return db
    .select({
      unit: units.code,
      group: professionalGroups.code,
      element: dataElements.code,
      period: periods.code,
      periodEnd: periods.endDate,
      value: dataValues.value,
    })
    .from(dataValues)
    .innerJoin(units, eq(units.id, dataValues.unitId))
    .innerJoin(dataElements, eq(dataElements.id, dataValues.dataElementId))
    .innerJoin(periods, eq(periods.id, dataValues.periodId))
    .leftJoin(professionalGroups, eq(professionalGroups.id, dataValues.professionalGroupId))
    .where(
      and(
        eq(dataValues.municipalityId, municipalityId),
        inArray(dataValues.unitId, [...unitIds]),
        inArray(dataValues.dataElementId, [...elementIds]),
        eq(periods.kind, period.kind as 'tertial'),
        lte(periods.endDate, period.endDate),
      ),
    )
    .orderBy(asc(periods.endDate));
}

/** The cycles' data sets: element ids per cycle. */
export async function elementIdsOfCycle(db: Database, cycleId: string): Promise<string[]> {
  const rows = await db
    .select({ id: reportingCycleElements.dataElementId })
    .from(reportingCycleElements)
    .where(eq(reportingCycleElements.cycleId, cycleId));
  return rows.map((row) => row.id);
}

export interface ValueReport {
  state: ReportState;
  reviewClosed: boolean;
  dueOn: string;
}

/** The reports a value (element, unit, period) belongs to: those of cycles of the period whose data set has the element. */
export async function reportsOfValue(
  db: Database,
  municipalityId: string,
  value: { dataElementId: string; unitId: string; periodId: string },
): Promise<ValueReport[]> {
  const rows = await db
    .select({ state: unitReports.state, reviewClosedAt: reportingCycles.reviewClosedAt, dueOn: reportingCycles.dueOn })
    .from(unitReports)
    .innerJoin(reportingCycles, eq(reportingCycles.id, unitReports.cycleId))
    .innerJoin(
      reportingCycleElements,
      and(eq(reportingCycleElements.cycleId, reportingCycles.id), eq(reportingCycleElements.dataElementId, value.dataElementId)),
    )
    .where(
      and(
        eq(reportingCycles.municipalityId, municipalityId),
        eq(reportingCycles.periodId, value.periodId),
        eq(unitReports.unitId, value.unitId),
      ),
    );
  return rows.map((row) => ({ state: row.state, reviewClosed: row.reviewClosedAt !== null, dueOn: row.dueOn }));
}

/**
 * Whether the period's cycles ask for the element: true when the period has no cycle, or one whose data set
 * holds it. A value the cycles do not ask for belongs to no report, so it is refused (migration 0016).
 */
export async function periodAsksFor(
  db: Database,
  municipalityId: string,
  value: { dataElementId: string; periodId: string },
): Promise<boolean> {
  const result = await db.execute<{ asks: boolean }>(sql`
    SELECT NOT EXISTS (SELECT 1 FROM ${reportingCycles} WHERE ${reportingCycles.municipalityId} = ${municipalityId} AND ${reportingCycles.periodId} = ${value.periodId})
      OR EXISTS (
        SELECT 1 FROM ${reportingCycles} JOIN ${reportingCycleElements} ON ${reportingCycleElements.cycleId} = ${reportingCycles.id}
        WHERE ${reportingCycles.municipalityId} = ${municipalityId} AND ${reportingCycles.periodId} = ${value.periodId}
          AND ${reportingCycleElements.dataElementId} = ${value.dataElementId}) AS asks`);
  return result.rows[0]?.asks ?? true;
}

/** The unit's reports in the period's cycles (any data set): what an explanation of its figures belongs to. */
export async function reportsOfUnitPeriod(db: Database, municipalityId: string, unitId: string, periodId: string): Promise<ValueReport[]> {
  // A cycle without a report of the unit (a unit added later) counts as its open report: the first write gives
  // the unit that report (migration 0024), and with it the cycle's rules.
  const rows = await db
    .select({ state: unitReports.state, reviewClosedAt: reportingCycles.reviewClosedAt, dueOn: reportingCycles.dueOn })
    .from(reportingCycles)
    .leftJoin(unitReports, and(eq(unitReports.cycleId, reportingCycles.id), eq(unitReports.unitId, unitId)))
    .where(and(eq(reportingCycles.municipalityId, municipalityId), eq(reportingCycles.periodId, periodId)));
  return rows.map((row) => ({ state: row.state ?? 'open', reviewClosed: row.reviewClosedAt !== null, dueOn: row.dueOn }));
}

/**
 * The most advanced state any reporting cycle of the period has reached for the unit (`open` without one): the
 * state its values, explanations and comments on its figures are read in.
 */
export const reportStateOf = (unitId: SQL | AnyColumn, periodId: SQL | AnyColumn) => sql<ReportState>`coalesce((
  SELECT r.state FROM unit_reports r JOIN reporting_cycles c ON c.id = r.cycle_id
  WHERE r.unit_id = ${unitId} AND c.period_id = ${periodId}
  ORDER BY array_position(array['open','returned','submitted','approved']::unit_report_state[], r.state) DESC
  LIMIT 1), 'open')`;

/**
 * Rows of units whose content the reader reaches (see `readBasis`): every state where they read drafts,
 * submitted and approved where they read submitted values, approved everywhere else.
 */
export function readableByBasis(reach: ValueReach, unitCode: SQL | AnyColumn, state: SQL): SQL {
  const unitIn = (scope: ValueReach['drafts']): SQL =>
    scope.all
      ? sql`true`
      : scope.units.size > 0
        ? sql`${unitCode} IN (${sql.join(
            [...scope.units].map((code) => sql`${code}`),
            sql`, `,
          )})`
        : sql`false`;
  return sql`(${unitIn(reach.drafts)} OR (${unitIn(reach.submitted)} AND ${state} IN ('submitted', 'approved')) OR ${state} = 'approved')`;
}

/** The state of the unit's report for the period by {@link reportStateOf}. */
export async function reportStateOfUnit(db: Database, unitId: string, periodId: string): Promise<ReportState> {
  const result = await db.execute<{ state: ReportState }>(
    sql`SELECT ${reportStateOf(sql`${unitId}::uuid`, sql`${periodId}::uuid`)} AS state`,
  );
  return result.rows[0]!.state;
}
