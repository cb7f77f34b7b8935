import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Database, type DatabaseHandle } from '../client';
import * as schema from '../schema';
import {
  dataElements,
  dataValues,
  goals,
  indicatorFormulaNumerators,
  indicatorFormulas,
  indicators,
  municipalities,
  periods,
  plans,
  professionalGroups,
  targets,
  units,
} from '../schema';
import { useTestDatabase } from '../testing';
import { seedDemo } from './index';
import { generateSyntheticValues, GROUPS } from './synthetic-values';

/**
 * The story the demo tells (see synthetic-values.ts), asserted on what the seed wrote. Figures are computed
 * here the way docs/domain.md#aggregation defines them: numerator and denominator summed over units and groups first, each
 * element aggregated over time as it says (sum / average / last), a rolling 12-month window for rates.
 */

const ALL_GROUPS = null;

interface Formula {
  numerators: string[];
  denominator: string | null;
  factor: number;
  window: 'none' | 'rolling_12_months';
}

class Figures {
  constructor(
    private readonly values: Map<string, number>,
    private readonly elements: Map<string, { timeAggregation: 'sum' | 'average' | 'last'; frequency: string }>,
    private readonly formulas: Map<string, Formula>,
  ) {}

  static async load(db: Database, municipalityId: string): Promise<Figures> {
    const rows = await db
      .select({
        element: dataElements.code,
        unit: units.code,
        group: professionalGroups.code,
        period: periods.code,
        value: dataValues.value,
      })
      .from(dataValues)
      .innerJoin(dataElements, eq(dataElements.id, dataValues.dataElementId))
      .innerJoin(units, eq(units.id, dataValues.unitId))
      .leftJoin(professionalGroups, eq(professionalGroups.id, dataValues.professionalGroupId))
      .innerJoin(periods, eq(periods.id, dataValues.periodId))
      .where(eq(dataValues.municipalityId, municipalityId));
    const values = new Map(rows.map((row) => [key(row.element, row.unit, row.group, row.period), row.value]));

    const elementRows = await db.select().from(dataElements).where(eq(dataElements.municipalityId, municipalityId));
    const elements = new Map(elementRows.map((element) => [element.code, element]));
    const codeOf = new Map(elementRows.map((element) => [element.id, element.code]));

    const formulaRows = await db
      .select({ indicator: indicators.code, formula: indicatorFormulas })
      .from(indicatorFormulas)
      .innerJoin(
        indicators,
        and(eq(indicators.id, indicatorFormulas.indicatorId), eq(indicators.currentFormulaVersion, indicatorFormulas.version)),
      )
      .where(eq(indicators.municipalityId, municipalityId));
    const numeratorRows = await db
      .select()
      .from(indicatorFormulaNumerators)
      .where(eq(indicatorFormulaNumerators.municipalityId, municipalityId));
    const formulas = new Map(
      formulaRows.map(({ indicator, formula }) => [
        indicator,
        {
          numerators: numeratorRows.filter((row) => row.formulaId === formula.id).map((row) => codeOf.get(row.dataElementId)!),
          denominator: formula.denominatorElementId === null ? null : codeOf.get(formula.denominatorElementId)!,
          factor: formula.factor,
          window: formula.window,
        },
      ]),
    );
    return new Figures(values, elements, formulas);
  }

  value(element: string, unit: string, group: string | null, period: string): number | undefined {
    return this.values.get(key(element, unit, group, period));
  }

  get size(): number {
    return this.values.size;
  }

  /** An element for some units and one group (or all), aggregated over the periods as the element says. */
  element(code: string, unitCodes: string[], group: string | null, periodCodes: string[]): number | undefined {
    const element = this.elements.get(code)!;
    const perPeriod: number[] = [];
    for (const period of periodCodes) {
      let total: number | undefined;
      for (const unit of unitCodes) {
        for (const candidate of group === null ? [...GROUPS, null] : [group]) {
          const value = this.value(code, unit, candidate, period);
          if (value !== undefined) total = (total ?? 0) + value;
        }
      }
      if (total === undefined) return undefined;
      perPeriod.push(total);
    }
    const sum = perPeriod.reduce((a, b) => a + b, 0);
    if (element.timeAggregation === 'sum') return sum;
    if (element.timeAggregation === 'average') return sum / perPeriod.length;
    return perPeriod.at(-1);
  }

