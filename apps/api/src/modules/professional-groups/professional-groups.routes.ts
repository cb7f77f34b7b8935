import { ListOf, ProfessionalGroupSchema } from '@planpuls/contracts';
import type { FastifyInstance } from 'fastify';
import { COMMON_ERRORS, errorResponses } from '../../errors';
import { listProfessionalGroups } from './professional-groups.repository';

export async function professionalGroupsRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    '/professional-groups',
    {
      schema: {
        tags: ['reference-data'],
        operationId: 'listProfessionalGroups',
        summary: 'Professional groups (yrkesgrupper) values can be split by',
        response: { 200: ListOf(ProfessionalGroupSchema), ...errorResponses(...COMMON_ERRORS) },
      },
    },
    async (request) => ({ items: await listProfessionalGroups(app.db, request.municipalityId) }),
  );
}
