import { describe, expect, it } from 'vitest';
import { stockholmDemo } from './demo-data';
import { generateSyntheticValues, GROUPS, SURVEY_YEARS, syntheticTertials, UNIT_PROFILES, type SyntheticValue } from './synthetic-values';

const TURNOVER_FLOWS = ['external_leavers', 'internal_moves_out', 'group_switches_out'];

function index(values: SyntheticValue[]) {
  const byKey = new Map(values.map((value) => [`${value.element}|${value.unit}|${value.group ?? '-'}|${value.period}`, value.value]));
  return (element: string, unit: string, group: string | null, period: string): number => {
    const value = byKey.get(`${element}|${unit}|${group ?? '-'}|${period}`);
    if (value === undefined) throw new Error(`no value for ${element} ${unit} ${group} ${period}`);
    return value;
  };
}

/** Σ leavers over the three tertials ending at `position` / their average headcount × 100. */
function rollingTurnover(get: ReturnType<typeof index>, unit: string, group: string, position: number): number {
  const window = syntheticTertials().slice(position - 2, position + 1);
  const leavers = window.reduce(
    (sum, period) => sum + TURNOVER_FLOWS.reduce((total, element) => total + get(element, unit, group, period), 0),
    0,
  );
  const headcount = window.reduce((sum, period) => sum + get('average_headcount', unit, group, period), 0) / window.length;
  return (leavers / headcount) * 100;
}

describe('synthetic data values', () => {
  const values = generateSyntheticValues();
  const get = index(values);
  const tertials = syntheticTertials();

  it('are the same on every run with the same seed, and differ with another seed', () => {
    expect(generateSyntheticValues()).toEqual(values);
    expect(generateSyntheticValues({ seed: 7 })).toEqual(generateSyntheticValues({ seed: 7 }));
    expect(generateSyntheticValues({ seed: 7 })).not.toEqual(values);
  });

  it('have a profile for exactly the units of the demo data', () => {
    expect(Object.keys(UNIT_PROFILES).sort()).toEqual(stockholmDemo.units.map((unit) => unit.code).sort());
    expect([...GROUPS].sort()).toEqual(stockholmDemo.professionalGroups.map((group) => group.code).sort());
  });

  it('cover every unit, group and tertial 2022-T1…2025-T3, and the years 2022–2024 for yearly elements, once each', () => {
    expect(tertials[0]).toBe('2022-T1');
    expect(tertials.at(-1)).toBe('2025-T3');
    const expected = new Set<string>();
    for (const element of stockholmDemo.dataElements) {
      const periods = element.frequency === 'tertial' ? tertials : SURVEY_YEARS.map(String);
      const groups = element.disaggregation === 'none' ? ['-'] : GROUPS;
      for (const unit of Object.keys(UNIT_PROFILES)) {
        for (const group of groups) for (const period of periods) expected.add(`${element.code}|${unit}|${group}|${period}`);
      }
    }
    const produced = values.map((value) => `${value.element}|${value.unit}|${value.group ?? '-'}|${value.period}`);
    expect(new Set(produced).size).toBe(produced.length);
    expect(new Set(produced)).toEqual(expected);
  });

  it('are integers for integer elements and have at most one decimal otherwise, never negative', () => {
    const types = new Map(stockholmDemo.dataElements.map((element) => [element.code, element.valueType]));
    for (const { element, value } of values) {
      expect(value).toBeGreaterThanOrEqual(0);
      if (types.get(element) === 'integer') expect(Number.isInteger(value), `${element} ${value}`).toBe(true);
      else expect(Math.round(value * 10) / 10).toBe(value);
    }
  });

  it('are internally consistent for every unit, group and period', () => {
    for (const unit of Object.keys(UNIT_PROFILES)) {
      for (const group of GROUPS) {
        for (const period of tertials) {
          const at = (element: string) => get(element, unit, group, period);
          const headcount = at('average_headcount');
          expect(headcount).toBeGreaterThan(0);
          expect(TURNOVER_FLOWS.reduce((sum, element) => sum + at(element), 0)).toBeLessThanOrEqual(headcount);
          expect(at('new_staff_with_mentor')).toBeLessThanOrEqual(at('new_staff'));
          expect(at('lvu_cases_two_caseworkers')).toBeLessThanOrEqual(at('lvu_cases'));
          expect(at('consultant_fte')).toBeLessThanOrEqual(at('total_fte'));
          const sickShare = at('sick_hours') / at('scheduled_hours');
          expect(sickShare).toBeGreaterThanOrEqual(0.04);
          expect(sickShare).toBeLessThanOrEqual(0.12);
          expect(at('scheduled_hours') / headcount).toBeGreaterThan(450);
          expect(at('scheduled_hours') / headcount).toBeLessThan(560);
        }
        for (const year of SURVEY_YEARS) {
          const at = (element: string) => get(element, unit, group, String(year));
          const headcount = [1, 2, 3].reduce((sum, tertial) => sum + get('average_headcount', unit, group, `${year}-T${tertial}`), 0) / 3;
          expect(at('survey_respondents')).toBeLessThanOrEqual(headcount);
          for (const element of ['survey_workload_ok', 'survey_recovery_ok', 'survey_threats', 'survey_influence']) {
            expect(at(element)).toBeLessThanOrEqual(at('survey_respondents'));
          }
          expect(at('staff_3y_experience')).toBeLessThanOrEqual(headcount);
        }
      }
    }
  });

  it('size groups as tens of people: SOC 40–90, BIST 20–50, CHEF 6–12, Östermalm CHEF under 5', () => {
    const bounds = { SOC: [38, 92], BIST: [19, 52], CHEF: [5.5, 12.5] } as const;
    for (const unit of Object.keys(UNIT_PROFILES)) {
      for (const group of GROUPS) {
        for (const period of tertials) {
          const headcount = get('average_headcount', unit, group, period);
          if (unit === 'OSTERMALM' && group === 'CHEF') expect(headcount).toBeLessThan(5);
          else {
            expect(headcount).toBeGreaterThanOrEqual(bounds[group][0]);
            expect(headcount).toBeLessThanOrEqual(bounds[group][1]);
          }
        }
      }
    }
  });

  it('whatever the seed, Farsta’s SOC turnover falls every tertial from 2023-T3 and ends in or near 5–10 %', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const bySeed = index(generateSyntheticValues({ seed }));
      const series = [5, 6, 7, 8, 9, 10, 11].map((position) => Math.round(rollingTurnover(bySeed, 'FARSTA', 'SOC', position) * 10) / 10);
      for (let step = 1; step < series.length; step++)
        expect(series[step], `seed ${seed}: ${series.join(' ')}`).toBeLessThan(series[step - 1]!);
      expect(series.at(-1)).toBeGreaterThanOrEqual(5);
      expect(series.at(-1)).toBeLessThanOrEqual(10.5);
    }
  });
});
