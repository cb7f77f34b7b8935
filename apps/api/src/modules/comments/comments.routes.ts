import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  CommentParamsSchema,
  CommentQuerySchema,
  CommentRevisionListSchema,
  CommentThreadListSchema,
  CommentThreadSchema,
  CreateCommentSchema,
  MentionableListSchema,
  MentionableQuerySchema,
  NoQuerySchema,
  UpdateCommentSchema,
} from '@planpuls/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { COMMON_ERRORS, errorResponses } from '../../errors';
import { type Caller } from './comments.service';

/** The access hook has made sure somebody is logged in before a handler runs. */
function callerOf(request: FastifyRequest): Caller {
  const principal = request.principal!;
  return {
    kind: principal.kind,
    municipalityId: request.municipalityId,
    userId: principal.kind === 'user' ? principal.userId : null,
    grants: principal.grants,
  };
}

/** Comment threads. There is deliberately no DELETE: comments are official documents. */
export async function commentsRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const comments = app.services.comments;

  api.get(
    '/comments',
    {
      config: { permission: 'comments:read' },
      schema: {
        tags: ['comments'],
        operationId: 'listComments',
        summary: 'Comment threads on one goal, target, activity (ids) or figure (indicator, unit, group, period codes), with replies',
        querystring: CommentQuerySchema,
        response: { 200: CommentThreadListSchema, ...errorResponses(...COMMON_ERRORS, 404) },
      },
    },
    async (request) => comments.list(callerOf(request), request.query),
  );

  api.post(
    '/comments',
    {
      config: { permission: 'comments:write' },
      schema: {
        tags: ['comments'],
        operationId: 'createComment',
        summary: 'Open a thread on a subject, or reply with threadId; mention users by id or @email; answers the thread',
        querystring: NoQuerySchema,
        body: CreateCommentSchema,
        response: { 201: CommentThreadSchema, ...errorResponses(...COMMON_ERRORS, 403, 404, 413, 415) },
      },
    },
    async (request, reply) => reply.status(201).send(await comments.create(callerOf(request), request.body)),
  );

  api.patch(
    '/comments/:commentId',
    {
      config: { permission: 'comments:write' },
      schema: {
        tags: ['comments'],
        operationId: 'updateComment',
        summary: 'Change one’s own comment within the edit window (409 after); the earlier text is kept as a revision',
        params: CommentParamsSchema,
        querystring: NoQuerySchema,
        body: UpdateCommentSchema,
        response: { 200: CommentThreadSchema, ...errorResponses(...COMMON_ERRORS, 403, 404, 409, 413, 415) },
      },
    },
    async (request) => comments.update(callerOf(request), request.params.commentId, request.body),
  );

  api.get(
    '/comments/mentionable',
    {
      config: { permission: 'comments:write' },
      schema: {
        tags: ['comments'],
        operationId: 'listMentionableUsers',
        summary: 'People of one’s municipality to mention, by part of their name or email (at most 20)',
        querystring: MentionableQuerySchema,
        response: { 200: MentionableListSchema, ...errorResponses(...COMMON_ERRORS) },
      },
    },
    async (request) => comments.mentionable(callerOf(request), request.query.q),
  );

  api.get(
    '/comments/:commentId/revisions',
    {
      config: { permission: 'comments:read' },
      schema: {
        tags: ['comments'],
        operationId: 'listCommentRevisions',
        summary: 'The earlier texts of an edited comment, oldest first',
        params: CommentParamsSchema,
        querystring: NoQuerySchema,
        response: { 200: CommentRevisionListSchema, ...errorResponses(...COMMON_ERRORS, 404) },
      },
    },
    async (request) => comments.revisions(callerOf(request), request.params.commentId),
  );

  for (const [action, operationId, summary] of [
    ['resolve', 'resolveCommentThread', 'Mark the thread of a comment resolved (its author, the steering group or an administrator)'],
    ['reopen', 'reopenCommentThread', 'Reopen the resolved thread of a comment (its author, the steering group or an administrator)'],
  ] as const) {
    api.post(
      `/comments/:commentId/${action}`,
      {
        config: { permission: 'comments:write' },
        schema: {
          tags: ['comments'],
          operationId,
          summary,
          params: CommentParamsSchema,
          querystring: NoQuerySchema,
          response: { 200: CommentThreadSchema, ...errorResponses(...COMMON_ERRORS, 403, 404) },
        },
      },
      async (request) => comments[action](callerOf(request), request.params.commentId),
    );
  }
}
