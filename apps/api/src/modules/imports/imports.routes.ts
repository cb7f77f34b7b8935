import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { ImportBodySchema, ImportQuerySchema, ImportSummarySchema } from '@planpuls/contracts';
import { unitScope } from '@planpuls/domain';
import type { FastifyInstance } from 'fastify';
import { COMMON_ERRORS, errorResponses } from '../../errors';
import { currentContext } from '../../plugins/request-context';
import { importErrors } from './imports.errors';
import { ImportSlots, timeLimit } from './imports.limits';
import { importLimitBytes, openUpload, useUploadParsers } from './imports.upload';

export interface ImportsRoutesOptions {
  /** The largest file accepted; 413 above it. By default IMPORT_MAX_MB, else 20 MB. */
  limitBytes?: number;
  /** Imports at once and seconds per import; by default the app's configuration. */
  concurrency?: number;
  timeoutSeconds?: number;
}

/** Seconds a client refused for a full house is asked to wait. */
const BUSY_RETRY_SECONDS = 10;

export async function importsRoutes(app: FastifyInstance, options: ImportsRoutesOptions = {}): Promise<void> {
  const {
    limitBytes = importLimitBytes(),
    concurrency = app.config.imports.concurrency,
    timeoutSeconds = app.config.imports.timeoutSeconds,
  } = options;
  await useUploadParsers(app, limitBytes);
  const slots = new ImportSlots(concurrency);
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const imports = app.services.imports;

  api.post(
    '/imports',
    {
      config: { permission: 'data_values:write' },
      schema: {
        tags: ['data-values'],
        operationId: 'importDataValues',
        summary: 'Import values from a CSV or XLSX file, one row per value; all rows or none',
        description:
          'Columns (header names in English or Swedish, any case): data_element/uppgift, unit/enhet, group/yrkesgrupp ' +
          '(empty for elements not split by group), period, value/värde, note/kommentar (optional: without the column, ' +
          'stored notes are kept). Every row is checked like a single PUT, including that the user may write for its ' +
          'unit. With dryRun=true nothing is written and the answer says what would be. Otherwise an invalid row ' +
          'refuses the whole file (400 imports.invalid_rows, the summary in error.details[0]); a valid file is written ' +
          'in one transaction, rows equal to the stored value and note left untouched. Row problems are in Swedish, ' +
          'paged (errorsPage, errorsLimit per page; send the file again for another page) with totals per code. ' +
          'Progress: a client shows its upload progress; the server answers when all rows are checked and written. ' +
          `Files over ${Math.round(limitBytes / (1024 * 1024))} MB get 413, as do workbooks that unpack to too much ` +
          '(imports.uncompressed_too_large) or hold too much text (imports.too_many_strings), and files that take longer ' +
          `than ${timeoutSeconds} s to read and check (imports.took_too_long). At most ${concurrency} imports run at once; ` +
          'beyond that 503 imports.busy with Retry-After. The file is received in full before the import starts.',
        querystring: ImportQuerySchema,
        body: ImportBodySchema,
        response: { 200: ImportSummarySchema, ...errorResponses(...COMMON_ERRORS, 401, 403, 409, 413, 415) },
      },
    },
    async (request, reply) => {
      const context = currentContext();
      if (context && request.query.reason) context.reason = request.query.reason;
      const checkTime = timeLimit(timeoutSeconds);
      const sheet = await openUpload(request, limitBytes, checkTime);
      const release = slots.tryAcquire();
      if (!release) {
        await sheet.close();
        reply.header('retry-after', String(BUSY_RETRY_SECONDS));
        throw importErrors.busy(BUSY_RETRY_SECONDS);
      }
      checkTime();
      try {
        return await imports.importValues({
          municipalityId: request.municipalityId,
          units: unitScope(request.principal?.grants ?? [], 'data_values:write'),
          sheet,
          dryRun: request.query.dryRun,
          errorsLimit: request.query.errorsLimit,
          errorsPage: request.query.errorsPage,
          checkTime,
        });
      } finally {
        release();
        await sheet.close();
      }
    },
  );
}
