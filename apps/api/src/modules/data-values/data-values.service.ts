import type { DataValue, DataValueQuery, PutDataValue } from '@planpuls/contracts';
import type { Database } from '@planpuls/db';
import {
  checkSmallNumbers,
  checkValue,
  IndicatorDefinitionError,
  inScope,
  nextPeriod,
  seesSmallNumbers,
  tryParsePeriod,
  unitScope,
  valueReach,
  type Grant,
} from '@planpuls/domain';
import { lookups, periodInvalidCode } from '../../lookups/lookups';
import { figureBasis } from '../figures/approved-figures';
import type { Disclosure } from '../figures/disclosure';
import type { FiguresService } from '../figures/figures.service';
import { dataValueErrors as errors } from './data-values.errors';
import { currentContext } from '../../plugins/request-context';
import type { ReportStatesService } from '../reporting-cycles/report-states.service';
import { valueWriteRuleError } from '../reporting-cycles/value-write-rules';
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

/** The periods whose figures may read a value of `period`: its own, the next two (a rolling year) and its year. */
function periodsReading(period: string): string[] {
  const own = tryParsePeriod(period);
  if (!own || own.kind === 'year') return [period];
  const next = nextPeriod(own);
  return [period, next.code, nextPeriod(next).code, String(own.year)];
}

export interface DataValuesServiceDeps {
  db: Database;
  figures: Pick<FiguresService, 'compute' | 'disclose'>;
  reportStates: Pick<ReportStatesService, 'periodAsksFor' | 'reportsOfValue'>;
}

export function dataValuesServiceFactory({ db, figures, reportStates }: DataValuesServiceDeps) {
  /**
   * Whether an entered value is hidden from the reader: it counts fewer than five people, or a figure computed from
   * it is protected by hiding it (the disclosure of every indicator that reads it, at every period that reads it).
   */
  async function hiddenValues(
    municipalityId: string,
    grants: readonly Grant[],
    items: ReadonlyArray<DataValue & { countsPeople: boolean }>,
  ) {
    const candidates = items.filter((item) => item.countsPeople && item.value !== null && !seesSmallNumbers(grants, item.unit));
    if (candidates.length === 0) return new Set<string>();
    const { context } = await figures.compute(municipalityId, [], { basis: figureBasis(grants) });
    const readers = new Map<string, string[]>();
    for (const [code, indicator] of context.catalogue.indicators) {
      if (!indicator.numeratorCountsPeople && !indicator.denominatorCountsPeople) continue;
      for (const element of [...indicator.numerator, ...(indicator.denominator ? [indicator.denominator] : [])]) {
        readers.set(element, [...(readers.get(element) ?? []), code]);
      }
    }
    const disclosures = new Map<string, Promise<Disclosure | null>>();
    const disclosureOf = (indicator: string, period: string) => {
      const key = `${indicator}|${period}`;
      if (!disclosures.has(key))
        disclosures.set(
          key,
          figures.disclose(municipalityId, grants, indicator, period).catch((error: unknown) => {
            // An indicator that cannot be computed at that period (a yearly element at a tertial) shows nothing there.
            if (error instanceof IndicatorDefinitionError) return null;
            throw error;
          }),
        );
      return disclosures.get(key)!;
    };
    const hidden = new Set<string>();
    for (const item of candidates) {
      if (checkSmallNumbers({ numerator: item.value, denominator: null }).suppressed) {
        hidden.add(item.id);
        continue;
      }
      for (const indicator of readers.get(item.dataElement) ?? []) {
        for (const period of periodsReading(item.period)) {
          const disclosure = await disclosureOf(indicator, period);
          if (disclosure?.raw(item.dataElement, item.unit, item.group, item.period)) hidden.add(item.id);
        }
      }
    }
    return hidden;
  }

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
      const hidden = await hiddenValues(municipalityId, grants, items);
      return {
        total,
        items: items.map(({ countsPeople: _countsPeople, ...item }) =>
          hidden.has(item.id) ? { ...item, value: null, suppressed: true } : item,
        ),
      };
    },

    /** Creates the value, or changes it when If-Match names its current version. */
    async put(request: PutRequest): Promise<{ value: DataValue; created: boolean }> {
      const { municipalityId, elementCode, unitCode, periodCode, groupCode, body } = request;
      if (!tryParsePeriod(periodCode)) throw periodInvalidCode(periodCode, 'params.periodCode');
      if (!inScope(unitScope(request.grants, 'data_values:write'), unitCode)) throw errors.unitForbidden(unitCode);
      const element = await repository.findElement(db, municipalityId, elementCode);
      if (!element) throw errors.elementNotFound(elementCode);
      const [problem] = checkValue(element, { periodCode, hasGroup: groupCode !== undefined, value: body.value });
      if (problem) throw valueProblemError(problem, element, periodCode);

      const unitId = await lookups.unitId(db, municipalityId, unitCode, 'params.unitCode');
      const professionalGroupId =
        groupCode === undefined ? null : await lookups.professionalGroupId(db, municipalityId, groupCode, 'querystring.group');
      const { id: periodId } = await lookups.period(db, periodCode, 'params.periodCode');

      const identity = { municipalityId, dataElementId: element.id, unitId, professionalGroupId, periodId };
      if (!(await reportStates.periodAsksFor(municipalityId, identity))) throw errors.notInDataSet(elementCode, periodCode);
      // The reporting cycle's rules (migration 0011 enforces them too): refused here with a clear error.
      const ruled = valueWriteRuleError(await reportStates.reportsOfValue(municipalityId, identity), {
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

export type DataValuesService = ReturnType<typeof dataValuesServiceFactory>;
