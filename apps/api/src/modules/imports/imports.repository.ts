import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { dataElements, periods, professionalGroups, units, type Database } from '@planpuls/db';
import type { AcceptedRows, CodeBook } from './imports.rows';

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

export interface Changes {
  created: number;
  updated: number;
}

/** The pg connection under a drizzle transaction, for COPY, which drizzle does not speak. */
function connectionOf(tx: Database): pg.ClientBase {
  const client = (tx as unknown as { session?: { client?: pg.ClientBase } }).session?.client;
  if (!client || typeof client.query !== 'function' || client instanceof pg.Pool) {
    throw new Error('COPY needs the connection of a transaction');
  }
  return client;
}

/** A text field of COPY's text format: backslash, tab and line breaks escaped. */
const copyField = (text: string) => text.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c]!);
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** The accepted rows as COPY text, a few thousand lines per chunk. */
function* copyLines(rows: AcceptedRows, linesPerChunk = 4096): Generator<string> {
  let chunk = '';
  for (let i = 0; i < rows.length; i++) {
    const group = rows.groupIds[i];
    const note = rows.notes[i];
    chunk += `${rows.elementIds[i]}\t${rows.unitIds[i]}\t${group ?? '\\N'}\t${rows.periodIds[i]}\t${rows.values[i]}\t${note == null ? '\\N' : copyField(note)}\n`;
    if ((i + 1) % linesPerChunk === 0) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

export const STAGING_TABLE = 'import_rows';
const IMPORT_WORK_MEM = '64MB';

/**
 * The file's valid rows in a temporary table of this transaction (dropped at its end), sent with COPY: one
 * stream, no statement per row. All later work is set-based against it.
 */
export async function stageRows(tx: Database, rows: AcceptedRows): Promise<void> {
  const client = connectionOf(tx);
  // Room for this transaction's sorts and hashes of the staged rows (and the trigger's transition tables), so
  // that they stay in memory instead of spilling to temporary files; the default is 4 MB.
  await client.query(`SET LOCAL work_mem = '${IMPORT_WORK_MEM}'`);
  await client.query(`CREATE TEMPORARY TABLE ${STAGING_TABLE} (
    data_element_id uuid NOT NULL, unit_id uuid NOT NULL, professional_group_id uuid, period_id uuid NOT NULL,
    value numeric NOT NULL, note text
  ) ON COMMIT DROP`);
  await pipeline(Readable.from(copyLines(rows)), client.query(copyFrom(`COPY ${STAGING_TABLE} FROM STDIN`)));
  // Fresh statistics let the planner hash-join the staged rows with the stored values.
  await client.query(`ANALYZE ${STAGING_TABLE}`);
}

/** A staged row and the stored value of the same identity, if any. */
const STORED_JOIN = sql.raw(`data_values AS stored
  ON stored.data_element_id = incoming.data_element_id
  AND stored.unit_id = incoming.unit_id
  AND stored.period_id = incoming.period_id
  AND (stored.professional_group_id = incoming.professional_group_id
    OR (stored.professional_group_id IS NULL AND incoming.professional_group_id IS NULL))`);

/** Whether a staged row differs from the stored one: its value, or its note when the file has notes. */
const differs = (withNotes: boolean) =>
  sql`(stored.value <> incoming.value OR (${withNotes}::boolean AND stored.note IS DISTINCT FROM incoming.note))`;

/**
 * What writing the staged rows would do, without writing: new identities, and existing ones whose value (or
 * note, when the file has notes) differs. The rest are unchanged.
 */
export async function compareStaged(tx: Database, withNotes: boolean): Promise<Changes> {
  const result = await tx.execute<{ created: number; updated: number }>(sql`
    SELECT
      count(*) FILTER (WHERE stored.id IS NULL)::int AS created,
      count(*) FILTER (WHERE stored.id IS NOT NULL AND ${differs(withNotes)})::int AS updated
    FROM ${sql.raw(STAGING_TABLE)} AS incoming LEFT JOIN ${STORED_JOIN}`);
  return result.rows[0] ?? { created: 0, updated: 0 };
}

/**
 * Writes the staged rows set-based, in two statements: one UPDATE for the identities whose value (or note, when
 * the file has notes) differs, bumping their version, and one INSERT for the new ones. Equal rows are left
 * untouched — not even their version moves, and they get no history. Without a notes column in the file,
 * stored notes are kept. The history of what is written is made by the table's statement triggers
 * (migration 0012), set-based too. A value created meanwhile by someone else makes the INSERT fail with a
 * unique violation: the caller turns it into a conflict, and nothing is written.
 */
export async function writeStaged(tx: Database, municipalityId: string, withNotes: boolean): Promise<Changes> {
  // Column names are written out: PostgreSQL refuses table-qualified names in SET.
  const updated = await tx.execute(sql`
    UPDATE data_values AS stored SET
      value = incoming.value,
      note = CASE WHEN ${withNotes}::boolean THEN incoming.note ELSE stored.note END,
      version = stored.version + 1,
      updated_at = now()
    FROM ${sql.raw(STAGING_TABLE)} AS incoming
    WHERE stored.data_element_id = incoming.data_element_id
      AND stored.unit_id = incoming.unit_id
      AND stored.period_id = incoming.period_id
      AND (stored.professional_group_id = incoming.professional_group_id
        OR (stored.professional_group_id IS NULL AND incoming.professional_group_id IS NULL))
      AND ${differs(withNotes)}`);
  const created = await tx.execute(sql`
    INSERT INTO data_values (municipality_id, data_element_id, unit_id, professional_group_id, period_id, value, note)
    SELECT ${municipalityId}::uuid, incoming.data_element_id, incoming.unit_id, incoming.professional_group_id, incoming.period_id,
      incoming.value, CASE WHEN ${withNotes}::boolean THEN incoming.note END
    FROM ${sql.raw(STAGING_TABLE)} AS incoming LEFT JOIN ${STORED_JOIN}
    WHERE stored.id IS NULL`);
  return { created: created.rowCount ?? 0, updated: updated.rowCount ?? 0 };
}
