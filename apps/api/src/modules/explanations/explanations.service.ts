import type { Explanation, ExplanationQuery, PutExplanation } from '@planpuls/contracts';
import type { Database } from '@planpuls/db';
import { IndicatorDefinitionError, inScope, seesSmallNumbers, tryParsePeriod, unitScope, valueReach, type Grant } from '@planpuls/domain';
import type { FiguresService } from '../figures/figures.service';
import { ApiError } from '../../errors';
import { lookups, periodInvalidCode } from '../../lookups/lookups';
import { currentContext } from '../../plugins/request-context';
import type { ReportStatesService } from '../reporting-cycles/report-states.service';
import { explanationWriteRuleError } from '../reporting-cycles/value-write-rules';
import * as repository from './explanations.repository';

export interface ExplanationKey {
  indicatorCode: string;
  unitCode: string;
  periodCode: string;
  groupCode: string | undefined;
}

const errors = {
  unitForbidden: (unit: string) => new ApiError(403, 'explanations.unit_forbidden', `You may not explain figures of ${unit}.`),
};

/**
 * Explanations of figures: everyone who reads reports reads those of their units, by the rule of the figures
 * beside them (`readBasis`): a viewer once the unit's report for the period is approved, a union or HR of
 * another unit once it is submitted, the unit's HR, the steering group and administrators in every state.
 * HR writes its own units'. An explanation is about its figure's value: a reader to whom the figure is shown as "–"
 * (small numbers, see figures/disclosure.ts) does not get the explanation either.
 */
export interface ExplanationsServiceDeps {
  db: Database;
  figures: Pick<FiguresService, 'disclose'>;
  reportStates: Pick<ReportStatesService, 'reportsOfUnitPeriod' | 'readableBy'>;
}

export function explanationsServiceFactory({ db, figures, reportStates }: ExplanationsServiceDeps) {
  /** Whether the figure an explanation is about is hidden from the reader (none at that period: nothing to hide). */
  async function figureHidden(
    municipalityId: string,
    grants: readonly Grant[],
    explanation: Explanation,
    decided: Map<string, Promise<Awaited<ReturnType<FiguresService['disclose']>> | null>>,
  ) {
    if (seesSmallNumbers(grants, explanation.unit)) return false;
    const key = `${explanation.indicator}|${explanation.period}`;
    if (!decided.has(key)) {
      decided.set(
        key,
        figures.disclose(municipalityId, grants, explanation.indicator, explanation.period).catch((error: unknown) => {
          if (error instanceof IndicatorDefinitionError) return null;
          throw error;
        }),
      );
    }
    const disclosure = await decided.get(key)!;
    return disclosure?.figure(explanation.unit, explanation.group) !== undefined;
  }

  return {
    /** Every explanation of the reports of these units in the period, whoever reads (for the cycle's own report view). */
    ofReports: (municipalityId: string, reports: { period: string; units: readonly string[] }) =>
      repository.listExplanations(db, municipalityId, reports),

    async list(municipalityId: string, grants: readonly Grant[], query: ExplanationQuery): Promise<Explanation[]> {
      const scope = unitScope(grants, 'reports:read');
      const found = await repository.listExplanations(db, municipalityId, {
        ...query,
        readable: reportStates.readableBy(valueReach(grants)),
        ...(scope.all ? {} : { units: [...scope.units] }),
      });
      const decided = new Map<string, Promise<Awaited<ReturnType<FiguresService['disclose']>> | null>>();
      const hidden = await Promise.all(found.map((explanation) => figureHidden(municipalityId, grants, explanation, decided)));
      return found.filter((_, i) => !hidden[i]);
    },

    async put(
      municipalityId: string,
      grants: readonly Grant[],
      userId: string | null,
      key: ExplanationKey,
      body: PutExplanation,
    ): Promise<Explanation> {
      if (!tryParsePeriod(key.periodCode)) throw periodInvalidCode(key.periodCode, 'params.periodCode');
      if (!inScope(unitScope(grants, 'explanations:write'), key.unitCode)) throw errors.unitForbidden(key.unitCode);
      const indicatorId = await lookups.indicatorId(db, municipalityId, key.indicatorCode, 'params.indicatorCode');
      const unitId = await lookups.unitId(db, municipalityId, key.unitCode, 'params.unitCode');
      const professionalGroupId =
        key.groupCode === undefined ? null : await lookups.professionalGroupId(db, municipalityId, key.groupCode, 'querystring.group');
      const period = await lookups.period(db, key.periodCode, 'params.periodCode');
      const figure = { indicator: key.indicatorCode, unit: key.unitCode, group: key.groupCode ?? null, period: key.periodCode };
      const [existing] = await repository.listExplanations(db, municipalityId, figure);
      // The same text again changes nothing (nor its author): no rule to apply, no history to write.
      if (existing && existing.text === body.text.trim()) return existing;
      // The reports' write rules (migration 0016 enforces them too, and flags the report): refused here with a clear error.
      const ruled = explanationWriteRuleError(await reportStates.reportsOfUnitPeriod(municipalityId, unitId, period.id), {
        grants,
        reason: body.reason ?? currentContext()?.reason,
      });
      if (ruled) throw ruled;
      await db.transaction((tx) =>
        repository.upsertExplanation(tx, {
          municipalityId,
          indicatorId,
          unitId,
          professionalGroupId,
          periodId: period.id,
          text: body.text.trim(),
          authorUserId: userId,
        }),
      );
      const [saved] = await repository.listExplanations(db, municipalityId, figure);
      return saved!;
    },
  };
}

export type ExplanationsService = ReturnType<typeof explanationsServiceFactory>;
