import { dataElements, indicatorFormulaNumerators, indicatorFormulas, indicators } from '@planpuls/db';
import { pgErrorCode } from '@planpuls/db/testing';
import { asc, eq, sql, type SQL } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiClient, createMunicipality, errorCode, expectStatus } from '../../testing/fixtures';
import { useTestApp } from '../../testing/test-app';

const element = (code: string, extra: Record<string, unknown> = {}) => ({
  code,
  name: code,
  definition: `Antal ${code}.`,
  valueType: 'integer',
  timeAggregation: 'sum',
  frequency: 'tertial',
  disaggregation: 'professional_group',
  ...extra,
});

const turnoverExternal = {
  code: 'turnover_external',
  name: 'Extern personalomsättning',
  kind: 'share',
  unitOfMeasure: '%',
  decimals: 1,
  source: 'HR-system',
  numerator: ['external_leavers'],
  denominator: 'average_headcount',
  factor: 100,
  window: 'rolling_12_months',
};

describe('indicators: create, read, update, delete', () => {
  const t = useTestApp('empty');
  const api = apiClient(t);
  beforeAll(async () => {
    await createMunicipality(t.database.owner);
    for (const code of ['external_leavers', 'internal_moves_out', 'placements'])
      expectStatus(await api.post('/data-elements', element(code)), 201);
    expectStatus(await api.post('/data-elements', element('average_headcount', { valueType: 'decimal', timeAggregation: 'average' })), 201);
  });
  const idOf = async (code: string) => (await t.database.owner.select().from(indicators).where(eq(indicators.code, code)))[0]!.id;

  it('creates an indicator with formula version 1 over data element codes', async () => {
    const created = expectStatus(await api.post('/indicators', turnoverExternal), 201);
    expect(created).toMatchObject({
      code: 'turnover_external',
      kind: 'share',
      formula: { version: 1, numerator: ['external_leavers'], denominator: 'average_headcount', factor: 100, window: 'rolling_12_months' },
    });
    expect(expectStatus(await api.get(`/indicators/${created.id}`), 200)).toEqual(created);
  });

  it('lets an indicator share its code with a data element, but not with another indicator', async () => {
    const count = {
      ...turnoverExternal,
      code: 'placements',
      kind: 'count',
      unitOfMeasure: 'st',
      decimals: 0,
      numerator: ['placements'],
      denominator: null,
      factor: 1,
      window: 'none',
    };
    expect(expectStatus(await api.post('/indicators', count), 201).formula.denominator).toBeNull();
    expect(errorCode(await api.post('/indicators', count), 409)).toBe('indicators.code_taken');
  });

  it('answers 404 data_elements.not_found for an unknown element code, naming the field', async () => {
    const response = await api.post('/indicators', { ...turnoverExternal, code: 'x', numerator: ['external_leavers', 'ghosts'] });
    expect(errorCode(response, 404)).toBe('data_elements.not_found');
    expect(response.json().error.details[0].field).toBe('body.numerator');
    expect(errorCode(await api.post('/indicators', { ...turnoverExternal, code: 'x', denominator: 'ghosts' }), 404)).toBe(
      'data_elements.not_found',
    );
  });

  it('requires a denominator for shares and ratios and refuses one for counts', async () => {
    expect(errorCode(await api.post('/indicators', { ...turnoverExternal, code: 'x', denominator: null }), 400)).toBe(
      'indicators.denominator_required',
    );
    expect(errorCode(await api.post('/indicators', { ...turnoverExternal, code: 'x', kind: 'ratio', denominator: undefined }), 400)).toBe(
      'indicators.denominator_required',
    );
    expect(errorCode(await api.post('/indicators', { ...turnoverExternal, code: 'x', kind: 'count' }), 400)).toBe(
      'indicators.denominator_not_allowed',
    );
  });

  it('refuses bad numbers and shapes: factor 0 or "NaN", 7 decimals, an empty numerator, repeated elements', async () => {
    for (const change of [
      { factor: 0 },
      { factor: 'NaN' },
      { factor: null },
      { decimals: 7 },
      { decimals: 1.5 },
      { numerator: [] },
      { numerator: ['external_leavers', 'external_leavers'] },
      { window: 'rolling_6_months' },
    ]) {
      expect(errorCode(await api.post('/indicators', { ...turnoverExternal, code: 'x', ...change }), 400), JSON.stringify(change)).toBe(
        'request.invalid',
      );
    }
  });

  it('changes name and decimals without a new formula version', async () => {
    const changed = expectStatus(
      await api.patch(`/indicators/${await idOf('turnover_external')}`, { name: 'Extern omsättning', decimals: 2 }),
      200,
    );
    expect(changed).toMatchObject({ name: 'Extern omsättning', decimals: 2, formula: { version: 1 } });
  });

  it('adds formula version 2 when the numerator changes, and leaves version 1 as it was', async () => {
    const id = await idOf('turnover_external');
    const changed = expectStatus(await api.patch(`/indicators/${id}`, { numerator: ['external_leavers', 'internal_moves_out'] }), 200);
    expect(changed.formula).toEqual({
      version: 2,
      numerator: ['external_leavers', 'internal_moves_out'],
      denominator: 'average_headcount',
      factor: 100,
      window: 'rolling_12_months',
    });

    const versions = await t.database.owner
      .select()
      .from(indicatorFormulas)
      .where(eq(indicatorFormulas.indicatorId, id))
      .orderBy(asc(indicatorFormulas.version));
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    const numeratorsOf = async (formulaId: string) =>
      (
        await t.database.owner
          .select({ code: dataElements.code })
          .from(indicatorFormulaNumerators)
          .innerJoin(dataElements, eq(dataElements.id, indicatorFormulaNumerators.dataElementId))
          .where(eq(indicatorFormulaNumerators.formulaId, formulaId))
      ).map((row) => row.code);
    expect(await numeratorsOf(versions[0]!.id)).toEqual(['external_leavers']);
    expect((await numeratorsOf(versions[1]!.id)).sort()).toEqual(['external_leavers', 'internal_moves_out']);
    const [row] = await t.database.owner.select().from(indicators).where(eq(indicators.id, id));
    expect(row!.currentFormulaVersion).toBe(2);
  });

  it('adds version 3 for a new factor or window, and none when the formula sent is the current one', async () => {
    const id = await idOf('turnover_external');
    expect(expectStatus(await api.patch(`/indicators/${id}`, { factor: 1000, window: 'none' }), 200).formula.version).toBe(3);
    const same = expectStatus(
      await api.patch(`/indicators/${id}`, { numerator: ['internal_moves_out', 'external_leavers'], factor: 1000 }),
      200,
    );
    expect(same.formula.version).toBe(3);
  });

  it('refuses a kind change that leaves the formula inconsistent, and changes nothing', async () => {
    const id = await idOf('turnover_external');
    expect(errorCode(await api.patch(`/indicators/${id}`, { kind: 'count' }), 400)).toBe('indicators.denominator_not_allowed');
    expect(errorCode(await api.patch(`/indicators/${id}`, { denominator: null }), 400)).toBe('indicators.denominator_required');
    const unchanged = expectStatus(await api.get(`/indicators/${id}`), 200);
    expect(unchanged).toMatchObject({ kind: 'share', formula: { version: 3, denominator: 'average_headcount' } });
  });

  it('refuses empty and unknown-field changes', async () => {
    const id = await idOf('turnover_external');
    expect(errorCode(await api.patch(`/indicators/${id}`, {}), 400)).toBe('request.invalid');
    expect(errorCode(await api.patch(`/indicators/${id}`, { formula: { version: 9 } }), 400)).toBe('request.invalid');
  });

  it('refuses to delete an indicator a goal follows (409 indicators.in_use), deletes an unused one with its versions', async () => {
    const plan = expectStatus(await api.post('/plans', { code: 'HP', name: 'Plan' }), 201);
    expectStatus(await api.post(`/plans/${plan.id}/focus-areas`, { code: '2', name: 'Kompetens' }), 201);
    expectStatus(
      await api.post(`/plans/${plan.id}/goals`, { code: '2.2', name: 'Lägre omsättning', focusArea: '2', indicator: 'turnover_external' }),
      201,
    );
    const id = await idOf('turnover_external');
    expect(errorCode(await api.delete(`/indicators/${id}`), 409)).toBe('indicators.in_use');

    const placements = await idOf('placements');
    expect(expectStatus(await api.delete(`/indicators/${placements}`), 200)).toEqual({ id: placements, deleted: true });
    expect(await t.database.owner.select().from(indicatorFormulas).where(eq(indicatorFormulas.indicatorId, placements))).toEqual([]);
  });
});

