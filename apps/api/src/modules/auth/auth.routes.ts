import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { ChangePasswordSchema, LoginSchema, MeSchema } from '@planpuls/contracts';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { COMMON_ERRORS, errorResponses } from '../../errors';
import { loginRateLimit } from '../../plugins/security';
import { authErrors } from './auth.errors';
import type { AuthService } from './auth.service';
import type { PostgresSessionStore } from './session-store';

const NoContent = Type.Null({ description: 'No content' });

export async function authRoutes(
  app: FastifyInstance,
  { auth, store, loginsPerMinute }: { auth: AuthService; store: PostgresSessionStore; loginsPerMinute: number },
): Promise<void> {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.post(
    '/auth/login',
    {
      config: loginRateLimit(loginsPerMinute),
      schema: {
        tags: ['auth'],
        operationId: 'login',
        summary: 'Log in with email and password; sets the session cookie',
        body: LoginSchema,
        response: { 200: MeSchema, ...errorResponses(...COMMON_ERRORS, 401, 415, 429) },
      },
    },
    async (request) => {
      const { userId, municipalityId } = await auth.authenticate({ ...request.body, requestId: String(request.id) });
      // A new session id at login: an id planted before login is worth nothing afterwards.
      await request.session.regenerate();
      request.session.userId = userId;
      request.session.municipalityId = municipalityId;
      const principal = await auth.principal(userId);
      return principal!.me;
    },
  );

  api.post(
    '/auth/logout',
    {
      schema: { tags: ['auth'], operationId: 'logout', summary: 'End the session', response: { 204: NoContent, ...errorResponses(...COMMON_ERRORS) } },
    },
    async (request, reply) => {
      if (request.session.userId) await request.session.destroy();
      return reply.status(204).send(null);
    },
  );

  api.get(
    '/auth/me',
    {
      schema: { tags: ['auth'], operationId: 'getMe', summary: 'Who I am, my roles and units', response: { 200: MeSchema, ...errorResponses(...COMMON_ERRORS, 401) } },
    },
    async (request) => {
      if (request.principal?.kind !== 'user') throw authErrors.notLoggedIn();
      return request.principal.me;
    },
  );

  api.get(
    '/auth/csrf',
    {
      schema: {
        tags: ['auth'],
        operationId: 'getCsrfToken',
        summary: 'A CSRF token: send it as X-CSRF-Token with every write made with the session cookie',
        response: { 200: Type.Object({ token: Type.String() }, { additionalProperties: false }), ...errorResponses(...COMMON_ERRORS, 401) },
      },
    },
    async (request, reply) => {
      if (request.principal?.kind !== 'user') throw authErrors.notLoggedIn();
      return { token: reply.generateCsrf() };
    },
  );

  api.post(
    '/auth/password',
    {
      schema: {
        tags: ['auth'],
        operationId: 'changePassword',
        summary: 'Change my password; my other sessions end',
        body: ChangePasswordSchema,
        response: { 204: NoContent, ...errorResponses(...COMMON_ERRORS, 401, 415) },
      },
    },
    async (request, reply) => {
      if (request.principal?.kind !== 'user') throw authErrors.notLoggedIn();
      await auth.changePassword(request.principal.userId, request.body.currentPassword, request.body.newPassword);
      await store.revokeUser(request.principal.userId, request.session.sessionId);
      return reply.status(204).send(null);
    },
  );
}
