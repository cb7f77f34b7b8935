import type { ImportSummary } from '@planpuls/contracts';
import type { Database } from '@planpuls/db';
import type { UnitScope } from '@planpuls/domain';
import { importErrors } from './imports.errors';
import * as repository from './imports.repository';
import { RowChecker } from './imports.rows';
import type { Sheet } from './imports.sheet';

/** Rows per statement: one statement per batch, each a single round trip. */
export const IMPORT_BATCH_ROWS = 1000;
/** Far above a year of every element × unit × group; bounds the memory a file can claim. */
export const IMPORT_MAX_ROWS = 500_000;

export interface ImportRequest {
  municipalityId: string;
  /** The units the user may write values for; rows for others are refused. */
  units: UnitScope;
  sheet: Sheet;
  dryRun: boolean;
  errorsLimit: number;
  errorsPage?: number;
}

export function importsServiceFactory({ db, maxRows = IMPORT_MAX_ROWS }: { db: Database; maxRows?: number }) {
  return {
    /**
     * Checks every row of the file as it streams in, then (unless a dry run, and only when every row is valid)
     * writes all of them in one transaction: all or none.
     */
    async importValues({ municipalityId, units, sheet, dryRun, errorsLimit, errorsPage = 1 }: ImportRequest): Promise<ImportSummary> {
      const book = await repository.loadCodeBook(db, municipalityId);
      const checker = new RowChecker(book, sheet, { errorsLimit, errorsPage, maxRows, units });
      for await (const row of sheet.rows) checker.accept(row);
      checker.finish();

      const summarize = ({ created, updated }: repository.Changes): ImportSummary => ({
        dryRun,
        rows: checker.rows,
        valid: checker.accepted.length,
        invalid: checker.invalid,
        toCreate: created,
        toUpdate: updated,
        unchanged: checker.accepted.length - created - updated,
        errors: checker.errors,
        errorsTotal: checker.errorsTotal,
        errorsPage,
        errorsPageSize: errorsLimit,
        errorsByCode: checker.errorsByCode,
      });
      const total: repository.Changes = { created: 0, updated: 0 };
      const add = (changes: repository.Changes) => {
        total.created += changes.created;
        total.updated += changes.updated;
      };

      if (dryRun || checker.invalid > 0) {
        for (const batch of checker.accepted.batches(IMPORT_BATCH_ROWS)) {
          add(await repository.compareBatch(db, municipalityId, batch, checker.hasNotes));
        }
        if (!dryRun) throw importErrors.invalidRows(summarize(total));
        return summarize(total);
      }
      await db.transaction(async (tx) => {
        for (const batch of checker.accepted.batches(IMPORT_BATCH_ROWS)) {
          add(await repository.upsertBatch(tx, municipalityId, batch, checker.hasNotes));
        }
      });
      return summarize(total);
    },
  };
}
