import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  AssessGoalSchema,
  CloseReviewSchema,
  NoQuerySchema,
  ReviewBoardSchema,
  ReviewClosedSchema,
  ReviewGoalParamsSchema,
  ReviewGoalSchema,
  ReviewParamsSchema,
  ReviewTargetParamsSchema,
} from '@planpuls/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { COMMON_ERRORS, errorResponses } from '../../errors';
import { NOT_MODIFIED } from '../../response-cache';
import type { Caller } from '../positions/positions.service';

const callerOf = (request: FastifyRequest): Caller => ({ municipalityId: request.municipalityId, principal: request.principal! });
const WRITE_ERRORS = [...COMMON_ERRORS, 403, 404, 409, 413, 415] as const;

export async function reviewsRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const reviews = app.services.reviews;

  api.get(
    '/reporting-cycles/:cycleId/review',
    {
      config: { permission: 'reports:read' },
      schema: {
        tags: ['reviews'],
        operationId: 'getReviewBoard',
        summary: 'The review board of a cycle: per goal and target the computed status and assessment, positions with answers, activities',
        params: ReviewParamsSchema,
        querystring: NoQuerySchema,
        response: { 200: ReviewBoardSchema, ...NOT_MODIFIED, ...errorResponses(...COMMON_ERRORS, 404) },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      return app.figureResponses.serve(
        request,
        reply,
        () => reviews.board(caller, request.params.cycleId),
        await reviews.boardVariant(caller),
      );
    },
  );

  api.put(
    '/reporting-cycles/:cycleId/review/goals/:goalId',
    {
      config: { permission: 'reviews:manage' },
      schema: {
        tags: ['reviews'],
        operationId: 'assessGoal',
        summary: 'Assess a goal in the review: status (a different one than computed only with a reason), assessment, decisions',
        params: ReviewGoalParamsSchema,
        querystring: NoQuerySchema,
        body: AssessGoalSchema,
        response: { 200: ReviewGoalSchema, ...errorResponses(...WRITE_ERRORS) },
      },
    },
    async (request) => reviews.assess(callerOf(request), request.params.cycleId, request.params.goalId, null, request.body),
  );

  api.put(
    '/reporting-cycles/:cycleId/review/goals/:goalId/targets/:targetId',
    {
      config: { permission: 'reviews:manage' },
      schema: {
        tags: ['reviews'],
        operationId: 'assessTarget',
        summary: 'Assess one target of a goal in the review (a different status than computed only with a reason)',
        params: ReviewTargetParamsSchema,
        querystring: NoQuerySchema,
        body: AssessGoalSchema,
        response: { 200: ReviewGoalSchema, ...errorResponses(...WRITE_ERRORS) },
      },
    },
    async (request) =>
      reviews.assess(callerOf(request), request.params.cycleId, request.params.goalId, request.params.targetId, request.body),
  );

  api.post(
    '/reporting-cycles/:cycleId/review/close',
    {
      config: { permission: 'reviews:manage' },
      schema: {
        tags: ['reviews'],
        operationId: 'closeReview',
        summary: 'Close the review and lock the cycle; refused while any reservation lacks an answer',
        params: ReviewParamsSchema,
        querystring: NoQuerySchema,
        body: CloseReviewSchema,
        response: { 200: ReviewClosedSchema, ...errorResponses(...WRITE_ERRORS) },
      },
    },
    async (request) => reviews.close(callerOf(request), request.params.cycleId, request.body),
  );
}
