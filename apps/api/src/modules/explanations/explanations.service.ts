import type { Explanation, ExplanationQuery, PutExplanation } from '@planpuls/contracts';
import type { Database } from '@planpuls/db';
import { IndicatorDefinitionError, inScope, seesSmallNumbers, tryParsePeriod, unitScope, valueReach, type Grant } from '@planpuls/domain';
import type { FiguresService } from '../figures/figures.service';
import { ApiError } from '../../errors';
import { findProfessionalGroupIdByCode } from '../professional-groups/professional-groups.repository';
import { currentContext } from '../../plugins/request-context';
import { findPeriod, reportsOfUnitPeriod } from '../reporting-cycles/reporting-cycles.repository';
import { explanationWriteRuleError } from '../reporting-cycles/value-write-rules';
import { findUnitIdByCode } from '../units/units.repository';
import * as repository from './explanations.repository';

export interface ExplanationKey {
  indicatorCode: string;
  unitCode: string;
  periodCode: string;
  groupCode: string | undefined;
}

const errors = {
  unitForbidden: (unit: string) => new ApiError(403, 'explanations.unit_forbidden', `You may not explain figures of ${unit}.`),
  indicatorNotFound: (code: string) => new ApiError(404, 'indicators.not_found', `No indicator "${code}".`),
  unitNotFound: (code: string) => new ApiError(404, 'units.not_found', `No unit "${code}".`),
  groupNotFound: (code: string) => new ApiError(404, 'professional_groups.not_found', `No professional group "${code}".`),
  periodNotFound: (code: string) =>
    new ApiError(400, 'periods.out_of_range', `The period ${code} is outside the calendar.`, [{ field: 'params.periodCode', message: 'is not in the calendar' }]),
};

/**
 * Explanations of figures: everyone who reads reports reads those of their units, by the rule of the figures
 * beside them (`readBasis`): a viewer once the unit's report for the period is approved, a union or HR of
 * another unit once it is submitted, the unit's HR, the steering group and administrators in every state.
 * HR writes its own units'. An explanation is about its figure's value: a reader to whom the figure is shown as "–"
 * (small numbers, see figures/disclosure.ts) does not get the explanation either.
 */
export function explanationsServiceFactory({ db, figures }: { db: Database; figures: Pick<FiguresService, 'disclose'> }) {
  /** Whether the figure an explanation is about is hidden from the reader (none at that period: nothing to hide). */
  async function figureHidden(municipalityId: string, grants: readonly Grant[], explanation: Explanation, decided: Map<string, Promise<Awaited<ReturnType<FiguresService['disclose']>> | null>>) {
    if (seesSmallNumbers(grants, explanation.unit)) return false;
    const key = `${explanation.indicator}|${explanation.period}`;
    if (!decided.has(key)) {
      decided.set(key, figures.disclose(municipalityId, grants, explanation.indicator, explanation.period).catch((error: unknown) => {
            if (error instanceof IndicatorDefinitionError) return null;
            throw error;
          }));
    }
    const disclosure = await decided.get(key)!;
    return disclosure?.figure(explanation.unit, explanation.group) !== undefined;
  }

  return {
    async list(municipalityId: string, grants: readonly Grant[], query: ExplanationQuery): Promise<Explanation[]> {
      const scope = unitScope(grants, 'reports:read');
      const found = await repository.listExplanations(db, municipalityId, { ...query, reach: valueReach(grants), ...(scope.all ? {} : { units: [...scope.units] }) });
      const decided = new Map<string, Promise<Awaited<ReturnType<FiguresService['disclose']>> | null>>();
      const hidden = await Promise.all(found.map((explanation) => figureHidden(municipalityId, grants, explanation, decided)));
      return found.filter((_, i) => !hidden[i]);
    },

    async put(municipalityId: string, grants: readonly Grant[], userId: string | null, key: ExplanationKey, body: PutExplanation): Promise<Explanation> {
      if (!tryParsePeriod(key.periodCode)) throw new ApiError(400, 'periods.invalid_code', `"${key.periodCode}" is not a period code.`);
      if (!inScope(unitScope(grants, 'explanations:write'), key.unitCode)) throw errors.unitForbidden(key.unitCode);
      const indicatorId = await repository.findIndicatorId(db, municipalityId, key.indicatorCode);
      if (!indicatorId) throw errors.indicatorNotFound(key.indicatorCode);
      const unitId = await findUnitIdByCode(db, municipalityId, key.unitCode);
      if (!unitId) throw errors.unitNotFound(key.unitCode);
      const professionalGroupId = key.groupCode === undefined ? null : await findProfessionalGroupIdByCode(db, municipalityId, key.groupCode);
      if (professionalGroupId === undefined) throw errors.groupNotFound(key.groupCode!);
      const period = await findPeriod(db, key.periodCode);
      if (!period) throw errors.periodNotFound(key.periodCode);
      const figure = { indicator: key.indicatorCode, unit: key.unitCode, group: key.groupCode ?? null, period: key.periodCode };
      const [existing] = await repository.listExplanations(db, municipalityId, figure);
      // The same text again changes nothing (nor its author): no rule to apply, no history to write.
      if (existing && existing.text === body.text.trim()) return existing;
      // The reports' write rules (migration 0016 enforces them too, and flags the report): refused here with a clear error.
      const ruled = explanationWriteRuleError(await reportsOfUnitPeriod(db, municipalityId, unitId, period.id), {
        grants,
        reason: body.reason ?? currentContext()?.reason,
      });
      if (ruled) throw ruled;
      await db.transaction((tx) =>
        repository.upsertExplanation(tx, { municipalityId, indicatorId, unitId, professionalGroupId, periodId: period.id, text: body.text.trim(), authorUserId: userId }),
      );
      const [saved] = await repository.listExplanations(db, municipalityId, figure);
      return saved!;
    },
  };
}
