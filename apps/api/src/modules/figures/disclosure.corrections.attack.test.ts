import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { spanOf } from '../../../../../packages/domain/src/test-support/rational-rank';
import type { Values } from '../../testing/attacker';
import { useTestApp } from '../../testing/test-app';

/**
 * An attacker's view across changes of the values themselves: a viewer reads the city and the units, a value is
 * corrected after it was shown (or a report is returned, corrected and approved again), and the viewer reads again.
 * A unit's value before and after are two unknowns; every other unit's value is one unknown throughout. Everything
 * the viewer saw at every moment goes into one linear system.
 */

const VIEWER = 'lasare@planpuls.test';
const STEERING = 'styrgrupp@planpuls.test';
const INDICATOR = 'student_placements';
const PERIOD = '2025-T3';

describe('a viewer combining the figures they saw before and after a value changed', () => {
  const t = useTestApp('demo');
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    for (const email of [VIEWER, STEERING]) cookies[email] = await t.loginAs(email);
  });
  const values = async (email: string): Promise<Values> => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/v1/indicators/${INDICATOR}/values?period=${PERIOD}`,
      headers: { cookie: cookies[email]! },
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  /** Moves unit reports of the period as the reporting-cycle API would, through every trigger (the audit trail too). */
  const setReports = async (units: readonly string[] | 'all', state: 'returned' | 'submitted' | 'approved') => {
    await t.database.owner.execute(sql`
      UPDATE unit_reports r SET state = ${state}::unit_report_state,
        return_comment = CASE WHEN ${state} = 'returned' THEN 'Värdet ser fel ut, kontrollera.' ELSE r.return_comment END
      FROM reporting_cycles c, periods p, units u
      WHERE c.id = r.cycle_id AND p.id = c.period_id AND u.id = r.unit_id AND p.code = ${PERIOD} AND r.state <> ${state}::unit_report_state
        AND ${
          units === 'all'
            ? sql`true`
            : sql`u.code IN (${sql.join(
                units.map((code) => sql`${code}`),
                sql`, `,
              )})`
        }`);
  };
  /** Sets a unit's entered value as HR would, with a reason (required once the report is approved). */
  const correct = async (unit: string, value: number) => {
    await t.database.owner.transaction(async (tx) => {
      await tx.execute(sql`SELECT set_config('planpuls.reason', 'Rättelse av felregistrerat värde', true)`);
      const updated = await tx.execute(sql`
        UPDATE data_values v SET value = ${value}, version = v.version + 1, updated_at = now()
        FROM data_elements e, periods p, units u
        WHERE e.id = v.data_element_id AND p.id = v.period_id AND u.id = v.unit_id
          AND e.code = ${INDICATOR} AND p.code = ${PERIOD} AND u.code = ${unit}`);
      expect(updated.rowCount).toBe(1);
    });
  };

  /**
   * The vectors of every number the viewer is shown, over unknowns named by unit; `renamed` names the units whose
   * value at this reading is another unknown than at the others (a value that was changed in between).
   */
  const publishedOf = (body: Values, renamed: Record<string, string> = {}): Array<Map<string, number>> => {
    const name = (unit: string) => renamed[unit] ?? unit;
    const out: Array<Map<string, number>> = [];
    const reported = body.units
      .filter((u) => !body.municipality.completeness.missingUnits.includes(u.unit) && (u.numerator !== null || u.suppressed))
      .map((u) => u.unit);
    if (!body.municipality.suppressed && body.municipality.numerator !== null) out.push(new Map(reported.map((unit) => [name(unit), 1])));
    for (const unit of body.units) if (!unit.suppressed && unit.numerator !== null) out.push(new Map([[name(unit.unit), 1]]));
    return out;
  };

  it('cannot take a corrected small value from the city before and after the correction', async () => {
    await setReports('all', 'approved');
    const truth = await values(STEERING);
    const shown = truth.units.filter((u) => u.numerator !== null && u.numerator >= 5);
    expect(shown.length).toBeGreaterThan(2);
    // The unit with the largest value: its figure is shown before, and it cannot hide behind being the smallest.
    const unit = shown.sort((a, b) => b.numerator! - a.numerator!)[0]!.unit;

    const before = await values(VIEWER);
    expect(before.units.find((u) => u.unit === unit)!.suppressed).toBe(false);
    await correct(unit, 2);
    const after = await values(VIEWER);
    expect(after.units.find((u) => u.unit === unit)!.suppressed).toBe(true);

    const derivable = spanOf([...publishedOf(before, { [unit]: `${unit} before` }), ...publishedOf(after)]);
    expect(derivable(new Map([[unit, 1]])), `${unit} after the correction (2)`).toBe(false);
  }, 120_000);

  it('cannot take a small value shown before a return from the city while the report was returned', async () => {
    await setReports('all', 'approved');
    const truth = await values(STEERING);
    const small = truth.units.filter((u) => u.numerator !== null && u.numerator < 5).map((u) => u.unit);
    expect(small).toContain('NORRMALM');

    const approved = await values(VIEWER);
    expect(approved.units.find((u) => u.unit === 'NORRMALM')!.suppressed).toBe(true);
    await setReports(['NORRMALM'], 'returned');
    const returned = await values(VIEWER);
    await correct('NORRMALM', 9);
    await setReports(['NORRMALM'], 'approved');
    const again = await values(VIEWER);

    const derivable = spanOf([
      ...publishedOf(approved, { NORRMALM: 'NORRMALM before' }),
      ...publishedOf(returned, { NORRMALM: 'NORRMALM before' }),
      ...publishedOf(again),
    ]);
    const derived = small.filter((unit) => derivable(new Map([[unit === 'NORRMALM' ? 'NORRMALM before' : unit, 1]])));
    expect(derived).toEqual([]);
  }, 120_000);
});
