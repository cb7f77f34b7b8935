import { sql, type SQL } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { PG_INSUFFICIENT_PRIVILEGE, pgErrorCode, useTestDatabase } from './testing';

/**
 * Figures say which formula version computed them (issue 12): a version, once written, is history. Held in
 * PostgreSQL, for the application's role and the owner alike (migration 0018).
 */
describe('formula versions', () => {
  const t = useTestDatabase('demo');
  let formula: { id: string; indicator: string; municipality: string; factor: number };

  const asApp = (statement: SQL) =>
    t.app.transaction(async (tx) => {
      await tx.execute(sql`SELECT set_config('planpuls.actor_type', 'user', true)`);
      return tx.execute(statement);
    });
  const stored = async () =>
    (
      await t.owner.execute(sql`
        SELECT f.factor::float AS factor, f."window"::text AS "window", f.denominator_element_id::text AS denominator,
          (SELECT array_agg(n.data_element_id::text ORDER BY n.data_element_id) FROM indicator_formula_numerators n WHERE n.formula_id = f.id) AS numerators
        FROM indicator_formulas f WHERE f.id = ${formula.id}`)
    ).rows[0];

  beforeAll(async () => {
    const { rows } = await t.owner.execute<{ id: string; indicator: string; municipality: string; factor: number }>(sql`
      SELECT f.id, f.indicator_id AS indicator, f.municipality_id AS municipality, f.factor::float AS factor
      FROM indicator_formulas f JOIN indicators i ON i.id = f.indicator_id
      WHERE i.code = 'turnover_total' AND f.version = 1`);
    formula = rows[0]!;
  });

  it('cannot be changed, emptied or deleted by the application role', async () => {
    const before = await stored();
    const attempts = [
      sql`UPDATE indicator_formulas SET factor = 1000 WHERE id = ${formula.id}`,
      sql`UPDATE indicator_formulas SET "window" = 'none' WHERE id = ${formula.id}`,
      sql`DELETE FROM indicator_formulas WHERE id = ${formula.id}`,
      sql`UPDATE indicator_formula_numerators SET data_element_id = data_element_id WHERE formula_id = ${formula.id}`,
      sql`DELETE FROM indicator_formula_numerators WHERE formula_id = ${formula.id}`,
    ];
    for (const attempt of attempts) expect(await pgErrorCode(asApp(attempt))).toBe(PG_INSUFFICIENT_PRIVILEGE);
    expect(await stored()).toEqual(before);
  });

  it('gets no numerator added afterwards, by the application role or the owner', async () => {
    const before = await stored();
    const addition = sql`
      INSERT INTO indicator_formula_numerators (municipality_id, formula_id, data_element_id)
      SELECT ${formula.municipality}, ${formula.id}, d.id FROM data_elements d
      WHERE d.municipality_id = ${formula.municipality} AND d.code = 'student_placements'`;
    expect(await pgErrorCode(asApp(addition))).toBe('PPR07');
    expect(await pgErrorCode(t.owner.execute(addition))).toBe('PPR07');
    expect(await stored()).toEqual(before);
  });

  it('is not rewritten by the owner either, short of disabling the trigger', async () => {
    expect(await pgErrorCode(t.owner.execute(sql`UPDATE indicator_formulas SET factor = 1000 WHERE id = ${formula.id}`))).toBe('PPR07');
    expect(await pgErrorCode(t.owner.execute(sql`DELETE FROM indicator_formula_numerators WHERE formula_id = ${formula.id}`))).toBe(
      'PPR07',
    );
    expect((await stored())!.factor).toBe(formula.factor);
  });

  it('takes a new version with its numerators in one statement, and goes with its indicator', async () => {
    const { rows } = await t.owner.execute<{ id: string; municipality: string }>(sql`
      INSERT INTO indicators (municipality_id, code, name, kind, unit_of_measure, decimals, source)
      SELECT id, 'scratch_share', '{"sv": "Prov"}', 'share', '%', 1, 'Test' FROM municipalities LIMIT 1
      RETURNING id, municipality_id AS municipality`);
    const indicator = rows[0]!;
    const version = (n: number) =>
      asApp(sql`
        WITH f AS (
          INSERT INTO indicator_formulas (municipality_id, indicator_id, version, denominator_element_id, factor, "window")
          SELECT ${indicator.municipality}, ${indicator.id}, ${n}, d.id, 100, 'none' FROM data_elements d
          WHERE d.municipality_id = ${indicator.municipality} AND d.code = 'average_headcount'
          RETURNING id)
        INSERT INTO indicator_formula_numerators (municipality_id, formula_id, data_element_id)
        SELECT ${indicator.municipality}, f.id, d.id FROM f, data_elements d
        WHERE d.municipality_id = ${indicator.municipality} AND d.code IN ('external_leavers', 'internal_moves_out')`);
    expect((await version(1)).rowCount).toBe(2);
    expect((await version(2)).rowCount).toBe(2);
    await asApp(sql`DELETE FROM indicators WHERE id = ${indicator.id}`);
    const left = await t.owner.execute(sql`SELECT count(*)::int AS n FROM indicator_formulas WHERE indicator_id = ${indicator.id}`);
    expect(left.rows[0]).toEqual({ n: 0 });
  });
});

describe('the earlier texts of a comment', () => {
  const t = useTestDatabase('demo');

  it('are history too: the application role adds them and never changes or removes one', async () => {
    for (const attempt of [sql`UPDATE comment_revisions SET body = 'omskrivet'`, sql`DELETE FROM comment_revisions`]) {
      expect(await pgErrorCode(t.app.execute(attempt))).toBe(PG_INSUFFICIENT_PRIVILEGE);
    }
  });
});
