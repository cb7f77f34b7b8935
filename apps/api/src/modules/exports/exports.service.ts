import type { DataValue, DataValueExportQuery } from '@planpuls/contracts';
import type { Database } from '@planpuls/db';
import type { Grant } from '@planpuls/domain';
import type { DataValuesService } from '../data-values/data-values.service';
import { exportErrors } from './exports.errors';
import { lookups } from '../../lookups/lookups';
import * as repository from './exports.repository';
import type { OutputCell } from './spreadsheet';

/** The unit's reporting state in words, as the web app shows it. */
const STATE_WORDS: Record<DataValue['state'], string> = {
  open: 'öppen',
  submitted: 'inlämnad',
  approved: 'godkänd',
  returned: 'återskickad',
};

const PAGE_SIZE = 1000;

export interface ValueExport {
  /** A name for the file, without extension. */
  name: string;
  rows: AsyncIterable<OutputCell[]>;
}

export function exportsServiceFactory({ db, dataValues }: { db: Database; dataValues: Pick<DataValuesService, 'list'> }) {
  /**
   * The values matching the filters, read page by page through GET /data-values' own service, so the file
   * shows exactly what the API would: the same units in scope, the same small numbers hidden.
   */
  async function* valueRows(
    municipalityId: string,
    grants: readonly Grant[],
    filters: { elements: Array<string | undefined>; unit?: string; period?: string },
  ) {
    for (const dataElement of filters.elements) {
      for (let page = 1; ; page++) {
        const { items, total } = await dataValues.list(municipalityId, grants, {
          dataElement,
          unit: filters.unit,
          period: filters.period,
          page,
          pageSize: PAGE_SIZE,
        });
        for (const item of items) {
          yield [
            item.dataElement,
            item.unit,
            item.group,
            item.period,
            item.value,
            item.note,
            STATE_WORDS[item.state],
            item.suppressed ? 'ja' : null,
            item.version,
            item.updatedAt,
          ] satisfies OutputCell[];
        }
        if (page * PAGE_SIZE >= total || items.length === 0) break;
      }
    }
  }

  return {
    /**
     * Resolves the filters (answering 400 or 404 before anything is sent), then gives the rows as they are read.
     * A plan narrows to the elements its figures use, a cycle to its data set and period; both together to
     * what they share.
     */
    async exportValues(municipalityId: string, grants: readonly Grant[], query: DataValueExportQuery): Promise<ValueExport> {
      if (!query.plan && !query.cycle && !query.unit) throw exportErrors.filterRequired();
      let elements: string[] | undefined;
      let period = query.period;
      const nameParts: string[] = [];
      if (query.plan) {
        elements = await repository.planElementCodes(db, municipalityId, query.plan);
        if (!elements) throw exportErrors.planNotFound(query.plan);
        nameParts.push(query.plan);
      }
      if (query.cycle) {
        const cycle = await repository.findCycle(db, municipalityId, query.cycle);
        if (!cycle) throw exportErrors.cycleNotFound(query.cycle);
        elements = elements ? elements.filter((code) => cycle.elementCodes.includes(code)) : cycle.elementCodes;
        if (period !== undefined && period !== cycle.periodCode) elements = [];
        period = cycle.periodCode;
        nameParts.push(cycle.planCode, cycle.periodCode);
      }
      if (query.unit) {
        await lookups.unitId(db, municipalityId, query.unit, 'querystring.unit');
        nameParts.push(query.unit);
      }
      if (query.period && !query.cycle) nameParts.push(query.period);
      return {
        name: ['planpuls-varden', ...new Set(nameParts)].join('-'),
        rows: valueRows(municipalityId, grants, { elements: elements ?? [undefined], unit: query.unit, period }),
      };
    },
  };
}
