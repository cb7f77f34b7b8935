import type { DataValue, DataValueQuery, PutDataValue } from '@planpuls/contracts';
import type { Database } from '@planpuls/db';
import { checkSmallNumbers, checkValue, inScope, seesSmallNumbers, tryParsePeriod, unitScope, valueReach, type Grant } from '@planpuls/domain';
import { ApiError } from '../../errors';
import { dataValueErrors as errors } from './data-values.errors';
import { findProfessionalGroupIdByCode } from '../professional-groups/professional-groups.repository';
import { currentContext } from '../../plugins/request-context';
import { periodAsksFor, reportsOfValue } from '../reporting-cycles/reporting-cycles.repository';
import { valueWriteRuleError } from '../reporting-cycles/value-write-rules';
import { findUnitIdByCode } from '../units/units.repository';
import * as repository from './data-values.repository';
import { valueProblemError } from './value-problems';

export interface PutRequest {
  municipalityId: string;
  grants: readonly Grant[];
  elementCode: string;
  unitCode: string;
  periodCode: string;
  groupCode: string | undefined;
  body: PutDataValue;
  ifMatch: string | undefined;
}

/** `"7"` or `W/"7"` → 7; `*` matches any existing version; anything else matches nothing. */
export function versionFromETag(ifMatch: string): number | '*' | null {
  const trimmed = ifMatch.trim();
  if (trimmed === '*') return '*';
  const match = /^(?:W\/)?"(\d{1,9})"$/.exec(trimmed);
  return match ? Number(match[1]) : null;
}

export const etagOf = (version: number) => `"${version}"`;

export function dataValuesServiceFactory({ db }: { db: Database }) {
  async function readBack(municipalityId: string, request: PutRequest): Promise<DataValue> {
    const { items } = await repository.listValues(db, municipalityId, {
      dataElement: request.elementCode,
      unit: request.unitCode,
      group: request.groupCode,
      period: request.periodCode,
      page: 1,
      pageSize: 1,
    });
    const { countsPeople: _countsPeople, ...value } = items[0]!;
    return value;
  }

  return {
    /** Values the grants may read (`mayReadValue`): every state where they read drafts, elsewhere submitted and approved ones where they read those. */
    async list(municipalityId: string, grants: readonly Grant[], query: DataValueQuery): Promise<{ items: DataValue[]; total: number }> {
      const { items, total } = await repository.listValues(db, municipalityId, query, valueReach(grants));
      return {
        total,
        // A count of fewer than five people is hidden from readers without HR rights for the unit or steering rights.
        items: items.map(({ countsPeople, ...item }) =>
          countsPeople && item.value !== null && checkSmallNumbers({ numerator: item.value, denominator: null }).suppressed && !seesSmallNumbers(grants, item.unit)
            ? { ...item, value: null, suppressed: true }
            : item,
        ),
      };
    },

    /** Creates the value, or changes it when If-Match names its current version. */
    async put(request: PutRequest): Promise<{ value: DataValue; created: boolean }> {
      const { municipalityId, elementCode, unitCode, periodCode, groupCode, body } = request;
      if (!tryParsePeriod(periodCode)) throw new ApiError(400, 'periods.invalid_code', `"${periodCode}" is not a period code.`);
      if (!inScope(unitScope(request.grants, 'data_values:write'), unitCode)) throw errors.unitForbidden(unitCode);
      const element = await repository.findElement(db, municipalityId, elementCode);
      if (!element) throw errors.elementNotFound(elementCode);
      const [problem] = checkValue(element, { periodCode, hasGroup: groupCode !== undefined, value: body.value });
      if (problem) throw valueProblemError(problem, element, periodCode);

      const unitId = await findUnitIdByCode(db, municipalityId, unitCode);
      if (!unitId) throw errors.unitNotFound(unitCode);
      const professionalGroupId = groupCode === undefined ? null : await findProfessionalGroupIdByCode(db, municipalityId, groupCode);
      if (professionalGroupId === undefined) throw errors.groupNotFound(groupCode!);
      const periodId = await repository.findPeriodId(db, periodCode);
      if (!periodId) throw errors.periodOutOfRange(periodCode);

      const identity = { municipalityId, dataElementId: element.id, unitId, professionalGroupId, periodId };
      if (!(await periodAsksFor(db, municipalityId, identity))) throw errors.notInDataSet(elementCode, periodCode);
      // The reporting cycle's rules (migration 0011 enforces them too): refused here with a clear error.
      const ruled = valueWriteRuleError(await reportsOfValue(db, municipalityId, identity), {
        grants: request.grants,
        reason: body.reason ?? currentContext()?.reason,
      });
      if (ruled) throw ruled;
      const fields = { value: body.value, note: body.note ?? null };
      const created = await db.transaction(async (tx) => {
        const existing = await repository.findValue(tx, identity);
        if (!existing && (await repository.insertValue(tx, identity, fields))) return true;
        // It exists (possibly created a moment ago by someone else): changing it needs its version.
        const current = existing ?? (await repository.findValue(tx, identity))!;
        if (request.ifMatch === undefined) throw errors.preconditionRequired();
        const wanted = versionFromETag(request.ifMatch);
        const version = wanted === '*' ? current.version : wanted;
        if (version !== current.version) throw errors.versionConflict(current);
        const updated = await repository.updateValueAtVersion(tx, current.id, version, fields);
        if (!updated) throw errors.versionConflict((await repository.findValue(tx, identity))!);
        return false;
      });
      return { value: await readBack(municipalityId, request), created };
    },
  };
}
