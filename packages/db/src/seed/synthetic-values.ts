/**
 * Synthetic data values for the demo: every unit × professional group × tertial from 2022-T1 to 2025-T3 (one
 * value per unit for elements not split by group), and every year that has ended by then (2022–2024) for the
 * yearly elements. Pure and deterministic: the same seed gives the same values on every machine, so the demo
 * always tells the same story, and `demo-profiles.test.ts` asserts that story:
 *
 * - FARSTA: total turnover falling steadily toward the 5–10 % range; nearly every new employee gets a mentor.
 * - SPANGA_TENSTA: the most threats and unlawful influence; turnover high, rising into 2024, improving after.
 * - RINKEBY_KISTA: the highest turnover and consultant share; misses most targets.
 * - BROMMA and OSTERMALM: meet most targets; Östermalm has fewer than five first-line managers (CHEF), the
 *   small-number suppression case.
 * - the others in between, with ordinary noise. City-wide turnover for socialsekreterare passes the milestones
 *   of goal 2.1 roughly on time (≈ 18 % at 2024-T3, ≈ 14 % at 2025-T3), so at 2025-T2 some districts meet the
 *   checkpoint and some miss it.
 *
 * Values are internally consistent: leavers ≤ headcount, mentored ≤ new staff, LVU cases with two caseworkers
 * ≤ LVU cases, survey answers ≤ respondents ≤ headcount, consultant FTE ≤ total FTE, sick hours 4–12 % of
 * scheduled hours (≈ 500 hours per person and tertial). Integer elements are integers, decimal ones have one decimal.
 */

export const DEFAULT_SEED = 20_240_220;

export const FIRST_YEAR = 2022;
/** 2022-T1 … 2025-T3. */
export const TERTIAL_COUNT = 12;
/** Years whose yearly elements (employee survey, experience) have ended by 2025-T3. */
export const SURVEY_YEARS: readonly number[] = [2022, 2023, 2024];

export const GROUPS = ['SOC', 'BIST', 'CHEF'] as const;
export type GroupCode = (typeof GROUPS)[number];

export interface SyntheticValue {
  element: string;
  unit: string;
  /** Null for elements not split by professional group. */
  group: GroupCode | null;
  period: string;
  value: number;
}

/** From a value in 2022 to a value at the end of the series (2025-T3 for tertial series, 2024 for yearly ones). */
type Trend = readonly [from: number, to: number];

type ProfileRow = readonly [
  size: readonly [soc: number, bist: number, chef: number],
  turnover: readonly [at2022T1: number, at2024T1: number, at2025T3: number],
  noise: number,
  consultants: Trend,
  sickLeave: Trend,
  caseload: Trend,
  mentor: Trend,
  lvuCases: number,
  lvuTwo: readonly [before: number, after: number],
  students: number,
  experienced: Trend,
  workloadOk: Trend,
  recoveryOk: Trend,
  threats: Trend,
  influence: Trend,
];

/**
 * The district profiles, one row per unit. Columns:
 *
 * - size: headcount of SOC / BIST / CHEF in 2022 (grows about 1 % a year);
 * - turnover: total turnover of SOC (internal mobility included), % a year, at 2022-T1, 2024-T1 and 2025-T3,
 *   straight lines in between; other groups follow through {@link GROUP_FACTORS};
 * - noise: standard deviation of that turnover from tertial to tertial, percentage points (0: a steady unit);
 * - consultants: hired consultants, % of all FTE; sickLeave: % of scheduled hours (before the seasonal factor);
 * - caseload: open cases per caseworker relative to goal 1.1's target (1 = 25 for SOC, 70 for BIST);
 * - mentor: share of new staff given a mentor;
 * - lvuCases: new LVU cases per tertial (SOC); lvuTwo: share handled by two caseworkers before / from 2024-T3
 *   (when routine A4 was in place);
 * - students: student placements per tertial before 2024 (agreement A8 adds 40 % from 2024);
 * - experienced … influence: yearly figures in % of headcount (experienced) or of survey respondents, 2022 → 2024.
 */
