import type {
  CreateReportingCycle,
  ReportingCycle,
  ReportingCycleQuery,
  RuleExplanationInput,
  UnitReport,
  UpdateReportingCycle,
} from '@planpuls/contracts';
import type { Database } from '@planpuls/db';
import {
  brokenRules,
  dueOn,
  inScope,
  neededExplanations,
  nextReportState,
  seesSmallNumbers,
  statesAllowing,
  todayInStockholm,
  unitScope,
  type Grant,
  type Permission,
  type ReportAction,
} from '@planpuls/domain';
import { sql } from 'drizzle-orm';
import { translateViolations } from '../../database-errors';
import { lookups } from '../../lookups/lookups';
import type { ExplanationsService } from '../explanations/explanations.service';
import type { FiguresService } from '../figures/figures.service';
import type { ProgressService } from '../progress/progress.service';
import { hrOfUnit, notifyUsers } from '../notifications/notify';
import { decisionMessage } from './report-messages';
import { reportingErrors as errors } from './reporting-cycles.errors';
import * as repository from './reporting-cycles.repository';

export interface Caller {
  grants: readonly Grant[];
  userId: string | null;
}

/** Progress is computed as the steering group sees it: explanations are about the real figures, never suppressed ones. */
const UNSUPPRESSED: readonly Grant[] = [{ role: 'admin', allUnits: true, units: [] }];

