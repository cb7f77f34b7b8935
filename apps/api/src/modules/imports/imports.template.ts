import { sql } from 'drizzle-orm';
import type { Database } from '@planpuls/db';
import {
  compareKinds,
  inScope,
  periodOfKindContainingDate,
  periodsBetween,
  toPeriod,
  type PeriodKind,
  type UnitScope,
} from '@planpuls/domain';
import { ApiError } from '../../errors';
import type { OutputCell } from '../exports/spreadsheet';
import { lookups, notFound } from '../../lookups/lookups';

interface TemplateElement {
  id: string;
  code: string;
  name: string;
  frequency: PeriodKind;
  split: boolean;
}

export interface TemplateRow {
  element: TemplateElement;
  group: string | null;
  period: string;
  value: number | null;
  note: string | null;
}

/**
 * The periods of an element's frequency that a cycle asks for: those ending within the cycle's period. The
 * element's own frequency for a tertial cycle gives that tertial; months give its four months; a year is asked
 * for only in the cycle whose period ends the year (T3, Q4, December).
 */
export function periodsAskedFor(frequency: PeriodKind, cyclePeriod: string): string[] {
  const cycle = toPeriod(cyclePeriod);
  if (compareKinds(frequency, cycle.kind) <= 0) return periodsBetween(frequency, cycle, cycle).map((period) => period.code);
  const enclosing = periodOfKindContainingDate(frequency, cycle.endDate);
  return enclosing.endDate === cycle.endDate ? [enclosing.code] : [];
}

/**
 * The rows a unit is expected to report in a cycle, in order: for each element of the cycle's data set (by
 * code), each professional group when the element is split by group (by code), each period asked for. Stored
 * values and notes are filled in, so the template doubles as the unit's current state.
 */
export async function templateRows(
  db: Database,
  municipalityId: string,
  cycleId: string,
  unitCode: string,
  scope: UnitScope,
): Promise<{ rows: TemplateRow[]; name: string }> {
  const [cycle] = (
    await db.execute<{ id: string; plan_code: string; period_code: string }>(sql`
      SELECT c.id, pl.code AS plan_code, p.code AS period_code
      FROM reporting_cycles c JOIN periods p ON p.id = c.period_id JOIN plans pl ON pl.id = c.plan_id
      WHERE c.municipality_id = ${municipalityId}::uuid AND c.id = ${cycleId}::uuid`)
  ).rows;
  if (!cycle) throw notFound('reporting_cycles', cycleId);
  const unit = { id: await lookups.unitId(db, municipalityId, unitCode, 'querystring.unit') };
  if (!inScope(scope, unitCode)) throw new ApiError(403, 'data_values.unit_forbidden', `You may not enter values for ${unitCode}.`);

  const [elements, groups] = await Promise.all([
    db.execute<{ id: string; code: string; name: string; frequency: PeriodKind; disaggregation: string }>(sql`
      SELECT e.id, e.code, e.name, e.frequency, e.disaggregation
      FROM reporting_cycle_elements ce JOIN data_elements e ON e.id = ce.data_element_id
      WHERE ce.cycle_id = ${cycle.id}::uuid ORDER BY e.code`),
    db.execute<{ code: string }>(sql`SELECT code FROM professional_groups WHERE municipality_id = ${municipalityId}::uuid ORDER BY code`),
  ]);
  const stored = await db.execute<{
    element_id: string;
    group_code: string | null;
    period_code: string;
    value: string;
    note: string | null;
  }>(sql`
    SELECT v.data_element_id AS element_id, g.code AS group_code, p.code AS period_code, v.value::text AS value, v.note
    FROM data_values v
    JOIN reporting_cycle_elements ce ON ce.cycle_id = ${cycle.id}::uuid AND ce.data_element_id = v.data_element_id
    JOIN periods p ON p.id = v.period_id
    LEFT JOIN professional_groups g ON g.id = v.professional_group_id
    WHERE v.municipality_id = ${municipalityId}::uuid AND v.unit_id = ${unit.id}::uuid`);
  const key = (elementId: string, group: string | null, period: string) => `${elementId}|${group ?? ''}|${period}`;
  const values = new Map(stored.rows.map((row) => [key(row.element_id, row.group_code, row.period_code), row]));

  const rows: TemplateRow[] = [];
  for (const row of elements.rows) {
    const element: TemplateElement = {
      id: row.id,
      code: row.code,
      name: row.name,
      frequency: row.frequency,
      split: row.disaggregation !== 'none',
    };
    for (const group of element.split ? groups.rows.map((g) => g.code) : [null]) {
      for (const period of periodsAskedFor(element.frequency, cycle.period_code)) {
        const value = values.get(key(element.id, group, period));
        rows.push({ element, group, period, value: value ? Number(value.value) : null, note: value?.note ?? null });
      }
    }
  }
  return { rows, name: `planpuls-mall-${cycle.plan_code}-${cycle.period_code}-${unitCode}` };
}

/** A template row as the file's cells, in IMPORT_TEMPLATE_COLUMNS order. */
export const templateCells = (row: TemplateRow, unitCode: string): OutputCell[] => [
  row.element.code,
  row.element.name,
  unitCode,
  row.group,
  row.period,
  row.value,
  row.note,
];

export async function* asAsync<T>(items: Iterable<T>): AsyncGenerator<T> {
  yield* items;
}
