import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../client';
import {
  activities,
  dataElements,
  dataValues,
  focusAreas,
  goals,
  indicatorFormulaNumerators,
  indicatorFormulas,
  indicators,
  municipalities,
  periods,
  plans,
  professionalGroups,
  referenceGroups,
  referenceGroupUnions,
  referenceGroupUnits,
  reportingCycleElements,
  reportingCycles,
  targetMilestones,
  targetReferenceValues,
  targets,
  unions,
  unitReports,
  units,
  userRoles,
  userRoleUnits,
  users,
} from '../schema';
import { demoReportingCycles } from './demo-cycles';
import { stockholmDemo, type DemoData, type DemoPlan } from './demo-data';
import { generateSyntheticValues, type SyntheticValue } from './synthetic-values';

export { stockholmDemo, type DemoData } from './demo-data';
export { demoReportingCycles, OPEN_IN_LATEST_TERTIAL, type DemoCycle } from './demo-cycles';
export { DEFAULT_SEED, generateSyntheticValues, syntheticTertials, type SyntheticValue } from './synthetic-values';

/** Any fixed number, distinct from the migration lock: every process that seeds takes it first. */
export const SEED_LOCK_KEY = 4_720_240_002;

/** Data values per INSERT statement (6 parameters a row, far below PostgreSQL's 65,535). */
const DATA_VALUE_BATCH = 1000;

export interface SeedOptions {
  /** Seed of the random generator of the synthetic data values; the default gives the demo's story. */
  seed?: number;
}

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/**
 * Seeds the demo municipality (Stockholm): its reference data, both plans, the demo users and synthetic data
 * values. Idempotent: when the municipality exists it changes nothing and returns `{ seeded: false }`. Everything
 * happens in one transaction under an advisory lock, so two processes starting together seed once.
 */
export async function seedDemo(db: Database, options: SeedOptions = {}): Promise<{ seeded: boolean }> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
    const [existing] = await tx
      .select({ id: municipalities.id })
      .from(municipalities)
      .where(eq(municipalities.code, stockholmDemo.municipality.code));
    if (existing) return { seeded: false };
    await insertDemo(tx, stockholmDemo, generateSyntheticValues({ seed: options.seed }));
    return { seeded: true };
  });
}