describe('indicators of another municipality', () => {
  const t = useTestApp('empty');
  const api = apiClient(t);
  let otherIndicatorId: string;
  beforeAll(async () => {
    await createMunicipality(t.database.owner);
    const otherId = await createMunicipality(t.database.owner, 'TESTKOMMUN', 'Testkommun');
    const [row] = await t.database.owner
      .insert(indicators)
      .values({
        municipalityId: otherId,
        code: 'turnover_external',
        name: 'Andras',
        kind: 'count',
        unitOfMeasure: 'st',
        decimals: 0,
        source: 'x',
      })
      .returning();
    otherIndicatorId = row!.id;
    await t.database.owner
      .insert(indicatorFormulas)
      .values({ municipalityId: otherId, indicatorId: row!.id, version: 1, factor: 1, window: 'none' });
  });

  it('answer 404 on read, change and delete', async () => {
    expect(errorCode(await api.get(`/indicators/${otherIndicatorId}`), 404)).toBe('indicators.not_found');
    expect(errorCode(await api.patch(`/indicators/${otherIndicatorId}`, { name: 'Kapad' }), 404)).toBe('indicators.not_found');
    expect(errorCode(await api.delete(`/indicators/${otherIndicatorId}`), 404)).toBe('indicators.not_found');
  });

  it('cannot use another municipality’s data elements in a formula', async () => {
    const [other] = await t.database.owner.select().from(indicators).where(eq(indicators.id, otherIndicatorId));
    await t.database.owner
      .insert(dataElements)
      .values({ ...element('external_leavers'), municipalityId: other!.municipalityId } as typeof dataElements.$inferInsert);
    expect(errorCode(await api.post('/indicators', { ...turnoverExternal, kind: 'count', denominator: null }), 404)).toBe(
      'data_elements.not_found',
    );
  });
});

