import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  AdoptPlanSchema,
  CreatePlanSchema,
  DeletedSchema,
  ListOf,
  NoQuerySchema,
  PlanParamsSchema,
  PlanSchema,
  PlanSummarySchema,
  RevisePlanSchema,
  UpdatePlanSchema,
} from '@planpuls/contracts';
import type { FastifyInstance } from 'fastify';
import { COMMON_ERRORS, errorResponses } from '../../errors';

export async function plansRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const plans = app.services.plans;
  const planWrites = app.services.planWrites;
  const planRevision = app.services.planRevision;

  api.get(
    '/plans',
    {
      config: { permission: 'catalogue:read' },
      schema: {
        tags: ['plans'],
        operationId: 'listPlans',
        summary: 'Every version of every plan',
        querystring: NoQuerySchema,
        response: { 200: ListOf(PlanSummarySchema), ...errorResponses(...COMMON_ERRORS) },
      },
    },
    async (request) => ({ items: await plans.list(request.municipalityId) }),
  );

  api.get(
    '/plans/:planId',
    {
      config: { permission: 'catalogue:read' },
      schema: {
        tags: ['plans'],
        operationId: 'getPlan',
        summary: 'A plan with its focus areas, goals, targets and activities',
        params: PlanParamsSchema,
        querystring: NoQuerySchema,
        response: { 200: PlanSchema, ...errorResponses(...COMMON_ERRORS, 404) },
      },
    },
    async (request) => plans.get(request.municipalityId, request.params.planId),
  );

  api.post(
    '/plans',
    {
      config: { permission: 'plans:write' },
      schema: {
        tags: ['plans'],
        operationId: 'createPlan',
        summary: 'Start a new plan as a draft; validFrom and validTo are period codes',
        querystring: NoQuerySchema,
        body: CreatePlanSchema,
        response: { 201: PlanSummarySchema, ...errorResponses(...COMMON_ERRORS, 403, 409, 413, 415) },
      },
    },
    async (request, reply) => reply.status(201).send(await planWrites.create(request.municipalityId, request.body)),
  );

  api.patch(
    '/plans/:planId',
    {
      config: { permission: 'plans:write' },
      schema: {
        tags: ['plans'],
        operationId: 'updatePlan',
        summary: 'Change a plan’s code, name, validity or reporting frequency (not of an archived plan)',
        params: PlanParamsSchema,
        querystring: NoQuerySchema,
        body: UpdatePlanSchema,
        response: { 200: PlanSummarySchema, ...errorResponses(...COMMON_ERRORS, 403, 404, 409, 413, 415) },
      },
    },
    async (request) => planWrites.update(request.municipalityId, request.params.planId, request.body),
  );

  api.delete(
    '/plans/:planId',
    {
      config: { permission: 'plans:write' },
      schema: {
        tags: ['plans'],
        operationId: 'deletePlan',
        summary: 'Delete a draft plan with its focus areas, goals, targets and activities; adopted plans stay',
        params: PlanParamsSchema,
        querystring: NoQuerySchema,
        response: { 200: DeletedSchema, ...errorResponses(...COMMON_ERRORS, 403, 404, 409) },
      },
    },
    async (request) => planWrites.remove(request.municipalityId, request.params.planId),
  );

  api.post(
    '/plans/:planId/adopt',
    {
      config: { permission: 'plans:write' },
      schema: {
        tags: ['plans'],
        operationId: 'adoptPlan',
        summary:
          'Adopt a draft with the date and decision; refused (409 plans.not_measurable) while the measurability check lists anything',
        params: PlanParamsSchema,
        querystring: NoQuerySchema,
        body: AdoptPlanSchema,
        response: { 200: PlanSummarySchema, ...errorResponses(...COMMON_ERRORS, 403, 404, 409, 413, 415) },
      },
    },
    async (request) => planWrites.adopt(request.municipalityId, request.params.planId, request.body),
  );

  api.post(
    '/plans/:planId/revise',
    {
      config: { permission: 'plans:write' },
      schema: {
        tags: ['plans'],
        operationId: 'revisePlan',
        summary: 'Revise an adopted plan: a new draft version copying focus areas, goals and targets, each linked to what it copies',
        params: PlanParamsSchema,
        querystring: NoQuerySchema,
        body: RevisePlanSchema,
        response: { 201: PlanSummarySchema, ...errorResponses(...COMMON_ERRORS, 403, 404, 409, 413, 415) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await planRevision.revise(request.municipalityId, request.params.planId, request.body)),
  );
}
