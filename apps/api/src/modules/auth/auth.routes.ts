import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { ChangePasswordSchema, LoginSchema, MeSchema } from '@planpuls/contracts';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { ApiError, COMMON_ERRORS, errorResponses } from '../../errors';
import { clientOf, loginRateLimit } from '../../plugins/security';
import { authErrors } from './auth.errors';
import type { AuthService } from './auth.service';
import { FailureThrottle } from './failure-throttle';
import type { PostgresSessionStore } from './session-store';

const NoContent = Type.Null({ description: 'No content' });

export async function authRoutes(
  app: FastifyInstance,
  { auth, store, loginsPerMinute }: { auth: AuthService; store: PostgresSessionStore; loginsPerMinute: number },
): Promise<void> {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  // Wrong current passwords count like logins: per user (a stolen session guessing) and per address.
  const wrongCurrentPasswords = new FailureThrottle(loginsPerMinute);

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
      schema: {
        tags: ['auth'],
        operationId: 'logout',
        summary: 'End the session',
        response: { 204: NoContent, ...errorResponses(...COMMON_ERRORS) },
      },
    },
    async (request, reply) => {
      if (request.session.userId) await request.session.destroy();
      return reply.status(204).send(null);
    },
  );

  api.get(
    '/auth/me',
    {
      schema: {
        tags: ['auth'],
        operationId: 'getMe',
        summary: 'Who I am, my roles and units',
        response: { 200: MeSchema, ...errorResponses(...COMMON_ERRORS, 401) },
      },
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
        description:
          'The new password has at least 12 characters, is not a common password or a simple pattern (auth.password_too_common) and is not made of my name or email address (auth.password_too_personal). Wrong current passwords are limited like logins: beyond them 429 with Retry-After.',
        body: ChangePasswordSchema,
        response: { 204: NoContent, ...errorResponses(...COMMON_ERRORS, 401, 415, 429) },
      },
    },
    async (request, reply) => {
      if (request.principal?.kind !== 'user') throw authErrors.notLoggedIn();
      const keys = [`user:${request.principal.userId}`, `ip:${clientOf(request.ip)}`];
      const wait = wrongCurrentPasswords.retryAfterSeconds(keys);
      if (wait > 0) {
        reply.header('retry-after', String(wait));
        throw authErrors.tooManyAttempts(wait);
      }
      try {
        await auth.changePassword(request.principal.userId, request.body.currentPassword, request.body.newPassword);
      } catch (error) {
        if (error instanceof ApiError && error.code === 'auth.wrong_current_password') wrongCurrentPasswords.record(keys);
        throw error;
      }
      await store.revokeUser(request.principal.userId, request.session.sessionId);
      return reply.status(204).send(null);
    },
  );
}