/**
 * Issue 12: a formula change, other decimals, or another time aggregation of an element changed figures that
 * were approved (every period is computed with the formula version in force). Once figures over an element are
 * on record, what computes them stays; an indicator over elements with nothing on record still gets versions.
 */
describe('what computes approved figures of the demo', () => {
  const t = useTestApp('demo');
  const api = apiClient(t);
  const values = async () => expectStatus(await api.get('/indicators/turnover_total/values?period=2025-T2&group=SOC'), 200);
  const idOf = async (code: string) =>
    (expectStatus(await api.get('/indicators'), 200).items as Array<{ id: string; code: string }>).find((item) => item.code === code)!.id;
  const elementIdOf = async (code: string) =>
    (expectStatus(await api.get('/data-elements'), 200).items as Array<{ id: string; code: string }>).find((item) => item.code === code)!
      .id;
  const asApp = (statement: SQL) =>
    t.database.app.transaction(async (tx) => {
      await tx.execute(sql`SELECT set_config('planpuls.actor_type', 'user', true)`);
      return tx.execute(statement);
    });

  it('refuses a new formula version or other decimals of an indicator whose figures are approved, and the figures stand', async () => {
    const before = await values();
    expect(before.formulaVersion).toBe(1);
    const id = await idOf('turnover_total');
    for (const change of [{ numerator: ['external_leavers'] }, { factor: 1000 }, { window: 'none' }, { decimals: 3 }]) {
      const refused = await api.patch(`/indicators/${id}`, change);
      expect(errorCode(refused, 409), JSON.stringify(change)).toBe('indicators.formula_on_record');
      expect(refused.json().error.message).toContain('2025-T2');
    }
    expect(await values()).toEqual(before);
    // What does not compute a figure still changes.
    expect(expectStatus(await api.patch(`/indicators/${id}`, { name: 'Total personalomsättning (alla skäl)' }), 200).formula.version).toBe(
      1,
    );
    expect(errorCode(await api.delete(`/indicators/${id}`), 409)).toBe('indicators.in_use');
  });

  it('refuses another time aggregation of an element that approved figures stand on', async () => {
    const before = await values();
    const refused = await api.patch(`/data-elements/${await elementIdOf('external_leavers')}`, { timeAggregation: 'last' });
    expect(errorCode(refused, 409)).toBe('data_elements.on_record');
    expect(await values()).toEqual(before);
  });

  it('holds in PostgreSQL for the application role: the version in force, decimals, time aggregation and counting people', async () => {
    const id = await idOf('turnover_total');
    await asApp(sql`
      WITH f AS (
        INSERT INTO indicator_formulas (municipality_id, indicator_id, version, denominator_element_id, factor, "window")
        SELECT municipality_id, indicator_id, 2, denominator_element_id, 1000, "window" FROM indicator_formulas WHERE indicator_id = ${id} AND version = 1
        RETURNING id, municipality_id)
      INSERT INTO indicator_formula_numerators (municipality_id, formula_id, data_element_id)
      SELECT f.municipality_id, f.id, n.data_element_id FROM f, indicator_formula_numerators n
      WHERE n.formula_id = (SELECT id FROM indicator_formulas WHERE indicator_id = ${id} AND version = 1)`);
    expect(await pgErrorCode(asApp(sql`UPDATE indicators SET current_formula_version = 2 WHERE id = ${id}`))).toBe('PPR08');
    expect(await pgErrorCode(asApp(sql`UPDATE indicators SET decimals = 4 WHERE id = ${id}`))).toBe('PPR08');
    expect(await pgErrorCode(asApp(sql`UPDATE data_elements SET counts_people = false WHERE code = 'external_leavers'`))).toBe('PPR09');
    expect(await pgErrorCode(asApp(sql`UPDATE data_elements SET time_aggregation = 'last' WHERE code = 'average_headcount'`))).toBe(
      'PPR09',
    );
    expect((await values()).formulaVersion).toBe(1);
  });

  it('still gives a new formula version to an indicator over elements with nothing on record', async () => {
    for (const code of ['mentor_hours', 'mentor_staff'])
      expectStatus(await api.post('/data-elements', element(code, { disaggregation: 'none' })), 201);
    const created = expectStatus(
      await api.post('/indicators', {
        ...turnoverExternal,
        code: 'mentor_rate',
        numerator: ['mentor_hours'],
        denominator: 'mentor_staff',
        window: 'none',
      }),
      201,
    );
    expect(expectStatus(await api.patch(`/indicators/${created.id}`, { factor: 1 }), 200).formula.version).toBe(2);
    expect(expectStatus(await api.patch(`/indicators/${created.id}`, { decimals: 2 }), 200).decimals).toBe(2);
    expect(
      expectStatus(await api.patch(`/data-elements/${await elementIdOf('mentor_hours')}`, { timeAggregation: 'average' }), 200)
        .timeAggregation,
    ).toBe('average');
  });
});