// prettier-ignore
const PROFILE_TABLE: Readonly<Record<string, ProfileRow>> = {
  //                      size SOC/BIST/CHEF  turnover %         noise consultants  sick %       caseload       mentor         LVU  LVU by two    stud  experienced workload  recovery  threats   influence
  SOCIALFORVALTNINGEN:  [[70, 20, 10],        [24, 14, 9.5],     1.5,  [4, 2.5],    [7.0, 6.4],  [1.10, 1.00],  [0.75, 0.90],  3,   [0.80, 1.00], 6,   [58, 61],   [50, 58], [58, 63], [22, 20], [13, 12]],
  ALDREFORVALTNINGEN:   [[40, 48, 8],         [23, 13.5, 9],     1.5,  [3, 2],      [7.2, 6.6],  [1.05, 0.97],  [0.70, 0.88],  0.4, [0.70, 0.95], 2,   [60, 62],   [52, 60], [57, 62], [14, 13], [8, 7]],
  BROMMA:               [[55, 42, 8],         [20, 12, 8],       1.2,  [2, 1.2],    [5.6, 5.0],  [0.95, 0.88],  [0.92, 0.99],  3,   [0.85, 1.00], 4,   [64, 68],   [66, 72], [68, 72], [13, 11], [7, 6]],
  ENSKEDE_ARSTA_VANTOR: [[82, 45, 11],        [29, 17.5, 12],    1.5,  [6, 4],      [8.0, 7.4],  [1.18, 1.08],  [0.65, 0.85],  8,   [0.70, 0.95], 5,   [50, 53],   [44, 52], [52, 57], [24, 22], [15, 14]],
  FARSTA:               [[65, 35, 9],         [28, 17, 7.5],     0,    [5, 2.5],    [7.8, 5.9],  [1.15, 0.96],  [0.85, 1.00],  5,   [0.75, 1.00], 4,   [50, 58],   [46, 60], [55, 66], [20, 16], [12, 10]],
  HAGERSTEN_ALVSJO:     [[70, 40, 9],         [27, 15.5, 10.5],  1.5,  [4.5, 3],    [7.0, 6.3],  [1.10, 1.00],  [0.70, 0.90],  5,   [0.75, 0.97], 4,   [55, 58],   [50, 57], [56, 61], [19, 17], [11, 10]],
  HASSELBY_VALLINGBY:   [[75, 38, 10],        [30, 18.5, 13.5],  1.5,  [7, 5],      [8.2, 7.6],  [1.20, 1.10],  [0.60, 0.80],  7,   [0.65, 0.92], 3,   [48, 51],   [42, 50], [50, 55], [25, 23], [15, 14]],
  KUNGSHOLMEN:          [[50, 34, 7],         [24, 13.5, 9],     1.5,  [3.5, 2.5],  [6.4, 5.8],  [1.05, 0.95],  [0.78, 0.92],  2.5, [0.80, 1.00], 3,   [60, 63],   [55, 62], [58, 63], [16, 14], [9, 8]],
  NORRMALM:             [[55, 32, 7],         [25, 14, 9.5],     1.5,  [4, 2.8],    [6.6, 6.0],  [1.08, 0.98],  [0.75, 0.90],  2.5, [0.80, 1.00], 3,   [58, 61],   [54, 60], [57, 62], [18, 16], [10, 9]],
  RINKEBY_KISTA:        [[84, 30, 11],        [36, 36, 30],      2,    [16, 13],    [9.8, 9.5],  [1.40, 1.30],  [0.45, 0.60],  12,  [0.55, 0.80], 2,   [40, 42],   [34, 38], [42, 45], [31, 30], [20, 19]],
  SKARHOLMEN:           [[72, 28, 9],         [32, 21.5, 15.5],  1.5,  [9, 7],      [8.8, 8.2],  [1.25, 1.15],  [0.55, 0.75],  9,   [0.60, 0.88], 2,   [45, 47],   [40, 46], [48, 52], [28, 26], [18, 16]],
  SKARPNACK:            [[52, 28, 7],         [28, 16.5, 11.5],  1.5,  [5, 3.5],    [7.2, 6.6],  [1.10, 1.02],  [0.70, 0.88],  4,   [0.75, 0.97], 3,   [54, 57],   [48, 55], [55, 60], [20, 18], [11, 10]],
  SODERMALM:            [[80, 45, 11],        [25, 14.5, 10],    1.5,  [4, 3],      [6.8, 6.2],  [1.08, 0.98],  [0.72, 0.90],  4.5, [0.80, 0.98], 5,   [58, 61],   [52, 58], [57, 62], [18, 17], [10, 9]],
  SPANGA_TENSTA:        [[78, 26, 10],        [31, 34, 20],      1.5,  [10, 7.5],   [9.2, 8.4],  [1.30, 1.15],  [0.55, 0.78],  10,  [0.60, 0.90], 2,   [44, 47],   [38, 45], [45, 50], [40, 38], [26, 24]],
  OSTERMALM:            [[42, 36, 4],         [18, 11.5, 8],     1.2,  [1.5, 1],    [5.4, 4.9],  [0.92, 0.86],  [0.90, 0.98],  1.5, [0.85, 1.00], 2.5, [66, 70],   [63, 70], [70, 76], [10, 9],  [6, 5]],
};

