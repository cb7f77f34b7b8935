import { sql } from 'drizzle-orm';
import { useTestDatabase } from '@planpuls/db/testing';
import { describe, expect, it } from 'vitest';

/**
 * The history of data values is written per statement into its own typed table (migration 0014) but must read,
 * through audit_entries, as the per-row trigger of every other audited table writes it: one row per changed
 * value, the whole row before and after, who and why from the transaction's settings, nothing for an update
 * that changes nothing.
 */
describe('the history of data values, written per statement', () => {
  const db = useTestDatabase('demo');

  const historyOf = async (id: string) =>
    (
      await db.owner.execute<{
        action: string;
        before: Record<string, unknown> | null;
        after: Record<string, unknown> | null;
        reason: string | null;
        actor_type: string;
        municipality_id: string;
        entity_type: string;
      }>(
        sql`SELECT action, before, after, reason, actor_type, municipality_id, entity_type FROM audit_entries WHERE entity_id = ${id}::uuid ORDER BY id`,
      )
    ).rows;

  it('records creations, changes and deletions with whole rows, skips updates that change nothing, and keeps who and why', async () => {
    const ids = await db.owner.transaction(async (tx) => {
      await tx.execute(sql`SELECT set_config('planpuls.actor_type', 'user', true), set_config('planpuls.reason', 'Inläsning', true)`);
      const inserted = await tx.execute<{ id: string }>(sql`
        INSERT INTO data_values (municipality_id, data_element_id, unit_id, professional_group_id, period_id, value, note)
        SELECT e.municipality_id, e.id, u.id, NULL, p.id, 3, 'första'
        FROM data_elements e JOIN units u ON u.municipality_id = e.municipality_id AND u.code IN ('FARSTA', 'BROMMA')
        JOIN periods p ON p.code = '2040-T1'
        WHERE e.code = 'student_placements'
        RETURNING id`);
      return inserted.rows.map((row) => row.id);
    });
    expect(ids).toHaveLength(2);
    const [first, second] = ids as [string, string];

    // One statement: a change for one row, the same value for the other.
    await db.owner.execute(
      sql`UPDATE data_values SET value = CASE WHEN id = ${first}::uuid THEN 4 ELSE value END WHERE id IN (${first}::uuid, ${second}::uuid)`,
    );
    await db.owner.execute(sql`DELETE FROM data_values WHERE id = ${second}::uuid`);

    const firstHistory = await historyOf(first);
    expect(firstHistory.map((row) => row.action)).toEqual(['create', 'update']);
    expect(firstHistory[0]).toMatchObject({ actor_type: 'user', reason: 'Inläsning', entity_type: 'data_values', before: null });
    expect(firstHistory[0]!.after).toMatchObject({ id: first, value: 3, note: 'första', version: 1, professional_group_id: null });
    expect(Object.keys(firstHistory[0]!.after!).sort()).toEqual([
      'created_at',
      'data_element_id',
      'id',
      'municipality_id',
      'note',
      'period_id',
      'professional_group_id',
      'unit_id',
      'updated_at',
      'value',
      'version',
    ]);
    expect(firstHistory[1]).toMatchObject({ actor_type: 'system', reason: null, before: { value: 3 }, after: { value: 4 } });
    expect(firstHistory[1]!.municipality_id).toBe(firstHistory[0]!.after!.municipality_id);

    const secondHistory = await historyOf(second);
    expect(secondHistory.map((row) => row.action)).toEqual(['create', 'delete']);
    expect(secondHistory[1]).toMatchObject({ before: { id: second, value: 3 }, after: null });
  });

  it('records values deleted by a cascade, as the row trigger did', async () => {
    const [value] = (
      await db.owner.execute<{ id: string }>(sql`
        WITH e AS (
          INSERT INTO data_elements (municipality_id, code, name, definition, value_type, time_aggregation, frequency, disaggregation)
          SELECT municipality_id, 'cascade_probe', 'Prov', 'Prov', 'integer', 'sum', 'tertial', 'none' FROM data_elements WHERE code = 'student_placements'
          RETURNING id, municipality_id)
        INSERT INTO data_values (municipality_id, data_element_id, unit_id, period_id, value)
        SELECT e.municipality_id, e.id, u.id, p.id, 1
        FROM e JOIN units u ON u.municipality_id = e.municipality_id AND u.code = 'NORRMALM' JOIN periods p ON p.code = '2041-T1'
        RETURNING id`)
    ).rows;
    // Deleting the element (one no formula uses: formula versions are history) cascades to its values.
    const [element] = (
      await db.owner.execute<{ id: string }>(sql`SELECT data_element_id AS id FROM data_values WHERE id = ${value!.id}::uuid`)
    ).rows;
    await db.owner.execute(sql`DELETE FROM data_elements WHERE id = ${element!.id}::uuid`);
    expect((await historyOf(value!.id)).map((row) => row.action)).toEqual(['create', 'delete']);
  });
});