  /** The indicator for units and a group at a period, to one decimal; null when data are missing or the denominator is 0. */
  figure(indicator: string, unitCodes: string[], group: string | null, period: string): number | null {
    const formula = this.formulas.get(indicator)!;
    const window = formula.window === 'rolling_12_months' && period.includes('-T') ? tertialsEndingAt(period, 3) : [period];
    // A tertial element inside a yearly figure (headcount in the experience share) is taken over the year's tertials.
    const periodsOf = (element: string) =>
      this.elements.get(element)!.frequency === 'tertial' && /^\d{4}$/.test(period) ? [1, 2, 3].map((n) => `${period}-T${n}`) : window;
    let numerator = 0;
    for (const element of formula.numerators) {
      const value = this.element(element, unitCodes, group, periodsOf(element));
      if (value === undefined) return null;
      numerator += value;
    }
    const denominator =
      formula.denominator === null ? 1 : this.element(formula.denominator, unitCodes, group, periodsOf(formula.denominator));
    if (denominator === undefined || denominator === 0) return null;
    return Math.round((numerator / denominator) * formula.factor * 10) / 10;
  }
}

function key(element: string, unit: string, group: string | null, period: string): string {
  return `${element}|${unit}|${group ?? '-'}|${period}`;
}

function tertialsEndingAt(period: string, count: number): string[] {
  const [year, tertial] = [Number(period.slice(0, 4)), Number(period.slice(6))];
  return Array.from({ length: count }, (_, back) => {
    const position = year * 3 + (tertial - 1) - (count - 1 - back);
    return `${Math.floor(position / 3)}-T${(position % 3) + 1}`;
  });
}

async function stockholmId(db: Database): Promise<string> {
  const [row] = await db.select({ id: municipalities.id }).from(municipalities).where(eq(municipalities.code, 'STOCKHOLM'));
  return row!.id;
}

/** Unit-level at_most / at_least targets of the adopted plan, each judged against its final value at the latest
 * period with data (2025-T3; 2024 for yearly goals), on the unit's figure for the target's group or all groups. */
async function judgeTargets(db: Database, figures: Figures, unit: string): Promise<{ met: string[]; missed: string[] }> {
  const rows = await db
    .select({
      goal: goals.code,
      frequency: goals.frequency,
      indicator: indicators.code,
      kind: targets.kind,
      value: targets.value,
      group: professionalGroups.code,
    })
    .from(targets)
    .innerJoin(goals, eq(goals.id, targets.goalId))
    .innerJoin(plans, eq(plans.id, goals.planId))
    .innerJoin(indicators, eq(indicators.id, goals.indicatorId))
    .leftJoin(professionalGroups, eq(professionalGroups.id, targets.professionalGroupId))
    .where(and(eq(plans.code, 'HP-2024'), eq(targets.level, 'unit'), inArray(targets.kind, ['at_most', 'at_least'])));
  expect(rows).toHaveLength(12);
  const met: string[] = [];
  const missed: string[] = [];
  for (const target of rows) {
    const period = target.frequency === 'year' ? '2024' : '2025-T3';
    const figure = figures.figure(target.indicator, [unit], target.group, period);
    const label = `${target.goal}${target.group ? ` ${target.group}` : ''} ${target.kind} ${target.value}: ${figure}`;
    const ok = figure !== null && (target.kind === 'at_most' ? figure <= target.value! : figure >= target.value!);
    (ok ? met : missed).push(label);
  }
  return { met, missed };
}