async function insertDemo(tx: Transaction, demo: DemoData, values: SyntheticValue[]): Promise<void> {
  const municipalityId = randomUUID();
  await tx.insert(municipalities).values({
    id: municipalityId,
    code: demo.municipality.code,
    name: demo.municipality.name,
    koladaId: demo.municipality.koladaId,
  });
  const tenant = { municipalityId };

  const calendar = await tx.select({ id: periods.id, code: periods.code, kind: periods.kind }).from(periods);
  const periodIds = new Codes('period', calendar);
  const periodKinds = new Map(calendar.map((period) => [period.code, period.kind]));

  const unitIds = Codes.assign('unit', demo.units);
  await tx
    .insert(units)
    .values(demo.units.map((unit) => ({ ...tenant, id: unitIds.id(unit.code), code: unit.code, name: unit.name, kind: unit.kind })));

  const groupIds = Codes.assign('professional group', demo.professionalGroups);
  await tx
    .insert(professionalGroups)
    .values(demo.professionalGroups.map((group) => ({ ...tenant, id: groupIds.id(group.code), code: group.code, name: group.name })));

  const unionIds = Codes.assign('union', demo.unions);
  await tx
    .insert(unions)
    .values(demo.unions.map((union) => ({ ...tenant, id: unionIds.id(union.code), code: union.code, name: union.name })));

  const referenceGroupIds = Codes.assign('reference group', demo.referenceGroups);
  await tx.insert(referenceGroups).values(
    demo.referenceGroups.map((group) => ({
      ...tenant,
      id: referenceGroupIds.id(group.code),
      code: group.code,
      name: group.name,
      scope: group.scope === 'all' ? ('all' as const) : ('units' as const),
    })),
  );
  const groupUnits = demo.referenceGroups.flatMap((group) =>
    group.scope === 'all'
      ? []
      : group.scope.map((unit) => ({ ...tenant, referenceGroupId: referenceGroupIds.id(group.code), unitId: unitIds.id(unit) })),
  );
  if (groupUnits.length > 0) await tx.insert(referenceGroupUnits).values(groupUnits);
  await tx
    .insert(referenceGroupUnions)
    .values(
      demo.referenceGroups.flatMap((group) =>
        group.unions.map((union) => ({ ...tenant, referenceGroupId: referenceGroupIds.id(group.code), unionId: unionIds.id(union) })),
      ),
    );

  const elementIds = Codes.assign('data element', demo.dataElements);
  await tx.insert(dataElements).values(
    demo.dataElements.map((element) => ({
      ...tenant,
      id: elementIds.id(element.code),
      code: element.code,
      name: element.name,
      definition: element.definition,
      valueType: element.valueType,
      timeAggregation: element.timeAggregation,
      frequency: element.frequency,
      disaggregation: element.disaggregation,
      countsPeople: element.countsPeople,
      min: element.min ?? null,
      max: element.max ?? null,
    })),
  );

  const indicatorIds = Codes.assign('indicator', demo.indicators);
  await tx.insert(indicators).values(
    demo.indicators.map((indicator) => ({
      ...tenant,
      id: indicatorIds.id(indicator.code),
      code: indicator.code,
      name: indicator.name,
      kind: indicator.kind,
      unitOfMeasure: indicator.unitOfMeasure,
      decimals: indicator.decimals,
      source: indicator.source,
      currentFormulaVersion: indicator.formulaVersion,
    })),
  );
  const formulas = demo.indicators.map((indicator) => ({ indicator, id: randomUUID() }));
  await tx.insert(indicatorFormulas).values(
    formulas.map(({ indicator, id }) => ({
      ...tenant,
      id,
      indicatorId: indicatorIds.id(indicator.code),
      version: indicator.formulaVersion,
      denominatorElementId: indicator.denominator === undefined ? null : elementIds.id(indicator.denominator),
      factor: indicator.factor,
      window: indicator.window,
    })),
  );
  await tx
    .insert(indicatorFormulaNumerators)
    .values(
      formulas.flatMap(({ indicator, id }) =>
        indicator.numerator.map((element) => ({ ...tenant, formulaId: id, dataElementId: elementIds.id(element) })),
      ),
    );

  const planIds = new Map<string, string>();
  for (const plan of demo.plans) {
    await insertPlan(tx, plan, { municipalityId, periodIds, unitIds, groupIds, indicatorIds, planIds });
  }

  const userIds = await insertUsers(tx, demo, { municipalityId, unitIds, unionIds, referenceGroupIds });

  const elements = new Map(demo.dataElements.map((element) => [element.code, element]));
  const rows = values.map((value) =>
    dataValueRow(value, { municipalityId, elements, elementIds, unitIds, groupIds, periodIds, periodKinds }),
  );
  for (let start = 0; start < rows.length; start += DATA_VALUE_BATCH) {
    await tx.insert(dataValues).values(rows.slice(start, start + DATA_VALUE_BATCH));
  }

  // After the values: the write rules of reporting cycles apply to values written into them, not to history.
  await insertReportingCycles(tx, demo, values, { municipalityId, periodIds, unitIds, elementIds, planIds, userIds });
}

async function insertReportingCycles(
  tx: Transaction,
  demo: DemoData,
  values: SyntheticValue[],
  context: {
    municipalityId: string;
    periodIds: Codes;
    unitIds: Codes;
    elementIds: Codes;
    planIds: Map<string, string>;
    userIds: Map<string, string>;
  },
): Promise<void> {
  const tenant = { municipalityId: context.municipalityId };
  const cycles = demoReportingCycles(demo, values).map((cycle) => ({ cycle, id: randomUUID() }));
  if (cycles.length === 0) return;
  const hrOf = (unit: string) => demo.demoUsers.find((user) => user.role === 'hr' && user.units?.includes(unit));
  const steering = demo.demoUsers.find((user) => user.role === 'steering');
  const userId = (email: string | undefined) => (email === undefined ? null : (context.userIds.get(email) ?? null));

  await tx.insert(reportingCycles).values(
    cycles.map(({ cycle, id }) => ({
      ...tenant,
      id,
      planId: required(context.planIds.get(cycle.plan), `plan ${cycle.plan} of the cycle of ${cycle.period}`),
      periodId: context.periodIds.id(cycle.period),
      opensOn: cycle.opensOn,
      deadline: cycle.deadline,
      dueOn: cycle.dueOn,
    })),
  );
  await tx
    .insert(reportingCycleElements)
    .values(
      cycles.flatMap(({ cycle, id }) =>
        cycle.elements.map((element) => ({ ...tenant, cycleId: id, dataElementId: context.elementIds.id(element) })),
      ),
    );
  await tx.insert(unitReports).values(
    cycles.flatMap(({ cycle, id }) =>
      cycle.reports.map((report) => ({
        ...tenant,
        cycleId: id,
        unitId: context.unitIds.id(report.unit),
        state: report.state,
        submittedAt: report.submittedAt === null ? null : new Date(report.submittedAt),
        submittedBy: report.submittedAt === null ? null : userId(hrOf(report.unit)?.email),
        approvedAt: report.approvedAt === null ? null : new Date(report.approvedAt),
        approvedBy: report.approvedAt === null ? null : userId(steering?.email),
      })),
    ),
  );
}