export interface UnitProfile {
  size: Readonly<Record<GroupCode, number>>;
  turnover: readonly [number, number, number];
  noise: number;
  consultants: Trend;
  sickLeave: Trend;
  caseload: Trend;
  mentor: Trend;
  lvuCases: number;
  lvuTwo: readonly [number, number];
  students: number;
  experienced: Trend;
  workloadOk: Trend;
  recoveryOk: Trend;
  threats: Trend;
  influence: Trend;
}

export const UNIT_PROFILES: Readonly<Record<string, UnitProfile>> = Object.fromEntries(
  Object.entries(PROFILE_TABLE).map(([unit, row]) => {
    const [size, turnover, noise, consultants, sickLeave, caseload, mentor, lvuCases, lvuTwo, students, ...yearly] = row;
    const [experienced, workloadOk, recoveryOk, threats, influence] = yearly;
    const profile: UnitProfile = {
      size: { SOC: size[0], BIST: size[1], CHEF: size[2] },
      turnover,
      noise,
      consultants,
      sickLeave,
      caseload,
      mentor,
      lvuCases,
      lvuTwo,
      students,
      experienced,
      workloadOk,
      recoveryOk,
      threats,
      influence,
    };
    return [unit, profile];
  }),
);

/** How each professional group relates to the unit's profile (which is written for socialsekreterare). */
const GROUP_FACTORS: Readonly<
  Record<
    GroupCode,
    {
      turnover: number;
      consultants: number;
      sickLeave: number;
      experienced: number;
      workloadOk: number;
      recoveryOk: number;
      threats: number;
      influence: number;
      /** Goal 1.1's target of open cases per caseworker; 0 for managers, who carry no cases. */
      casesPerCaseworker: number;
      /** Only socialsekreterare handle LVU cases. */
      lvu: boolean;
    }
  >
> = {
  SOC: {
    turnover: 1,
    consultants: 1,
    sickLeave: 1,
    experienced: 1,
    workloadOk: 1,
    recoveryOk: 1,
    threats: 1,
    influence: 1,
    casesPerCaseworker: 25,
    lvu: true,
  },
  BIST: {
    turnover: 0.8,
    consultants: 0.7,
    sickLeave: 1.05,
    experienced: 1.08,
    workloadOk: 1.03,
    recoveryOk: 1.02,
    threats: 0.65,
    influence: 0.7,
    casesPerCaseworker: 70,
    lvu: false,
  },
  CHEF: {
    turnover: 0.55,
    consultants: 0.4,
    sickLeave: 0.85,
    experienced: 1.35,
    workloadOk: 0.9,
    recoveryOk: 0.85,
    threats: 0.7,
    influence: 0.8,
    casesPerCaseworker: 0,
    lvu: false,
  },
};

