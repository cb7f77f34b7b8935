import { eq, sql } from 'drizzle-orm';
import { dataElements, periods, professionalGroups, units, type Database } from '@planpuls/db';
import type { CodeBook, RowBatch } from './imports.rows';

const indexed = <T extends { code: string }>(rows: T[]) => new Map(rows.map((row, index) => [row.code, { ...row, index }]));

/** Every code a file may name, in four queries, whatever the size of the file. */
export async function loadCodeBook(db: Database, municipalityId: string): Promise<CodeBook> {
  const [elements, unitRows, groupRows, periodRows] = await Promise.all([
    db
      .select({
        id: dataElements.id,
        code: dataElements.code,
        valueType: dataElements.valueType,
        frequency: dataElements.frequency,
        disaggregation: dataElements.disaggregation,
        min: dataElements.min,
        max: dataElements.max,
      })
      .from(dataElements)
      .where(eq(dataElements.municipalityId, municipalityId)),
    db.select({ id: units.id, code: units.code }).from(units).where(eq(units.municipalityId, municipalityId)),
    db.select({ id: professionalGroups.id, code: professionalGroups.code }).from(professionalGroups).where(eq(professionalGroups.municipalityId, municipalityId)),
    db.select({ id: periods.id, code: periods.code }).from(periods),
  ]);
  return { elements: indexed(elements), units: indexed(unitRows), groups: indexed(groupRows), periods: indexed(periodRows) };
}

/**
 * A batch as one row set, from one array parameter per column (six parameters however many rows), so a
 * statement handles a thousand rows as cheaply as one.
 */
const incoming = (batch: RowBatch) => sql`unnest(
  ${sql.param(batch.elementIds)}::uuid[], ${sql.param(batch.unitIds)}::uuid[], ${sql.param(batch.groupIds)}::uuid[],
  ${sql.param(batch.periodIds)}::uuid[], ${sql.param(batch.values)}::numeric[], ${sql.param(batch.notes)}::text[]
) AS incoming (data_element_id, unit_id, professional_group_id, period_id, value, note)`;

export interface Changes {
  created: number;
  updated: number;
}

/**
 * What writing the batch would do, without writing: new identities, and existing ones whose value (or note,
 * when the file has notes) differs. The rest are unchanged.
 */
export async function compareBatch(db: Database, municipalityId: string, batch: RowBatch, withNotes: boolean): Promise<Changes> {
  const result = await db.execute<{ created: number; updated: number }>(sql`
    SELECT
      count(*) FILTER (WHERE stored.id IS NULL)::int AS created,
      count(*) FILTER (
        WHERE stored.id IS NOT NULL
          AND (stored.value <> incoming.value OR (${withNotes}::boolean AND stored.note IS DISTINCT FROM incoming.note))
      )::int AS updated
    FROM ${incoming(batch)}
    LEFT JOIN data_values AS stored
      ON stored.municipality_id = ${municipalityId}::uuid
      AND stored.data_element_id = incoming.data_element_id
      AND stored.unit_id = incoming.unit_id
      AND stored.period_id = incoming.period_id
      AND stored.professional_group_id IS NOT DISTINCT FROM incoming.professional_group_id`);
  return result.rows[0] ?? { created: 0, updated: 0 };
}

/**
 * Writes the batch in one statement: inserts new values, changes those whose value (or note, when the file has
 * notes) differs and bumps their version, and leaves equal ones untouched — not even their version moves.
 * Without a notes column in the file, stored notes are kept.
 */
export async function upsertBatch(db: Database, municipalityId: string, batch: RowBatch, withNotes: boolean): Promise<Changes> {
  // Column names are written out: PostgreSQL refuses table-qualified names in SET.
  const result = await db.execute<{ created: number; updated: number }>(sql`
    WITH written AS (
      INSERT INTO data_values AS stored (municipality_id, data_element_id, unit_id, professional_group_id, period_id, value, note)
      SELECT ${municipalityId}::uuid, incoming.data_element_id, incoming.unit_id, incoming.professional_group_id, incoming.period_id,
        incoming.value, CASE WHEN ${withNotes}::boolean THEN incoming.note END
      FROM ${incoming(batch)}
      ON CONFLICT ON CONSTRAINT data_values_identity_key DO UPDATE SET
        value = excluded.value,
        note = CASE WHEN ${withNotes}::boolean THEN excluded.note ELSE stored.note END,
        version = stored.version + 1,
        updated_at = now()
      WHERE stored.value <> excluded.value OR (${withNotes}::boolean AND stored.note IS DISTINCT FROM excluded.note)
      RETURNING xmax = 0 AS inserted
    )
    SELECT count(*) FILTER (WHERE inserted)::int AS created, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM written`);
  return result.rows[0] ?? { created: 0, updated: 0 };
}
