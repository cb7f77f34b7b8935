import type { AnyColumn, SQL } from 'drizzle-orm';
import type { Database } from '@planpuls/db';
import type { ReportState, ValueReach } from '@planpuls/domain';
import * as repository from './reporting-cycles.repository';
import type { ValueReport } from './reporting-cycles.repository';

/**
 * What other modules read of the reporting cycles: the state of a unit's report for a period, the reports a value
 * falls under (for the write rules), whether a period's data set asks for an element, and the SQL condition that
 * keeps a row to the readers its report's state allows. Each read runs in `tx` when given.
 */
export function reportStatesServiceFactory({ db }: { db: Database }) {
  return {
    reportsOfValue: (
      municipalityId: string,
      value: { dataElementId: string; unitId: string; periodId: string },
      tx: Database = db,
    ): Promise<ValueReport[]> => repository.reportsOfValue(tx, municipalityId, value),
    reportsOfUnitPeriod: (municipalityId: string, unitId: string, periodId: string, tx: Database = db): Promise<ValueReport[]> =>
      repository.reportsOfUnitPeriod(tx, municipalityId, unitId, periodId),
    periodAsksFor: (municipalityId: string, value: { dataElementId: string; periodId: string }, tx: Database = db): Promise<boolean> =>
      repository.periodAsksFor(tx, municipalityId, value),
    stateOfUnit: (unitId: string, periodId: string, tx: Database = db): Promise<ReportState> =>
      repository.reportStateOfUnit(tx, unitId, periodId),
    /** A condition on a row of a unit (by code and id) and a period: the reader reaches it by its report's state. */
    readableBy:
      (reach: ValueReach) =>
      (row: { unitCode: AnyColumn; unitId: AnyColumn; periodId: AnyColumn }): SQL =>
        repository.readableByBasis(reach, row.unitCode, repository.reportStateOf(row.unitId, row.periodId)),
  };
}

export type ReportStatesService = ReturnType<typeof reportStatesServiceFactory>;