/** Constants shared by every unit. */
const CITY = {
  /** Headcount growth per year. */
  growth: 0.01,
  /** Relative noise of headcount from tertial to tertial. */
  headcountNoise: 0.015,
  /** Of all who leave a group: to another administration, and to another group in the same administration. */
  internalShare: 0.24,
  switchShare: 0.06,
  /** FTE per person (part time, leave). */
  ftePerPerson: 0.93,
  /** Share of FTE spent on casework. */
  caseworkShare: 0.9,
  /** Scheduled hours per person and tertial. */
  scheduledHours: 505,
  /** Sick leave by tertial: winter higher, summer lower. */
  sickSeason: [1.08, 0.9, 1.02],
  sickLeaveBounds: [4.2, 11.8],
  /** Routine A4 (two caseworkers in every LVU case) is in force from this tertial index (2024-T3). */
  lvuRoutineFrom: 8,
  /** Agreement A8 with the university raises student placements from 2024; the summer tertial has fewer. */
  studentsFrom2024: 1.4,
  studentsSummer: 0.8,
  /** System downtime hours per unit and tertial, 2022-T1 → 2025-T3 (stability work A7). */
  downtime: [1.6, 0.45] as Trend,
  surveyResponseRate: 0.8,
} as const;

export function tertialCode(index: number): string {
  return `${FIRST_YEAR + Math.floor(index / 3)}-T${(index % 3) + 1}`;
}

/** Tertial codes 2022-T1 … 2025-T3, oldest first. */
export function syntheticTertials(): string[] {
  return Array.from({ length: TERTIAL_COUNT }, (_, index) => tertialCode(index));
}

/** Generates every synthetic data value of the demo, in a stable order. */
export function generateSyntheticValues(options: { seed?: number } = {}): SyntheticValue[] {
  const seed = options.seed ?? DEFAULT_SEED;
  const values: SyntheticValue[] = [];
  for (const [unit, profile] of Object.entries(UNIT_PROFILES)) {
    for (const group of GROUPS) values.push(...groupSeries(seed, unit, group, profile));
    values.push(...unitSeries(seed, unit, profile));
  }
  return values;
}