interface PlanContext {
  municipalityId: string;
  periodIds: Codes;
  unitIds: Codes;
  groupIds: Codes;
  indicatorIds: Codes;
  /** Plans inserted so far, by code, for the link to the version a plan revises. */
  planIds: Map<string, string>;
}

async function insertPlan(tx: Transaction, plan: DemoPlan, context: PlanContext): Promise<void> {
  const { municipalityId, periodIds, unitIds, groupIds, indicatorIds } = context;
  const tenant = { municipalityId };
  const period = (code: string | undefined) => (code === undefined ? null : periodIds.id(code));
  const planId = randomUUID();
  let previousVersionId: string | null = null;
  if (plan.previousVersion !== undefined) {
    previousVersionId = context.planIds.get(plan.previousVersion) ?? null;
    if (previousVersionId === null) throw new Error(`Demo data: plan ${plan.code} revises ${plan.previousVersion}, which must come first`);
  }
  await tx.insert(plans).values({
    ...tenant,
    id: planId,
    code: plan.code,
    name: plan.name,
    status: plan.status,
    validFromPeriodId: period(plan.validFrom),
    validToPeriodId: period(plan.validTo),
    reportingFrequency: plan.reportingFrequency ?? null,
    adoptedOn: plan.adoption?.date ?? null,
    adoptionDecision: plan.adoption?.decision ?? null,
    previousVersionId,
  });
  context.planIds.set(plan.code, planId);

  const areaIds = Codes.assign(`focus area of ${plan.code}`, plan.focusAreas);
  await tx.insert(focusAreas).values(
    plan.focusAreas.map((area, index) => ({
      ...tenant,
      id: areaIds.id(area.code),
      planId,
      code: area.code,
      name: area.name,
      position: index + 1,
    })),
  );

  const planGoals = plan.focusAreas.flatMap((area) => (area.goals ?? []).map((goal, index) => ({ area, goal, position: index + 1 })));
  if (planGoals.length === 0) return;
  const goalIds = Codes.assign(
    `goal of ${plan.code}`,
    planGoals.map(({ goal }) => goal),
  );
  await tx.insert(goals).values(
    planGoals.map(({ area, goal, position }) => ({
      ...tenant,
      id: goalIds.id(goal.code),
      planId,
      focusAreaId: areaIds.id(area.code),
      code: goal.code,
      name: goal.name,
      indicatorId: indicatorIds.id(goal.indicator),
      owner: goal.owner,
      dataSource: goal.dataSource,
      frequency: goal.frequency,
      position,
    })),
  );

  const planTargets = planGoals.flatMap(({ goal }) =>
    goal.targets.map((target, index) => ({ goal, target, id: randomUUID(), position: index + 1 })),
  );
  await tx.insert(targets).values(
    planTargets.map(({ goal, target, id, position }) => {
      const baseline = target.baseline;
      return {
        ...tenant,
        id,
        position,
        goalId: goalIds.id(goal.code),
        professionalGroupId: target.group === undefined ? null : groupIds.id(target.group),
        kind: target.kind,
        level: target.level,
        value: target.kind === 'range' ? null : required(target.value, `value of a ${target.kind} target of goal ${goal.code}`),
        min: target.kind === 'range' ? required(target.min, `min of the range target of goal ${goal.code}`) : null,
        max: target.kind === 'range' ? required(target.max, `max of the range target of goal ${goal.code}`) : null,
        deadlinePeriodId: periodIds.id(target.deadline),
        ...('fromData' in baseline
          ? { baselineKind: 'from_data' as const, baselinePeriodId: periodIds.id(baseline.fromData) }
          : {
              baselineKind: 'fixed' as const,
              baselineValue: baseline.value,
              baselinePeriodId: period(baseline.period),
              baselineSource: baseline.source ?? null,
              baselineNote: baseline.note ?? null,
            }),
      };
    }),
  );
  const milestones = planTargets.flatMap(({ target, id }) =>
    Object.entries(target.milestones ?? {}).map(([code, value]) => ({ ...tenant, targetId: id, periodId: periodIds.id(code), value })),
  );
  if (milestones.length > 0) await tx.insert(targetMilestones).values(milestones);
  const references = planTargets.flatMap(({ target, id }) =>
    (target.references ?? []).map((reference) => ({
      ...tenant,
      targetId: id,
      label: reference.label,
      value: reference.value,
      periodId: period(reference.period),
      source: reference.source ?? null,
    })),
  );
  if (references.length > 0) await tx.insert(targetReferenceValues).values(references);

  const planActivities = plan.activities ?? [];
  if (planActivities.length > 0) {
    await tx.insert(activities).values(
      planActivities.map((activity) => ({
        ...tenant,
        planId,
        goalId: goalIds.id(activity.goal),
        unitId: unitIds.id(activity.unit),
        code: activity.code,
        name: activity.name,
        owner: activity.owner,
        startDate: activity.start,
        dueDate: activity.due,
        definitionOfDone: activity.definitionOfDone,
        status: activity.status,
      })),
    );
  }
}

