import { describe, expect, it } from 'vitest';
import { useTestApp } from '../testing/test-app';

describe('reference data of the demo municipality', () => {
  const t = useTestApp('demo');
  const get = async (url: string) => {
    const response = await t.app.inject({ method: 'GET', url });
    expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
    return response.json().items as Array<Record<string, unknown>>;
  };

  it('lists the 15 administrations in Swedish alphabetical order, å ä ö last', async () => {
    const units = await get('/api/v1/units');
    expect(units).toHaveLength(15);
    const names = units.map((unit) => unit.name as string);
    expect(names).toEqual([...names].sort(new Intl.Collator('sv').compare));
    expect(names.at(-1)).toBe('Östermalms stadsdelsförvaltning');
    expect(names.at(-2)).toBe('Äldreförvaltningen');
    expect(units.find((unit) => unit.code === 'FARSTA')).toMatchObject({ kind: 'district', parent: null, predecessor: null });
    expect(
      units
        .filter((unit) => unit.kind === 'central')
        .map((unit) => unit.code)
        .sort(),
    ).toEqual(['ALDREFORVALTNINGEN', 'SOCIALFORVALTNINGEN']);
  });

  it('lists professional groups with their codes', async () => {
    const groups = await get('/api/v1/professional-groups');
    expect(groups.map((group) => group.code).sort()).toEqual(['BIST', 'CHEF', 'SOC']);
  });

  it('lists data elements with their reporting definitions and rules', async () => {
    const elements = await get('/api/v1/data-elements');
    expect(elements).toHaveLength(22);
    expect(elements.find((element) => element.code === 'average_headcount')).toMatchObject({
      valueType: 'decimal',
      timeAggregation: 'average',
      frequency: 'tertial',
      disaggregation: 'professional_group',
      min: 0,
      max: null,
    });
    expect(elements.find((element) => element.code === 'student_placements')).toMatchObject({ disaggregation: 'none' });
    expect(elements.every((element) => typeof element.definition === 'string' && (element.definition as string).length > 10)).toBe(true);
  });

  it('gives each indicator its formula over data element codes', async () => {
    const indicators = await get('/api/v1/indicators');
    expect(indicators).toHaveLength(14);
    expect(indicators.find((indicator) => indicator.code === 'turnover_total')).toMatchObject({
      kind: 'share',
      decimals: 1,
      unitOfMeasure: '%',
      formula: {
        version: 1,
        numerator: ['external_leavers', 'group_switches_out', 'internal_moves_out'],
        denominator: 'average_headcount',
        factor: 100,
        window: 'rolling_12_months',
      },
    });
    expect(indicators.find((indicator) => indicator.code === 'student_placements')).toMatchObject({
      kind: 'count',
      formula: { numerator: ['student_placements'], denominator: null, factor: 1, window: 'none' },
    });
  });

  it('lists periods ordered by end date and filters them by kind and year', async () => {
    const tertials = await get('/api/v1/periods?kind=tertial&fromYear=2025&toYear=2025');
    expect(tertials).toEqual([
      { code: '2025-T1', kind: 'tertial', year: 2025, number: 1, startDate: '2025-01-01', endDate: '2025-04-30' },
      { code: '2025-T2', kind: 'tertial', year: 2025, number: 2, startDate: '2025-05-01', endDate: '2025-08-31' },
      { code: '2025-T3', kind: 'tertial', year: 2025, number: 3, startDate: '2025-09-01', endDate: '2025-12-31' },
    ]);
    const all2025 = (await get('/api/v1/periods?fromYear=2025&toYear=2025')).map((period) => period.code);
    expect(all2025).toHaveLength(20);
    expect(all2025.slice(-4)).toEqual(['2025-12', '2025-Q4', '2025-T3', '2025']);
  });

  it('refuses an unknown period kind and unknown query fields with field details', async () => {
    const badKind = await t.app.inject({ method: 'GET', url: '/api/v1/periods?kind=week' });
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json().error).toMatchObject({ code: 'request.invalid' });
    expect(badKind.json().error.details[0].field).toContain('kind');
    const unknown = await t.app.inject({ method: 'GET', url: '/api/v1/periods?colour=red' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details.map((d: { field: string }) => d.field)).toContain('querystring.colour');
  });
});

describe('plans of the demo municipality', () => {
  const t = useTestApp('demo');

  it('lists both plans with their status', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/plans' });
    expect(response.statusCode).toBe(200);
    const plans = response.json().items as Array<{ code: string; status: string; adoptedOn: string | null }>;
    expect(plans.map((plan) => [plan.code, plan.status])).toEqual([
      ['HP-2016', 'archived'],
      ['HP-2024', 'adopted'],
    ]);
    expect(plans[1]!.adoptedOn).toBe('2024-02-20');
  });

  it('returns the revised plan by code and by id, with goal 2.1 and its milestones', async () => {
    const byCode = await t.app.inject({ method: 'GET', url: '/api/v1/plans/HP-2024' });
    expect(byCode.statusCode).toBe(200);
    const plan = byCode.json();
    const byId = await t.app.inject({ method: 'GET', url: `/api/v1/plans/${plan.id}` });
    expect(byId.json()).toEqual(plan);

    expect(plan.focusAreas.map((area: { code: string }) => area.code)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    const goal = plan.focusAreas[1].goals.find((g: { code: string }) => g.code === '2.1');
    expect(goal).toMatchObject({ indicator: 'turnover_total', owner: 'HR-direktören', dataSource: 'HR-system', frequency: 'tertial' });
    const soc = goal.targets.find((target: { group: string }) => target.group === 'SOC');
    expect(soc).toMatchObject({
      kind: 'range',
      level: 'unit',
      min: 5,
      max: 10,
      value: null,
      deadline: '2026-T3',
      baseline: { kind: 'from_data', period: '2022-T3' },
      milestones: [
        { period: '2024-T3', value: 18 },
        { period: '2025-T3', value: 14 },
      ],
    });
    expect(soc.references[0]).toMatchObject({ value: 23.4, period: '2021' });
    const external = plan.focusAreas[1].goals.find((g: { code: string }) => g.code === '2.2');
    expect(external.targets.find((x: { group: string }) => x.group === 'SOC').baseline).toMatchObject({
      kind: 'fixed',
      value: 23.4,
      period: '2021',
    });
    expect(plan.activities).toHaveLength(8);
    expect(plan.activities.find((a: { code: string }) => a.code === 'A5')).toMatchObject({
      goal: '5.1',
      unit: 'SPANGA_TENSTA',
      status: 'delayed',
    });
  });

  it('answers 404 with a stable code for an unknown plan', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/plans/HP-1999' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: 'plans.not_found' }, requestId: expect.any(String) });
    const unknownId = await t.app.inject({ method: 'GET', url: '/api/v1/plans/6f1c2d1e-0000-4000-8000-000000000000' });
    expect(unknownId.statusCode).toBe(404);
  });
});
