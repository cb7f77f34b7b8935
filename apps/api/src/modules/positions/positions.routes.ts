import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  AnswerPositionSchema,
  CreatePositionSchema,
  GoalParamsSchema,
  GoalPositionsQuerySchema,
  NoQuerySchema,
  PositionListSchema,
  PositionParamsSchema,
  RestatePositionSchema,
  UnionPositionSchema,
  UpdatePositionSchema,
  WithdrawPositionSchema,
} from '@planpuls/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { COMMON_ERRORS, errorResponses } from '../../errors';
import { type Caller } from './positions.service';

const callerOf = (request: FastifyRequest): Caller => ({ municipalityId: request.municipalityId, principal: request.principal! });
const WRITE_ERRORS = [...COMMON_ERRORS, 403, 404, 409, 413, 415] as const;

export async function positionsRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const positions = app.services.positions;

  api.get(
    '/goals/:goalId/positions',
    {
      config: { permission: 'comments:read' },
      schema: {
        tags: ['positions'],
        operationId: 'listGoalPositions',
        summary: "Union reference groups' positions on a goal, with answers and signatures (active ones unless history=true)",
        params: GoalParamsSchema,
        querystring: GoalPositionsQuerySchema,
        response: { 200: PositionListSchema, ...errorResponses(...COMMON_ERRORS, 404) },
      },
    },
    async (request) => positions.listForGoal(callerOf(request), request.params.goalId, request.query),
  );

  api.post(
    '/goals/:goalId/positions',
    {
      config: { permission: 'positions:write' },
      schema: {
        tags: ['positions'],
        operationId: 'createPosition',
        summary: "Record the caller's reference group's position on a goal for a review cycle",
        params: GoalParamsSchema,
        querystring: NoQuerySchema,
        body: CreatePositionSchema,
        response: { 201: UnionPositionSchema, ...errorResponses(...WRITE_ERRORS) },
      },
    },
    async (request, reply) => reply.status(201).send(await positions.create(callerOf(request), request.params.goalId, request.body)),
  );

  api.get(
    '/positions/:positionId',
    {
      config: { permission: 'comments:read' },
      schema: {
        tags: ['positions'],
        operationId: 'getPosition',
        summary: 'One position with its answer and signatures',
        params: PositionParamsSchema,
        querystring: NoQuerySchema,
        response: { 200: UnionPositionSchema, ...errorResponses(...COMMON_ERRORS, 404) },
      },
    },
    async (request) => positions.get(callerOf(request), request.params.positionId),
  );

  api.patch(
    '/positions/:positionId',
    {
      config: { permission: 'positions:write' },
      schema: {
        tags: ['positions'],
        operationId: 'updatePosition',
        summary: 'Edit an unanswered position while the review is open; a changed text resets the confirmations',
        params: PositionParamsSchema,
        querystring: NoQuerySchema,
        body: UpdatePositionSchema,
        response: { 200: UnionPositionSchema, ...errorResponses(...WRITE_ERRORS) },
      },
    },
    async (request) => positions.update(callerOf(request), request.params.positionId, request.body),
  );

  api.post(
    '/positions/:positionId/withdraw',
    {
      config: { permission: 'positions:write' },
      schema: {
        tags: ['positions'],
        operationId: 'withdrawPosition',
        summary: 'Withdraw a position while the review is open',
        params: PositionParamsSchema,
        querystring: NoQuerySchema,
        body: WithdrawPositionSchema,
        response: { 200: UnionPositionSchema, ...errorResponses(...WRITE_ERRORS) },
      },
    },
    async (request) => positions.withdraw(callerOf(request), request.params.positionId, request.body),
  );

  api.post(
    '/positions/:positionId/restate',
    {
      config: { permission: 'positions:write' },
      schema: {
        tags: ['positions'],
        operationId: 'restatePosition',
        summary: 'Restate an answered position: a new position supersedes it (and needs its own answer)',
        params: PositionParamsSchema,
        querystring: NoQuerySchema,
        body: RestatePositionSchema,
        response: { 201: UnionPositionSchema, ...errorResponses(...WRITE_ERRORS) },
      },
    },
    async (request, reply) => reply.status(201).send(await positions.restate(callerOf(request), request.params.positionId, request.body)),
  );

  api.post(
    '/positions/:positionId/confirm',
    {
      config: { permission: 'positions:write' },
      schema: {
        tags: ['positions'],
        operationId: 'confirmPosition',
        summary: 'A listed signatory confirms the position with their own login',
        params: PositionParamsSchema,
        querystring: NoQuerySchema,
        response: { 200: UnionPositionSchema, ...errorResponses(...COMMON_ERRORS, 403, 404, 409) },
      },
    },
    async (request) => positions.confirm(callerOf(request), request.params.positionId),
  );

  api.put(
    '/positions/:positionId/answer',
    {
      config: { permission: 'reviews:manage' },
      schema: {
        tags: ['positions'],
        operationId: 'answerPosition',
        summary: "The steering group's answer to a position (every reservation needs one before the review closes)",
        params: PositionParamsSchema,
        querystring: NoQuerySchema,
        body: AnswerPositionSchema,
        response: { 200: UnionPositionSchema, ...errorResponses(...WRITE_ERRORS) },
      },
    },
    async (request) => positions.answer(callerOf(request), request.params.positionId, request.body),
  );
}