async function insertUsers(
  tx: Transaction,
  demo: DemoData,
  context: { municipalityId: string; unitIds: Codes; unionIds: Codes; referenceGroupIds: Codes },
): Promise<Map<string, string>> {
  const tenant = { municipalityId: context.municipalityId };
  const people = demo.demoUsers.map((user) => ({ user, id: randomUUID(), roleId: randomUUID() }));
  // No password hashes: accounts and login arrive with a later issue.
  await tx.insert(users).values(
    people.map(({ user, id }) => ({
      ...tenant,
      id,
      email: user.email,
      displayName: user.displayName,
      unionId: user.union === undefined ? null : context.unionIds.id(user.union),
      referenceGroupId: user.referenceGroup === undefined ? null : context.referenceGroupIds.id(user.referenceGroup),
    })),
  );
  await tx.insert(userRoles).values(people.map(({ user, id, roleId }) => ({ ...tenant, id: roleId, userId: id, role: user.role })));
  const roleUnits = people.flatMap(({ user, roleId }) =>
    (user.units ?? []).map((unit) => ({ ...tenant, userRoleId: roleId, unitId: context.unitIds.id(unit) })),
  );
  if (roleUnits.length > 0) await tx.insert(userRoleUnits).values(roleUnits);
  return new Map(people.map(({ user, id }) => [user.email, id]));
}

/** A generated value as a row, refused here if the API would refuse it (unknown code, wrong split, period kind or type). */
function dataValueRow(
  value: SyntheticValue,
  context: {
    municipalityId: string;
    elements: Map<string, DemoData['dataElements'][number]>;
    elementIds: Codes;
    unitIds: Codes;
    groupIds: Codes;
    periodIds: Codes;
    periodKinds: Map<string, string>;
  },
): typeof dataValues.$inferInsert {
  const element = context.elements.get(value.element);
  if (element === undefined) throw new Error(`Synthetic value for unknown data element ${value.element}`);
  const where = `${value.element} ${value.unit} ${value.group ?? '-'} ${value.period}`;
  if ((element.disaggregation === 'none') !== (value.group === null))
    throw new Error(`Synthetic value ${where}: the split does not match the element`);
  if (context.periodKinds.get(value.period) !== element.frequency)
    throw new Error(`Synthetic value ${where}: the element is reported per ${element.frequency}`);
  if (element.valueType === 'integer' && !Number.isInteger(value.value))
    throw new Error(`Synthetic value ${where}: ${value.value} is not an integer`);
  if ((element.min !== undefined && value.value < element.min) || (element.max !== undefined && value.value > element.max)) {
    throw new Error(`Synthetic value ${where}: ${value.value} is outside the element's bounds`);
  }
  return {
    municipalityId: context.municipalityId,
    dataElementId: context.elementIds.id(value.element),
    unitId: context.unitIds.id(value.unit),
    professionalGroupId: value.group === null ? null : context.groupIds.id(value.group),
    periodId: context.periodIds.id(value.period),
    value: value.value,
  };
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Demo data: ${what} is missing`);
  return value;
}

/** Ids by code for one kind of thing; a code the demo data does not define is an error, not a silent null. */
class Codes {
  private readonly ids: Map<string, string>;

  constructor(
    private readonly kind: string,
    rows: ReadonlyArray<{ id: string; code: string }>,
  ) {
    this.ids = new Map(rows.map((row) => [row.code, row.id]));
  }

  /** New ids for things about to be inserted; a duplicate code is refused. */
  static assign(kind: string, things: ReadonlyArray<{ code: string }>): Codes {
    const codes = new Codes(
      kind,
      things.map((thing) => ({ code: thing.code, id: randomUUID() })),
    );
    if (codes.ids.size !== things.length) throw new Error(`Demo data: duplicate ${kind} code`);
    return codes;
  }

  id(code: string): string {
    const id = this.ids.get(code);
    if (id === undefined) throw new Error(`Demo data: unknown ${this.kind} ${code}`);
    return id;
  }
}
