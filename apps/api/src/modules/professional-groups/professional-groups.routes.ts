import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  CreateProfessionalGroupSchema,
  DeletedSchema,
  ListOf,
  NoQuerySchema,
  ProfessionalGroupParamsSchema,
  ProfessionalGroupSchema,
  UpdateProfessionalGroupSchema,
} from '@planpuls/contracts';
import type { FastifyInstance } from 'fastify';
import { COMMON_ERRORS, errorResponses } from '../../errors';
import { listProfessionalGroups } from './professional-groups.repository';

export async function professionalGroupsRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const groups = app.services.professionalGroups;

  api.get(
    '/professional-groups',
    {
      config: { permission: 'catalogue:read' },
      schema: {
        tags: ['reference-data'],
        operationId: 'listProfessionalGroups',
        summary: 'Professional groups (yrkesgrupper) values can be split by',
        querystring: NoQuerySchema,
        response: { 200: ListOf(ProfessionalGroupSchema), ...errorResponses(...COMMON_ERRORS) },
      },
    },
    async (request) => ({ items: await listProfessionalGroups(app.db, request.municipalityId) }),
  );

  api.get(
    '/professional-groups/:groupId',
    {
      config: { permission: 'catalogue:read' },
      schema: {
        tags: ['reference-data'],
        operationId: 'getProfessionalGroup',
        summary: 'One professional group',
        params: ProfessionalGroupParamsSchema,
        querystring: NoQuerySchema,
        response: { 200: ProfessionalGroupSchema, ...errorResponses(...COMMON_ERRORS, 404) },
      },
    },
    async (request) => groups.get(request.municipalityId, request.params.groupId),
  );

  api.post(
    '/professional-groups',
    {
      config: { permission: 'catalogue:write' },
      schema: {
        tags: ['reference-data'],
        operationId: 'createProfessionalGroup',
        summary: 'Add a professional group',
        querystring: NoQuerySchema,
        body: CreateProfessionalGroupSchema,
        response: { 201: ProfessionalGroupSchema, ...errorResponses(...COMMON_ERRORS, 403, 409, 413, 415) },
      },
    },
    async (request, reply) => reply.status(201).send(await groups.create(request.municipalityId, request.body)),
  );

  api.patch(
    '/professional-groups/:groupId',
    {
      config: { permission: 'catalogue:write' },
      schema: {
        tags: ['reference-data'],
        operationId: 'updateProfessionalGroup',
        summary: 'Rename a professional group or change its code',
        params: ProfessionalGroupParamsSchema,
        querystring: NoQuerySchema,
        body: UpdateProfessionalGroupSchema,
        response: { 200: ProfessionalGroupSchema, ...errorResponses(...COMMON_ERRORS, 403, 404, 409, 413, 415) },
      },
    },
    async (request) => groups.update(request.municipalityId, request.params.groupId, request.body),
  );

  api.delete(
    '/professional-groups/:groupId',
    {
      config: { permission: 'catalogue:write' },
      schema: {
        tags: ['reference-data'],
        operationId: 'deleteProfessionalGroup',
        summary: 'Delete a professional group no value or target refers to',
        params: ProfessionalGroupParamsSchema,
        querystring: NoQuerySchema,
        response: { 200: DeletedSchema, ...errorResponses(...COMMON_ERRORS, 403, 404, 409) },
      },
    },
    async (request) => groups.remove(request.municipalityId, request.params.groupId),
  );
}