function cycleOut(row: repository.CycleRow): ReportingCycle {
  return {
    id: row.id,
    planId: row.planId,
    period: row.period,
    opensOn: row.opensOn,
    deadline: row.deadline,
    dueOn: row.dueOn,
    remindDaysBefore: row.remindDaysBefore,
    explainChangeAbove: row.explainChangeAbove,
    reviewClosedAt: row.reviewClosedAt?.toISOString() ?? null,
    dataElements: row.dataElements,
    reports: row.reports,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * A cycle is frozen once any unit has submitted (a returned report was submitted once) or the steering review
 * is closed: its data set is then what the reports stand on.
 */
const frozen = (row: repository.CycleRow) =>
  row.reviewClosedAt !== null || row.reports.submitted + row.reports.approved + row.reports.returned > 0;

export interface ReportingCyclesServiceDeps {
  db: Database;
  figures: Pick<FiguresService, 'catalogue'>;
  progress: Pick<ProgressService, 'forPlan'>;
  explanations: Pick<ExplanationsService, 'ofReports'>;
}

export function reportingCyclesServiceFactory({ db, figures, progress, explanations }: ReportingCyclesServiceDeps) {
  async function cycle(municipalityId: string, id: string, tx: Database = db): Promise<repository.CycleRow> {
    const [row] = await repository.listCycles(tx, municipalityId, { id });
    if (!row) throw errors.cycleNotFound(id);
    return row;
  }

  async function elementIds(tx: Database, municipalityId: string, codes: readonly string[]): Promise<string[]> {
    const ids = await lookups.find.dataElementIds(tx, municipalityId, codes);
    const missing = codes.filter((code) => !ids.has(code));
    if (missing.length > 0) throw errors.unknownElements(missing);
    return codes.map((code) => ids.get(code)!);
  }

  /** Broken rules and needed explanations of the cycle's reports, with what has been explained. */
  async function assess(municipalityId: string, row: repository.CycleRow, reports: repository.ReportRow[]): Promise<UnitReport[]> {
    if (reports.length === 0) return [];
    const catalogue = await figures.catalogue(municipalityId);
    const dataSet = new Set(row.dataElements);
    const elementIdList = await repository.elementIdsOfCycle(db, row.id);
    const values = await repository.valuesUpTo(
      db,
      municipalityId,
      reports.map((report) => report.unitId),
      elementIdList,
      { kind: row.periodKind, endDate: row.periodEnd },
    );
    const ruleCatalogue = {
      split: new Map([...catalogue.elements].map(([code, element]) => [code, element.split])),
      indicators: [...catalogue.indicators.values()],
    };
    const relevantIndicators = new Set(
      [...catalogue.indicators.values()]
        .filter((indicator) =>
          [...indicator.numerator, ...(indicator.denominator ? [indicator.denominator] : [])].some((code) => dataSet.has(code)),
        )
        .map((indicator) => indicator.code),
    );
    const decimals = new Map([...catalogue.indicators].map(([code, indicator]) => [code, indicator.decimals]));
    const planProgress = relevantIndicators.size > 0 ? await progress.forPlan(municipalityId, UNSUPPRESSED, row.planId, row.period) : null;
    const ruleTexts = await repository.ruleExplanationsOf(
      db,
      reports.map((report) => report.id),
    );
    const figureTexts = new Map(
      (await explanations.ofReports(municipalityId, { period: row.period, units: reports.map((report) => report.unit) })).map((e) => [
        `${e.unit}|${e.indicator}|${e.group ?? ''}`,
        e.text,
      ]),
    );
    const today = todayInStockholm();

    return reports.map((report) => {
      const rules = brokenRules(
        ruleCatalogue,
        dataSet,
        values.filter((value) => value.unit === report.unit),
        row.period,
      ).map((rule) => ({ ...rule, explanation: ruleTexts.get(`${report.id}|${rule.ruleCode}|${rule.subject}`) ?? null }));
      const needed = (
        planProgress
          ? neededExplanations(planProgress, report.unit, { changeAbove: row.explainChangeAbove, relevantIndicators, decimals })
          : []
      ).map((figure) => ({ ...figure, explanation: figureTexts.get(`${report.unit}|${figure.indicator}|${figure.group ?? ''}`) ?? null }));
      const editable = report.state === 'open' || report.state === 'returned';
      return {
        id: report.id,
        cycleId: report.cycleId,
        unit: report.unit,
        unitName: report.unitName,
        state: report.state,
        changedAfterApproval: report.changedAfterApproval,
        lateEntry: report.lateEntry,
        submittedAt: report.submittedAt?.toISOString() ?? null,
        submittedBy: report.submittedBy,
        approvedAt: report.approvedAt?.toISOString() ?? null,
        approvedBy: report.approvedBy,
        returnedAt: report.returnedAt?.toISOString() ?? null,
        returnedBy: report.returnedBy,
        returnComment: report.returnComment,
        dueOn: row.dueOn,
        overdue: editable && today > row.dueOn,
        brokenRules: rules,
        neededExplanations: needed,
        readyToSubmit:
          editable && rules.every((rule) => rule.explanation !== null) && needed.every((figure) => figure.explanation !== null),
      };
    });
  }

  /** The report of a unit in the cycle, if the caller's permission reaches the unit. */
  async function reportFor(
    municipalityId: string,
    caller: Caller,
    permission: Permission,
    row: repository.CycleRow,
    unitCode: string,
    tx: Database = db,
  ) {
    const [report] = await repository.listReports(tx, municipalityId, row.id, [unitCode]);
    if (!inScope(unitScope(caller.grants, permission), unitCode)) {
      // Outside one's units, a report is as good as absent for readers; for actors it is forbidden.
      if (permission === 'reports:read') throw errors.reportNotFound(unitCode);
      throw errors.unitForbidden(unitCode);
    }
    if (!report) throw errors.reportNotFound(unitCode);
    return report;
  }

  /**
   * Broken rules and figures to explain quote values and figures before approval, unsuppressed: only those
   * who act on the report (its HR, the steering group, administrators) see them, and the reason it was
   * returned; other readers get the state.
   */
  function visibleTo(caller: Caller, report: UnitReport): UnitReport {
    // Those who explain a unit's figures read its small numbers too (today the same grants); both are asked, so the
    // quoted values never reach a reader who sees the figures as "–" should the two ever part.
    if (inScope(unitScope(caller.grants, 'explanations:write'), report.unit) && seesSmallNumbers(caller.grants, report.unit)) return report;
    // The steering group's reason for returning a report is about its drafts, for the unit's HR.
    return { ...report, brokenRules: [], neededExplanations: [], readyToSubmit: false, returnComment: null };
  }

  async function readReport(municipalityId: string, cycleId: string, unitCode: string): Promise<UnitReport> {
    const row = await cycle(municipalityId, cycleId);
    const reports = await repository.listReports(db, municipalityId, row.id, [unitCode]);
    return (await assess(municipalityId, row, reports))[0]!;
  }

  async function move(
    municipalityId: string,
    caller: Caller,
    cycleId: string,
    unitCode: string,
    action: ReportAction,
    fields: repository.TransitionFields,
  ): Promise<void> {
    const row = await cycle(municipalityId, cycleId);
    const permission = action === 'submit' ? 'reports:submit' : 'reports:approve';
    const report = await reportFor(municipalityId, caller, permission, row, unitCode);
    if (!nextReportState(report.state, action)) throw errors.illegalTransition(action, report.state);
    await db.transaction(async (tx) => {
      if (!(await repository.transition(tx, report.id, statesAllowing(action), fields))) {
        const [now] = await repository.listReports(tx, municipalityId, row.id, [unitCode]);
        throw errors.illegalTransition(action, now?.state ?? report.state);
      }
      // HR hears of the steering group's decision on its report, in the same transaction: no decision, no notice.
      if (action === 'approve' || action === 'return')
        await notifyUsers(tx, {
          municipalityId,
          userIds: await hrOfUnit(tx, municipalityId, report.unitId, new Date()),
          ...decisionMessage(
            action,
            { unitName: report.unitName, periodCode: row.period },
            fields.state === 'returned' ? fields.returnComment : undefined,
          ),
          link: `/reporting/cycles/${row.id}/units/${encodeURIComponent(report.unit)}`,
        });
    });
  }

  return {
    async list(municipalityId: string, query: ReportingCycleQuery): Promise<ReportingCycle[]> {
      return (await repository.listCycles(db, municipalityId, query)).map(cycleOut);
    },

    async get(municipalityId: string, id: string): Promise<ReportingCycle> {
      return cycleOut(await cycle(municipalityId, id));
    },

    create: (municipalityId: string, body: CreateReportingCycle): Promise<ReportingCycle> =>
      translateViolations(
        () =>
          db.transaction(async (tx) => {
            if (body.opensOn > body.deadline) throw errors.datesOutOfOrder();
            const plan = await lookups.plan(tx, municipalityId, body.planId, 'body.planId');
            const period = await lookups.period(tx, body.period, 'body.period');
            const ids = await elementIds(tx, municipalityId, body.dataElements);
            const id = await repository.insertCycle(tx, {
              municipalityId,
              planId: plan.id,
              periodId: period.id,
              opensOn: body.opensOn,
              deadline: body.deadline,
              dueOn: dueOn(body.deadline),
              remindDaysBefore: body.remindDaysBefore ?? 3,
              explainChangeAbove: body.explainChangeAbove ?? null,
            });
            await repository.replaceElements(tx, municipalityId, id, ids);
            await repository.insertReports(tx, municipalityId, id, await repository.reportingUnitIds(tx, municipalityId, period));
            return cycleOut(await cycle(municipalityId, id, tx));
          }),
        { unique: () => errors.cycleExists(body.period), check: () => errors.datesOutOfOrder() },
      ),

    update: (municipalityId: string, id: string, body: UpdateReportingCycle): Promise<ReportingCycle> =>
      translateViolations(
        () =>
          db.transaction(async (tx) => {
            await repository.lockCycle(tx, id);
            const current = await cycle(municipalityId, id, tx);
            const opensOn = body.opensOn ?? current.opensOn;
            const deadline = body.deadline ?? current.deadline;
            if (opensOn > deadline) throw errors.datesOutOfOrder();
            await repository.updateCycle(tx, municipalityId, id, {
              opensOn: body.opensOn,
              deadline: body.deadline,
              dueOn: body.deadline === undefined ? undefined : dueOn(body.deadline),
              remindDaysBefore: body.remindDaysBefore,
              explainChangeAbove: body.explainChangeAbove,
            });
            if (body.dataElements) {
              const ids = await elementIds(tx, municipalityId, body.dataElements);
              const same =
                ids.length === current.dataElements.length && body.dataElements.every((code) => current.dataElements.includes(code));
              // The values of a frozen cycle keep their reports' rules (migration 0016 enforces it for every path).
              if (!same && frozen(current)) throw errors.dataSetFrozen();
              if (!same) await repository.replaceElements(tx, municipalityId, id, ids);
            }
            return cycleOut(await cycle(municipalityId, id, tx));
          }),
        { check: () => errors.datesOutOfOrder() },
      ),

    async remove(municipalityId: string, id: string): Promise<{ id: string; deleted: true }> {
      return db.transaction(async (tx) => {
        await cycle(municipalityId, id, tx);
        if (!(await repository.deleteCycleWithoutSubmissions(tx, municipalityId, id))) throw errors.cycleHasReports();
        return { id, deleted: true as const };
      });
    },

    /** The reports of the units the caller reads (HR its own, a local union reference group its units). */
    async reports(municipalityId: string, caller: Caller, cycleId: string): Promise<UnitReport[]> {
      const row = await cycle(municipalityId, cycleId);
      const scope = unitScope(caller.grants, 'reports:read');
      const reports = await repository.listReports(db, municipalityId, row.id, scope.all ? undefined : [...scope.units]);
      return (await assess(municipalityId, row, reports)).map((report) => visibleTo(caller, report));
    },

    async report(municipalityId: string, caller: Caller, cycleId: string, unitCode: string): Promise<UnitReport> {
      const row = await cycle(municipalityId, cycleId);
      await reportFor(municipalityId, caller, 'reports:read', row, unitCode);
      return visibleTo(caller, await readReport(municipalityId, cycleId, unitCode));
    },

    /**
     * Submits the unit's report: the given explanations of broken rules are kept with it, and it is refused
     * while any broken rule or any figure needing an explanation is unexplained. All or nothing.
     */
    async submit(
      municipalityId: string,
      caller: Caller,
      cycleId: string,
      unitCode: string,
      explanations: readonly RuleExplanationInput[],
    ): Promise<UnitReport> {
      const row = await cycle(municipalityId, cycleId);
      const report = await reportFor(municipalityId, caller, 'reports:submit', row, unitCode);
      if (!nextReportState(report.state, 'submit')) throw errors.illegalTransition('submit', report.state);
      const [assessed] = await assess(municipalityId, row, [report]);
      const given = new Map(explanations.map((e) => [`${e.ruleCode}|${e.subject}`, e]));
      const matching = assessed!.brokenRules.flatMap((rule) => {
        const explained = given.get(`${rule.ruleCode}|${rule.subject}`);
        return explained ? [explained] : [];
      });
      const unexplained = assessed!.brokenRules.filter(
        (rule) => rule.explanation === null && !given.has(`${rule.ruleCode}|${rule.subject}`),
      );
      if (unexplained.length > 0) throw errors.rulesBroken(unexplained);
      const missing = assessed!.neededExplanations.filter((figure) => figure.explanation === null);
      if (missing.length > 0) throw errors.explanationsMissing(missing);

      await db.transaction(async (tx) => {
        await repository.upsertRuleExplanations(tx, municipalityId, report.id, caller.userId, matching);
        if (
          !(await repository.transition(tx, report.id, statesAllowing('submit'), {
            state: 'submitted',
            submittedAt: sql`now()`,
            submittedBy: caller.userId,
          }))
        ) {
          const [now] = await repository.listReports(tx, municipalityId, row.id, [unitCode]);
          throw errors.illegalTransition('submit', now?.state ?? report.state);
        }
      });
      return readReport(municipalityId, cycleId, unitCode);
    },

    async approve(municipalityId: string, caller: Caller, cycleId: string, unitCode: string): Promise<UnitReport> {
      await move(municipalityId, caller, cycleId, unitCode, 'approve', {
        state: 'approved',
        approvedAt: sql`now()`,
        approvedBy: caller.userId,
      });
      return readReport(municipalityId, cycleId, unitCode);
    },

    async return(municipalityId: string, caller: Caller, cycleId: string, unitCode: string, comment: string): Promise<UnitReport> {
      await move(municipalityId, caller, cycleId, unitCode, 'return', {
        state: 'returned',
        returnedAt: sql`now()`,
        returnedBy: caller.userId,
        returnComment: comment.trim(),
      });
      return readReport(municipalityId, cycleId, unitCode);
    },
  };
}

export type ReportingCyclesService = ReturnType<typeof reportingCyclesServiceFactory>;