function groupSeries(seed: number, unit: string, group: GroupCode, profile: UnitProfile): SyntheticValue[] {
  const out: SyntheticValue[] = [];
  const push = (element: string, period: string, value: number) => out.push({ element, unit, group, period, value });
  const factors = GROUP_FACTORS[group];
  const random = (series: string) => new Random(seed, unit, group, series);
  const noise = {
    headcount: random('headcount'),
    turnover: random('turnover'),
    sick: random('sick'),
    hours: random('hours'),
    consultants: random('consultants'),
    cases: random('cases'),
    mentor: random('mentor'),
    lvu: random('lvu'),
    survey: random('survey'),
  };
  const leavers = new ErrorDiffusion();
  const internal = new ErrorDiffusion();
  const switches = new ErrorDiffusion();
  const hires = new ErrorDiffusion();
  const headcounts: number[] = [];
  const expectedLeavers: number[] = [];
  const totals: number[] = [];

  for (let index = 0; index < TERTIAL_COUNT; index++) {
    const period = tertialCode(index);
    const years = index / 3;
    const season = index % 3;

    const headcount = round1(profile.size[group] * (1 + CITY.growth * years) * (1 + CITY.headcountNoise * noise.headcount.normal()));
    const previous = headcounts.at(-1) ?? headcount;
    headcounts.push(headcount);

    // Turnover is an annual rate; a tertial sees a third of it. What is followed is the rolling 12 months, so
    // once three tertials exist the leavers are chosen to make the rolling sum the rounded expected sum: the
    // figure then follows the profile without rounding steps (a steady unit improves every tertial).
    const rate = Math.max(1, factors.turnover * turnoverPath(profile.turnover, years) + profile.noise * noise.turnover.normal());
    expectedLeavers.push((headcount * rate) / 100 / 3);
    const totalLeavers = Math.min(
      Math.floor(headcount),
      index < 2
        ? leavers.next(expectedLeavers[index] ?? 0)
        : Math.max(0, Math.round(sum(expectedLeavers.slice(-3))) - sum(totals.slice(-2))),
    );
    totals.push(totalLeavers);
    const movesOut = Math.min(totalLeavers, internal.next(totalLeavers * CITY.internalShare));
    const switchesOut = Math.min(totalLeavers - movesOut, switches.next(totalLeavers * CITY.switchShare));
    push('average_headcount', period, headcount);
    push('external_leavers', period, totalLeavers - movesOut - switchesOut);
    push('internal_moves_out', period, movesOut);
    push('group_switches_out', period, switchesOut);

    const scheduled = round1(headcount * CITY.scheduledHours * (1 + 0.02 * noise.hours.normal()));
    const [low, high] = CITY.sickLeaveBounds;
    const sickShare = clamp(
      factors.sickLeave * along(profile.sickLeave, years) * (CITY.sickSeason[season] ?? 1) + 0.3 * noise.sick.normal(),
      low,
      high,
    );
    push('sick_hours', period, round1((scheduled * sickShare) / 100));
    push('scheduled_hours', period, scheduled);

    const consultantShare = clamp(factors.consultants * along(profile.consultants, years) + 0.4 * noise.consultants.normal(), 0, 40);
    const employeeFte = headcount * CITY.ftePerPerson;
    const consultantFte = round1((employeeFte * consultantShare) / (100 - consultantShare));
    const totalFte = round1(employeeFte + consultantFte);
    push('consultant_fte', period, consultantFte);
    push('total_fte', period, totalFte);

    const caseworkerFte = factors.casesPerCaseworker > 0 ? round1(totalFte * CITY.caseworkShare) : 0;
    const perCaseworker = factors.casesPerCaseworker * along(profile.caseload, years) * (1 + 0.03 * noise.cases.normal());
    push('open_cases', period, Math.round(caseworkerFte * perCaseworker));
    push('caseworker_fte', period, caseworkerFte);

    // Hiring replaces those who left and follows the change in headcount.
    const newStaff = hires.next(totalLeavers + headcount - previous);
    const mentorShare = clamp(along(profile.mentor, years) + 0.02 * noise.mentor.normal(), 0, 1);
    push('new_staff', period, newStaff);
    push('new_staff_with_mentor', period, Math.round(newStaff * mentorShare));

    const lvuCases = factors.lvu ? noise.lvu.poisson(profile.lvuCases * (1 + 0.02 * years)) : 0;
    const twoShare = index >= CITY.lvuRoutineFrom ? profile.lvuTwo[1] : profile.lvuTwo[0];
    push('lvu_cases', period, lvuCases);
    push('lvu_cases_two_caseworkers', period, noise.lvu.binomial(lvuCases, twoShare));
  }

  for (const year of SURVEY_YEARS) {
    const period = String(year);
    const within = (year - FIRST_YEAR) / (SURVEY_YEARS.length - 1);
    const start = (year - FIRST_YEAR) * 3;
    const averageHeadcount = headcounts.slice(start, start + 3).reduce((sum, value) => sum + value, 0) / 3;
    const people = Math.floor(averageHeadcount);
    const share = (trend: Trend, factor: number, spread: number) =>
      clamp((factor * lerp(trend, within)) / 100 + spread * noise.survey.normal(), 0, 0.95);

    push(
      'staff_3y_experience',
      period,
      Math.min(people, Math.round(averageHeadcount * share(profile.experienced, factors.experienced, 0.015))),
    );
    const respondents = Math.min(
      people,
      Math.round(averageHeadcount * clamp(CITY.surveyResponseRate + 0.05 * noise.survey.normal(), 0.6, 0.95)),
    );
    push('survey_respondents', period, respondents);
    push('survey_workload_ok', period, Math.round(respondents * share(profile.workloadOk, factors.workloadOk, 0.02)));
    push('survey_recovery_ok', period, Math.round(respondents * share(profile.recoveryOk, factors.recoveryOk, 0.02)));
    push('survey_threats', period, Math.round(respondents * share(profile.threats, factors.threats, 0.015)));
    push('survey_influence', period, Math.round(respondents * share(profile.influence, factors.influence, 0.015)));
  }
  return out;
}