describe('the demo data tells its story', () => {
  const t = useTestDatabase('demo');
  let figures: Figures;
  let municipalityId: string;
  let unitCodes: string[];
  let districts: string[];

  beforeAll(async () => {
    municipalityId = await stockholmId(t.owner);
    figures = await Figures.load(t.owner, municipalityId);
    const unitRows = await t.owner.select().from(units).where(eq(units.municipalityId, municipalityId));
    unitCodes = unitRows.map((unit) => unit.code);
    districts = unitRows.filter((unit) => unit.kind === 'district').map((unit) => unit.code);
  });

  const highestAt = (indicator: string, group: string | null, period: string) =>
    unitCodes.map((unit) => ({ unit, figure: figures.figure(indicator, [unit], group, period)! })).sort((a, b) => b.figure - a.figure);

  it('has a value of every tertial element for every unit, group and tertial 2022-T1…2025-T3, and yearly ones for 2022–2024', async () => {
    const missing = await t.owner.execute<{ split: string; expected: number; missing: number }>(sql`
      WITH wanted AS (
        SELECT e.id AS element_id, u.id AS unit_id, g.id AS group_id, p.id AS period_id, e.disaggregation::text AS split
        FROM data_elements e
        JOIN units u ON u.municipality_id = e.municipality_id
        LEFT JOIN professional_groups g ON g.municipality_id = e.municipality_id AND e.disaggregation = 'professional_group'
        JOIN periods p ON p.kind = e.frequency
          AND p.start_date >= DATE '2022-01-01'
          AND p.end_date <= (CASE WHEN e.frequency = 'year' THEN DATE '2024-12-31' ELSE DATE '2025-12-31' END)
        WHERE e.municipality_id = ${municipalityId}
      )
      SELECT w.split, count(*)::int AS expected, count(*) FILTER (WHERE v.id IS NULL)::int AS missing
      FROM wanted w
      LEFT JOIN data_values v ON v.data_element_id = w.element_id AND v.unit_id = w.unit_id
        AND v.professional_group_id IS NOT DISTINCT FROM w.group_id AND v.period_id = w.period_id
      GROUP BY w.split ORDER BY w.split`);
    // 15 units × (14 tertial elements × 3 groups × 12 tertials + 6 yearly elements × 3 groups × 3 years), + 15 × 2 × 12.
    expect(missing.rows).toEqual([
      { split: 'none', expected: 15 * 2 * 12, missing: 0 },
      { split: 'professional_group', expected: 15 * 3 * (14 * 12 + 6 * 3), missing: 0 },
    ]);
    const [{ total } = { total: -1 }] = await t.owner
      .select({ total: sql<number>`count(*)::int` })
      .from(dataValues)
      .where(eq(dataValues.municipalityId, municipalityId));
    expect(total).toBe(15 * 2 * 12 + 15 * 3 * (14 * 12 + 6 * 3));
  });

  it('holds exactly what the generator produces with the default seed, which is the same on every call', () => {
    const first = generateSyntheticValues();
    expect(generateSyntheticValues()).toEqual(first);
    expect(figures.size).toBe(first.length);
    for (const value of first) expect(figures.value(value.element, value.unit, value.group, value.period)).toBe(value.value);
  });

  it('Farsta: SOC turnover (total, rolling 12 months) falls every tertial from 2023-T3 to 2025-T3 and ends in or near 5–10 %', () => {
    const series = tertialsEndingAt('2025-T3', 7).map((period) => figures.figure('turnover_total', ['FARSTA'], 'SOC', period)!);
    expect(tertialsEndingAt('2025-T3', 7)[0]).toBe('2023-T3');
    for (let step = 1; step < series.length; step++) expect(series[step], series.join(' → ')).toBeLessThan(series[step - 1]!);
    expect(series.at(-1)).toBeGreaterThanOrEqual(5);
    expect(series.at(-1)).toBeLessThanOrEqual(10.5);
    // The mentor programme: nearly every new employee gets a mentor.
    expect(figures.figure('new_staff_with_mentor', ['FARSTA'], ALL_GROUPS, '2025-T3')).toBeGreaterThanOrEqual(95);
  });

  it('Rinkeby-Kista has the highest turnover and consultant share at 2025-T2', () => {
    expect(highestAt('turnover_total', 'SOC', '2025-T2')[0]!.unit).toBe('RINKEBY_KISTA');
    expect(highestAt('turnover_total', ALL_GROUPS, '2025-T2')[0]!.unit).toBe('RINKEBY_KISTA');
    expect(highestAt('turnover_external', ALL_GROUPS, '2025-T2')[0]!.unit).toBe('RINKEBY_KISTA');
    expect(highestAt('consultant_share', ALL_GROUPS, '2025-T2')[0]!.unit).toBe('RINKEBY_KISTA');
  });

  it('Spånga-Tensta has the most threats and unlawful influence in 2024, and its high turnover improves after 2024', () => {
    expect(highestAt('threats_exposed', ALL_GROUPS, '2024')[0]!.unit).toBe('SPANGA_TENSTA');
    expect(highestAt('unlawful_influence', ALL_GROUPS, '2024')[0]!.unit).toBe('SPANGA_TENSTA');
    const turnover = (period: string) => figures.figure('turnover_total', ['SPANGA_TENSTA'], 'SOC', period)!;
    expect(turnover('2024-T3')).toBeGreaterThan(figures.figure('turnover_total', unitCodes, 'SOC', '2024-T3')!);
    for (const period of ['2025-T1', '2025-T2', '2025-T3']) expect(turnover(period)).toBeLessThan(turnover('2024-T3'));
    expect(turnover('2025-T3')).toBeLessThan(turnover('2024-T3') - 3);
  });

  it('Bromma and Östermalm meet most of their unit targets; Rinkeby-Kista misses most', async () => {
    const bromma = await judgeTargets(t.owner, figures, 'BROMMA');
    expect(bromma.met.length, `Bromma missed: ${bromma.missed.join('; ')}`).toBeGreaterThanOrEqual(10);
    const ostermalm = await judgeTargets(t.owner, figures, 'OSTERMALM');
    expect(ostermalm.met.length, `Östermalm missed: ${ostermalm.missed.join('; ')}`).toBeGreaterThanOrEqual(10);
    const rinkeby = await judgeTargets(t.owner, figures, 'RINKEBY_KISTA');
    expect(rinkeby.met.length, `Rinkeby-Kista met: ${rinkeby.met.join('; ')}`).toBeLessThanOrEqual(2);
  });

  it('Östermalm has fewer than five first-line managers (the suppression case), every other group has at least five', () => {
    for (const unit of unitCodes) {
      for (const group of GROUPS) {
        for (const period of tertialsEndingAt('2025-T3', 12)) {
          const headcount = figures.value('average_headcount', unit, group, period)!;
          if (unit === 'OSTERMALM' && group === 'CHEF') expect(headcount, period).toBeLessThan(5);
          else expect(headcount, `${unit} ${group} ${period}`).toBeGreaterThanOrEqual(5);
        }
      }
    }
  });

  it('city-wide SOC turnover follows goal 2.1’s milestones closely, and at 2025-T2 some districts meet the checkpoint and some miss it', () => {
    const city = (period: string) => figures.figure('turnover_total', unitCodes, 'SOC', period)!;
    expect(city('2022-T3')).toBeGreaterThan(20);
    expect(city('2024-T3')).toBeLessThanOrEqual(18 * 1.1);
    expect(city('2025-T3')).toBeLessThanOrEqual(14 * 1.1);
    expect(city('2025-T3')).toBeGreaterThan(10);
    // At 2025-T2 the checkpoint in force is the 2025-T3 milestone: at most 14 %.
    const atCheckpoint = districts.map((unit) => figures.figure('turnover_total', [unit], 'SOC', '2025-T2')!);
    expect(atCheckpoint.filter((figure) => figure <= 14).length).toBeGreaterThanOrEqual(3);
    expect(atCheckpoint.filter((figure) => figure > 14).length).toBeGreaterThanOrEqual(3);
  });
});

