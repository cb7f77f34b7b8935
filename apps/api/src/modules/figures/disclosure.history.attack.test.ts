import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { spanOf } from '../../../../../packages/domain/src/test-support/rational-rank';
import type { Values } from '../../testing/attacker';
import { useTestApp } from '../../testing/test-app';

/**
 * An attacker's view across time: a viewer reads approved figures only, so the city total grows as units are
 * approved. One who reads the city before and after one unit's approval knows the difference, which is that
 * unit's figure, however it is shown. Everything the viewer saw at either moment goes into one linear system.
 */

const VIEWER = 'lasare@planpuls.test';
const STEERING = 'styrgrupp@planpuls.test';
const PERIOD = '2025-T3';

describe('a viewer combining the figures they saw before and after an approval', () => {
  const t = useTestApp('demo');
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    for (const email of [VIEWER, STEERING]) cookies[email] = await t.loginAs(email);
  });
  const values = async (email: string, indicator: string): Promise<Values> => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/v1/indicators/${indicator}/values?period=${PERIOD}`,
      headers: { cookie: cookies[email]! },
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  /** Moves unit reports of the period as the reporting-cycle API would, through every trigger (the audit trail too). */
  const setReports = async (units: readonly string[] | 'all', state: 'submitted' | 'approved') => {
    await t.database.owner.execute(sql`
      UPDATE unit_reports r SET state = ${state}::unit_report_state
      FROM reporting_cycles c, periods p, units u
      WHERE c.id = r.cycle_id AND p.id = c.period_id AND u.id = r.unit_id AND p.code = ${PERIOD} AND r.state <> 'approved'
        AND ${
          units === 'all'
            ? sql`true`
            : sql`u.code IN (${sql.join(
                units.map((code) => sql`${code}`),
                sql`, `,
              )})`
        }`);
  };

  /** The vectors (over units) of every number the viewer is shown. */
  const publishedOf = (body: Values): Array<Map<string, number>> => {
    const out: Array<Map<string, number>> = [];
    const reported = body.units.filter((u) => !body.municipality.completeness.missingUnits.includes(u.unit)).map((u) => u.unit);
    if (!body.municipality.suppressed && body.municipality.numerator !== null) out.push(new Map(reported.map((unit) => [unit, 1])));
    for (const unit of body.units) if (!unit.suppressed && unit.numerator !== null) out.push(new Map([[unit.unit, 1]]));
    return out;
  };

  it('cannot take the city before NORRMALM’s approval from the city after it (student placements 2025-T3: NORRMALM has 1)', async () => {
    const truth = await values(STEERING, 'student_placements');
    const small = truth.units.filter((u) => u.numerator !== null && u.numerator < 5).map((u) => u.unit);
    expect(small).toContain('NORRMALM');
    const first = truth.units.filter((u) => u.numerator !== null && u.numerator >= 5).map((u) => u.unit);
    expect(first.length).toBeGreaterThan(1);

    await setReports('all', 'submitted');
    await setReports(first, 'approved');
    const before = await values(VIEWER, 'student_placements');
    expect(before.municipality.suppressed).toBe(false);
    await setReports(['NORRMALM'], 'approved');
    const after = await values(VIEWER, 'student_placements');
    expect(after.units.find((u) => u.unit === 'NORRMALM')!.suppressed).toBe(true);

    const derivable = spanOf([...publishedOf(before), ...publishedOf(after)]);
    const derived = small.filter((unit) => derivable(new Map([[unit, 1]])));
    expect(derived).toEqual([]);
  }, 120_000);
});
