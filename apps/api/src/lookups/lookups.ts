import type { PlanSummary } from '@planpuls/contracts';
import type { Database } from '@planpuls/db';
import * as repository from './lookups.repository';
import type { KnownPeriod } from './lookups.repository';
import { notFound, periodOutOfRange } from './not-found';

export type { KnownPeriod } from './lookups.repository';
export { notFound, periodInvalidCode, periodOutOfRange, type LookupKind } from './not-found';

async function required<T>(found: Promise<T | undefined>, error: () => Error): Promise<T> {
  const value = await found;
  if (value === undefined) throw error();
  return value;
}

/**
 * The one place that turns the codes a request names into ids, inside the caller's municipality. Each resolver
 * answers the id or throws the catalogue's `<kind>.not_found` (404), reported at `field` when given; `find`
 * answers undefined instead, for callers that refuse an unknown code with an error of their own.
 */
export const lookups = {
  unitId: (db: Database, municipalityId: string, code: string, field?: string) =>
    required(repository.unitIdByCode(db, municipalityId, code), () => notFound('units', code, field)),

  /** Units by code (each once); every code must exist, and each unknown one is named. */
  async units(
    db: Database,
    municipalityId: string,
    codes: readonly string[],
    field?: string,
  ): Promise<Array<{ id: string; code: string }>> {
    const found = await repository.unitsByCodes(db, municipalityId, codes);
    const missing = [...new Set(codes)].filter((code) => !found.some((unit) => unit.code === code));
    if (missing.length > 0) throw notFound('units', missing, field);
    return found;
  },

  professionalGroupId: (db: Database, municipalityId: string, code: string, field?: string) =>
    required(repository.professionalGroupIdByCode(db, municipalityId, code), () => notFound('professional_groups', code, field)),

  indicatorId: (db: Database, municipalityId: string, code: string, field?: string) =>
    required(repository.indicatorIdByCode(db, municipalityId, code), () => notFound('indicators', code, field)),

  goalId: (db: Database, municipalityId: string, planId: string, code: string, field?: string) =>
    required(repository.goalIdByCode(db, municipalityId, planId, code), () => notFound('goals', code, field)),

  focusAreaId: (db: Database, municipalityId: string, planId: string, code: string, field?: string) =>
    required(repository.focusAreaIdByCode(db, municipalityId, planId, code), () => notFound('focus_areas', code, field)),

  /** A plan by id or code (its latest version). */
  plan: (db: Database, municipalityId: string, idOrCode: string, field?: string): Promise<PlanSummary> =>
    required(repository.planSummaryByRef(db, municipalityId, idOrCode), () => notFound('plans', idOrCode, field)),

  /** One calendar period; a code outside the calendar is 400 periods.out_of_range. */
  period: (db: Database, code: string, field?: string): Promise<KnownPeriod> =>
    lookups.periods(db, [{ code, field }]).then((found) => found.get(code)!),

  /**
   * The calendar periods named in a request, by code. Each code comes with the field it was written in, so a
   * code outside the calendar is reported where it was written.
   */
  async periods(db: Database, fields: ReadonlyArray<{ code: string; field?: string }>): Promise<Map<string, KnownPeriod>> {
    const found = await repository.periodsByCodes(
      db,
      fields.map((f) => f.code),
    );
    const unknown = fields.find((f) => !found.has(f.code));
    if (unknown) throw periodOutOfRange(unknown.code, unknown.field);
    return found;
  },

  find: {
    unitId: repository.unitIdByCode,
    professionalGroupId: repository.professionalGroupIdByCode,
    indicatorId: repository.indicatorIdByCode,
    dataElementIds: repository.dataElementIdsByCodes,
    plan: repository.planSummaryByRef,
  },
};