/** Every table the seed writes, for counting rows. */
const SEEDED_TABLES = Object.entries({
  municipalities: schema.municipalities,
  units: schema.units,
  professionalGroups: schema.professionalGroups,
  unions: schema.unions,
  referenceGroups: schema.referenceGroups,
  referenceGroupUnits: schema.referenceGroupUnits,
  referenceGroupUnions: schema.referenceGroupUnions,
  dataElements: schema.dataElements,
  dataValues: schema.dataValues,
  indicators: schema.indicators,
  indicatorFormulas: schema.indicatorFormulas,
  indicatorFormulaNumerators: schema.indicatorFormulaNumerators,
  plans: schema.plans,
  focusAreas: schema.focusAreas,
  goals: schema.goals,
  targets: schema.targets,
  targetMilestones: schema.targetMilestones,
  targetReferenceValues: schema.targetReferenceValues,
  activities: schema.activities,
  users: schema.users,
  userRoles: schema.userRoles,
  userRoleUnits: schema.userRoleUnits,
});

async function rowCounts(db: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [name, table] of SEEDED_TABLES) counts[name] = await db.$count(table);
  return counts;
}

describe('seeding the demo', () => {
  const t = useTestDatabase('demo');

  it('seeds every part of the reference data', async () => {
    expect(await rowCounts(t.owner)).toEqual({
      municipalities: 1,
      units: 15,
      professionalGroups: 3,
      unions: 3,
      referenceGroups: 2,
      referenceGroupUnits: 1,
      referenceGroupUnions: 5,
      dataElements: 22,
      dataValues: 15 * 2 * 12 + 15 * 3 * (14 * 12 + 6 * 3),
      indicators: 14,
      indicatorFormulas: 14,
      indicatorFormulaNumerators: 16,
      plans: 2,
      focusAreas: 13,
      goals: 14,
      targets: 17,
      targetMilestones: 6,
      targetReferenceValues: 4,
      activities: 8,
      users: 7,
      userRoles: 7,
      userRoleUnits: 3,
    });
  });

  it('does nothing when the demo municipality exists: { seeded: false } and the same row counts', async () => {
    const before = await rowCounts(t.owner);
    expect(await seedDemo(t.owner)).toEqual({ seeded: false });
    expect(await rowCounts(t.owner)).toEqual(before);
  });

  it('keeps a second municipality’s rows out of Stockholm’s queries, even with the same codes', async () => {
    const db = t.owner;
    const [other] = await db.insert(municipalities).values({ code: 'TESTKOMMUN', name: 'Testkommun' }).returning();
    const otherId = other!.id;
    const [otherUnit] = await db
      .insert(units)
      .values({ municipalityId: otherId, code: 'FARSTA', name: 'Farsta i Testkommun', kind: 'district' })
      .returning();
    const [otherGroup] = await db
      .insert(professionalGroups)
      .values({ municipalityId: otherId, code: 'SOC', name: 'Socialsekreterare i Testkommun' })
      .returning();
    const [otherElement] = await db
      .insert(dataElements)
      .values({
        municipalityId: otherId,
        code: 'external_leavers',
        name: 'Avgångar i Testkommun',
        definition: 'Testkommunens definition',
        valueType: 'integer',
        timeAggregation: 'sum',
        frequency: 'tertial',
        disaggregation: 'professional_group',
      })
      .returning();
    const [period] = await db.select().from(periods).where(eq(periods.code, '2025-T2'));
    await db.insert(dataValues).values({
      municipalityId: otherId,
      dataElementId: otherElement!.id,
      unitId: otherUnit!.id,
      professionalGroupId: otherGroup!.id,
      periodId: period!.id,
      value: 99,
    });

    const stockholm = await stockholmId(db);
    const stockholmUnits = await db.select().from(units).where(eq(units.municipalityId, stockholm));
    expect(stockholmUnits).toHaveLength(15);
    expect(stockholmUnits.map((unit) => unit.name)).not.toContain('Farsta i Testkommun');
    const stockholmGroups = await db.select().from(professionalGroups).where(eq(professionalGroups.municipalityId, stockholm));
    expect(stockholmGroups.map((group) => group.name).sort()).toEqual([
      'Biståndshandläggare',
      'Första linjens chefer',
      'Socialsekreterare',
    ]);
    const stockholmFigures = await Figures.load(db, stockholm);
    expect(stockholmFigures.size).toBe(generateSyntheticValues().length);
    expect(stockholmFigures.value('external_leavers', 'FARSTA', 'SOC', '2025-T2')).not.toBe(99);

    const otherFigures = await Figures.load(db, otherId);
    expect(otherFigures.size).toBe(1);
    expect(otherFigures.value('external_leavers', 'FARSTA', 'SOC', '2025-T2')).toBe(99);
    expect(await db.$count(units, eq(units.municipalityId, otherId))).toBe(1);

    expect(await seedDemo(db)).toEqual({ seeded: false });
  });
});

describe('two processes seeding an empty database at the same time', () => {
  const t = useTestDatabase('empty');
  const handles: DatabaseHandle[] = [];
  afterAll(() => Promise.all(handles.map((handle) => handle.close())));

  it('seed it once: one reports { seeded: true }, the other waits and reports { seeded: false }', async () => {
    const first = createDb(t.urls.ownerUrl, { max: 1 });
    const second = createDb(t.urls.ownerUrl, { max: 1 });
    handles.push(first, second);
    const results = await Promise.all([seedDemo(first.db), seedDemo(second.db)]);
    expect(results.map((result) => result.seeded).sort()).toEqual([false, true]);
    expect(await t.owner.$count(municipalities)).toBe(1);
    expect(await t.owner.$count(dataValues)).toBe(generateSyntheticValues().length);
  });
});
