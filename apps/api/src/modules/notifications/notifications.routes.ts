import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  NoQuerySchema,
  NotificationPageSchema,
  NotificationParamsSchema,
  NotificationQuerySchema,
  NotificationSchema,
  ReadAllResultSchema,
} from '@planpuls/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { COMMON_ERRORS, errorResponses } from '../../errors';
import { notificationErrors as errors } from './notifications.errors';
import * as repository from './notifications.repository';

/** The caller's own user id: the inbox is a person's, never a token's. */
function ownerOf(request: FastifyRequest): string {
  if (request.principal?.kind !== 'user') throw errors.peopleOnly();
  return request.principal.userId;
}

export async function notificationsRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.get(
    '/notifications',
    {
      config: { permission: 'notifications:read' },
      schema: {
        tags: ['notifications'],
        operationId: 'listNotifications',
        summary: 'My inbox: unread first, newest first, with the number unread',
        querystring: NotificationQuerySchema,
        response: { 200: NotificationPageSchema, ...errorResponses(...COMMON_ERRORS, 401, 403) },
      },
    },
    async (request) => ({
      ...(await repository.listInbox(app.db, request.municipalityId, ownerOf(request), request.query)),
      page: request.query.page,
      pageSize: request.query.pageSize,
    }),
  );

  api.post(
    '/notifications/:notificationId/read',
    {
      config: { permission: 'notifications:read' },
      schema: {
        tags: ['notifications'],
        operationId: 'markNotificationRead',
        summary: 'Mark one of my messages read',
        params: NotificationParamsSchema,
        querystring: NoQuerySchema,
        response: { 200: NotificationSchema, ...errorResponses(...COMMON_ERRORS, 401, 403, 404) },
      },
    },
    async (request) => {
      const notification = await repository.markRead(app.db, request.municipalityId, ownerOf(request), request.params.notificationId);
      if (!notification) throw errors.notFound(request.params.notificationId);
      return notification;
    },
  );

  api.post(
    '/notifications/read-all',
    {
      config: { permission: 'notifications:read' },
      schema: {
        tags: ['notifications'],
        operationId: 'markAllNotificationsRead',
        summary: 'Mark all my messages read',
        querystring: NoQuerySchema,
        response: { 200: ReadAllResultSchema, ...errorResponses(...COMMON_ERRORS, 401, 403) },
      },
    },
    async (request) => ({ marked: await repository.markAllRead(app.db, request.municipalityId, ownerOf(request)) }),
  );
}
