import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { DATA_VALUE_EXPORT_COLUMNS, DataValueExportQuerySchema } from '@planpuls/contracts';
import type { FastifyInstance } from 'fastify';
import { COMMON_ERRORS, errorResponses } from '../../errors';
import { attachment, fileResponse, MEDIA_TYPES, spreadsheetStream } from './spreadsheet';

const COLUMN_WIDTHS = [26, 18, 12, 10, 12, 40, 12, 6, 8, 26];

export async function exportsRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const valueExports = app.services.exports;

  api.get(
    '/exports/data-values',
    {
      config: { permission: 'data_values:read' },
      schema: {
        tags: ['data-values'],
        operationId: 'exportDataValues',
        summary: 'A plan’s, a cycle’s or a unit’s values as a CSV or XLSX file',
        description:
          'The values GET /data-values gives the caller (same units, same hidden small numbers), one row each: ' +
          `${DATA_VALUE_EXPORT_COLUMNS.join(', ')}. The first six are the import's columns, so the file can be edited ` +
          'and imported again. CSV is Swedish Excel style by default (UTF-8 with BOM, `;`, decimal comma); ' +
          'dialect=plain gives `,` and decimal points. In CSV, text that a spreadsheet would read as a formula (starting ' +
          'with =, +, -, @, tab or carriage return) is prefixed with an apostrophe; in XLSX every cell is typed, so such ' +
          'text is a text cell as written. Numbers stay numbers.',
        querystring: DataValueExportQuerySchema,
        response: { 200: fileResponse('The values, as a file to save'), ...errorResponses(...COMMON_ERRORS, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { name, rows } = await valueExports.exportValues(request.municipalityId, request.principal!.grants, request.query);
      const { format, dialect } = request.query;
      return reply
        .type(MEDIA_TYPES[format])
        .header('content-disposition', attachment(`${name}.${format}`))
        .header('cache-control', 'no-store')
        .send(spreadsheetStream(format, dialect, { name: 'Värden', header: DATA_VALUE_EXPORT_COLUMNS, widths: COLUMN_WIDTHS, rows }));
    },
  );
}
