import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { IMPORT_TEMPLATE_COLUMNS, ImportTemplateParamsSchema, ImportTemplateQuerySchema } from '@planpuls/contracts';
import { unitScope } from '@planpuls/domain';
import type { FastifyInstance } from 'fastify';
import { COMMON_ERRORS, errorResponses } from '../../errors';
import { attachment, fileResponse, MEDIA_TYPES, spreadsheetStream } from '../exports/spreadsheet';
import { asAsync, templateCells, templateRows } from './imports.template';

const COLUMN_WIDTHS = [26, 40, 18, 12, 10, 12, 40];

/** The import template of a unit in a reporting cycle: the rows to fill in, as CSV or XLSX. */
export async function importTemplateRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.get(
    '/reporting-cycles/:cycleId/template',
    {
      config: { permission: 'data_values:write' },
      schema: {
        tags: ['data-values'],
        operationId: 'getImportTemplate',
        summary: 'The import file a unit fills in for a reporting cycle: exactly the rows expected, stored values filled in',
        description:
          `Columns ${IMPORT_TEMPLATE_COLUMNS.join(', ')}. One row per element of the cycle's data set × professional group ` +
          '(for elements split by group) × period of the element’s frequency ending within the cycle’s period. Stored ' +
          'values and notes are filled in: upload the file again and only what was edited changes. CSV is Swedish ' +
          'Excel style by default; dialect=plain gives `,` and decimal points. Only for units the caller may write.',
        params: ImportTemplateParamsSchema,
        querystring: ImportTemplateQuerySchema,
        response: { 200: fileResponse('The template, as a file to save'), ...errorResponses(...COMMON_ERRORS, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { format, dialect, unit } = request.query;
      const scope = unitScope(request.principal?.grants ?? [], 'data_values:write');
      const { rows, name } = await templateRows(app.db, request.municipalityId, request.params.cycleId, unit, scope);
      return reply
        .type(MEDIA_TYPES[format])
        .header('content-disposition', attachment(`${name}.${format}`))
        .header('cache-control', 'no-store')
        .send(
          spreadsheetStream(format, dialect, {
            name: 'Mall',
            header: IMPORT_TEMPLATE_COLUMNS,
            widths: COLUMN_WIDTHS,
            rows: asAsync(rows.map((row) => templateCells(row, unit))),
          }),
        );
    },
  );
}
