import type { ImportSummary } from '@planpuls/contracts';
import type { Database } from '@planpuls/db';
import type { UnitScope } from '@planpuls/domain';
import { translateViolations } from '../../database-errors';
import { importErrors } from './imports.errors';
import * as repository from './imports.repository';
import { RowChecker } from './imports.rows';
import type { Sheet } from './imports.sheet';

/** Far above a year of every element × unit × group; bounds the memory a file can claim. */
export const IMPORT_MAX_ROWS = 500_000;

export interface ImportRequest {
  municipalityId: string;
  /** The units the user may write values for; rows for others are refused. */
  units: UnitScope;
  sheet: Sheet;
  dryRun: boolean;
  /** The page size of the listed row errors. */
  errorsLimit: number;
  errorsPage?: number;
  /** Throws once the import has taken longer than it may; called between batches. */
  checkTime?: () => void;
}

/** Thrown inside the transaction to undo it: a dry run, or a file with errors, writes nothing. */
class Undo extends Error {
  constructor(readonly changes: repository.Changes) {
    super('undo');
  }
}

export function importsServiceFactory({ db, maxRows = IMPORT_MAX_ROWS }: { db: Database; maxRows?: number }) {
  return {
    /**
     * Checks every row of the file as it streams in (codes, period, group split, type, range, duplicates) and
     * sends the valid ones, batch by batch, with COPY into a staging table of one transaction: the file is
     * never held whole. Then either counts what would change (a dry run, or a file with errors: rolled back)
     * or writes the staged rows in one statement, their history made set-based by the table's statement
     * triggers: all or none.
     */
    async importValues({
      municipalityId,
      units,
      sheet,
      dryRun,
      errorsLimit,
      errorsPage = 1,
      checkTime = () => {},
    }: ImportRequest): Promise<ImportSummary> {
      const book = await repository.loadCodeBook(db, municipalityId);
      const checker = new RowChecker(book, sheet, { errorsLimit, errorsPage, maxRows, units });

      const summarize = ({ created, updated }: repository.Changes): ImportSummary => ({
        dryRun,
        rows: checker.rows,
        valid: checker.valid,
        invalid: checker.invalid,
        toCreate: created,
        toUpdate: updated,
        unchanged: checker.valid - created - updated,
        errors: checker.errors,
        errorsTotal: checker.errorsTotal,
        errorsPage,
        errorsPageSize: errorsLimit,
        errorsByCode: checker.errorsByCode,
      });

      let changes: repository.Changes;
      try {
        changes = await db.transaction(async (tx) => {
          const staging = await repository.openStaging(tx);
          try {
            for await (const batch of sheet.batches) {
              checkTime();
              for (const row of batch) checker.accept(row);
              await staging.add(checker.takeAccepted());
            }
            checker.finish();
          } catch (error) {
            await staging.abort(error);
            throw error;
          }
          await staging.close();
          if (!dryRun && checker.invalid === 0) {
            return translateViolations(() => repository.writeStaged(tx, municipalityId, checker.hasNotes), {
              unique: importErrors.changedMeanwhile,
            });
          }
          throw new Undo(checker.valid > 0 ? await repository.compareStaged(tx, checker.hasNotes) : { created: 0, updated: 0 });
        });
      } catch (error) {
        if (!(error instanceof Undo)) throw error;
        changes = error.changes;
      }
      if (!dryRun && checker.invalid > 0) throw importErrors.invalidRows(summarize(changes));
      return summarize(changes);
    },
  };
}