/** Elements not split by professional group: one value per unit and tertial. */
function unitSeries(seed: number, unit: string, profile: UnitProfile): SyntheticValue[] {
  const out: SyntheticValue[] = [];
  const students = new Random(seed, unit, '-', 'students');
  const downtime = new Random(seed, unit, '-', 'downtime');
  for (let index = 0; index < TERTIAL_COUNT; index++) {
    const period = tertialCode(index);
    const year = FIRST_YEAR + Math.floor(index / 3);
    const expected = profile.students * (year >= 2024 ? CITY.studentsFrom2024 : 1) * (index % 3 === 1 ? CITY.studentsSummer : 1);
    out.push({ element: 'student_placements', unit, group: null, period, value: students.poisson(expected) });
    const hours = along(CITY.downtime, index / 3) * Math.exp(0.35 * downtime.normal());
    out.push({ element: 'system_downtime_hours', unit, group: null, period, value: round1(hours) });
  }
  return out;
}

/** Years since 2022-T1 of the last tertial, 2025-T3. */
const SERIES_YEARS = (TERTIAL_COUNT - 1) / 3;

/** A tertial trend `years` after 2022-T1: linear from `from` (2022-T1) to `to` (2025-T3). */
function along(trend: Trend, years: number): number {
  return lerp(trend, years / SERIES_YEARS);
}

function lerp([from, to]: Trend, t: number): number {
  return from + (to - from) * clamp(t, 0, 1);
}

/** Straight lines through the values at 2022-T1, 2024-T1 and 2025-T3. */
function turnoverPath([start, middle, end]: readonly [number, number, number], years: number): number {
  return years <= 2 ? start + ((middle - start) * years) / 2 : middle + ((end - middle) * (years - 2)) / (SERIES_YEARS - 2);
}

/** Rounds a stream of expected amounts to integers whose running total never drifts more than ½ from the exact one. */
class ErrorDiffusion {
  private carry = 0;

  next(expected: number): number {
    const wanted = expected + this.carry;
    const value = Math.max(0, Math.round(wanted));
    this.carry = wanted - value;
    return value;
  }
}

/**
 * A seeded stream of random numbers: mulberry32 seeded by a 32-bit FNV-1a hash of the run's seed and the
 * series' name, so every series is independent and adding one leaves the others unchanged.
 */
export class Random {
  private state: number;

  constructor(seed: number, ...names: string[]) {
    let hash = 0x811c9dc5 ^ (seed >>> 0);
    for (const char of names.join('|')) {
      hash ^= char.codePointAt(0) ?? 0;
      hash = Math.imul(hash, 0x01000193);
    }
    this.state = hash >>> 0;
  }

  /** Uniform in [0, 1): mulberry32. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Poisson-distributed count (Knuth; the means here are small). */
  poisson(mean: number): number {
    const limit = Math.exp(-mean);
    let count = 0;
    let product = this.next();
    while (product > limit) {
      count++;
      product *= this.next();
    }
    return count;
  }

  binomial(trials: number, probability: number): number {
    let successes = 0;
    for (let trial = 0; trial < trials; trial++) if (this.next() < probability) successes++;
    return successes;
  }
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
