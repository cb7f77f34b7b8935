import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  CreateRoleGrantSchema,
  CreateUserSchema,
  ListOf,
  NoQuerySchema,
  RoleGrantParamsSchema,
  RoleGrantSchema,
  SetPasswordSchema,
  UpdateUserSchema,
  UserParamsSchema,
  UserQuerySchema,
  UserSchema,
} from '@planpuls/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { COMMON_ERRORS, errorResponses } from '../../errors';

const NoContent = Type.Null({ description: 'No content' });
const READ_ERRORS = [...COMMON_ERRORS, 401, 403] as const;
const WRITE_ERRORS = [...READ_ERRORS, 413, 415] as const;

/** The administrator acting (null for a caller that is not a person, which users:manage never lets through). */
const actorOf = (request: FastifyRequest) => (request.principal?.kind === 'user' ? request.principal.userId : null);

/**
 * Administration of people: accounts, passwords, roles and deputies. Administrators only: the answers carry
 * union membership, which is sensitive personal data (GDPR art. 9).
 */
export async function usersRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const users = app.services.users;

  api.get(
    '/users',
    {
      config: { permission: 'users:manage' },
      schema: {
        tags: ['users'],
        operationId: 'listUsers',
        summary: 'Users of the municipality in Swedish name order, with their roles; filter by current role, unit or disabled',
        querystring: UserQuerySchema,
        response: { 200: ListOf(UserSchema), ...errorResponses(...READ_ERRORS, 404) },
      },
    },
    async (request) => ({ items: await users.list(request.municipalityId, request.query) }),
  );

  api.get(
    '/users/:userId',
    {
      config: { permission: 'users:manage' },
      schema: {
        tags: ['users'],
        operationId: 'getUser',
        summary: 'One user with every role grant, expired ones included',
        params: UserParamsSchema,
        querystring: NoQuerySchema,
        response: { 200: UserSchema, ...errorResponses(...READ_ERRORS, 404) },
      },
    },
    async (request) => users.get(request.municipalityId, request.params.userId),
  );

  api.post(
    '/users',
    {
      config: { permission: 'users:manage' },
      schema: {
        tags: ['users'],
        operationId: 'createUser',
        summary: 'Add a user; without a password they log in with single sign-on (or once an administrator sets one)',
        querystring: NoQuerySchema,
        body: CreateUserSchema,
        response: { 201: UserSchema, ...errorResponses(...WRITE_ERRORS, 404, 409) },
      },
    },
    async (request, reply) => reply.status(201).send(await users.create(request.municipalityId, request.body)),
  );

  api.patch(
    '/users/:userId',
    {
      config: { permission: 'users:manage' },
      schema: {
        tags: ['users'],
        operationId: 'updateUser',
        summary: 'Change a user; only the fields sent change. Disabling ends every session of the user at once',
        params: UserParamsSchema,
        querystring: NoQuerySchema,
        body: UpdateUserSchema,
        response: { 200: UserSchema, ...errorResponses(...WRITE_ERRORS, 404, 409) },
      },
    },
    async (request) => users.update(request.municipalityId, actorOf(request), request.params.userId, request.body),
  );

  api.post(
    '/users/:userId/password',
    {
      config: { permission: 'users:manage' },
      schema: {
        tags: ['users'],
        operationId: 'setUserPassword',
        summary: "Set a user's password; the user's sessions end",
        params: UserParamsSchema,
        querystring: NoQuerySchema,
        body: SetPasswordSchema,
        response: { 204: NoContent, ...errorResponses(...WRITE_ERRORS, 404) },
      },
    },
    async (request, reply) => {
      const own = request.params.userId === actorOf(request);
      await users.setPassword(
        request.municipalityId,
        request.params.userId,
        request.body.password,
        own ? request.session.sessionId : undefined,
      );
      return reply.status(204).send(null);
    },
  );

  api.get(
    '/users/:userId/roles',
    {
      config: { permission: 'users:manage' },
      schema: {
        tags: ['users'],
        operationId: 'listUserRoles',
        summary: "A user's role grants, expired ones included (active: false)",
        params: UserParamsSchema,
        querystring: NoQuerySchema,
        response: { 200: ListOf(RoleGrantSchema), ...errorResponses(...READ_ERRORS, 404) },
      },
    },
    async (request) => ({ items: await users.listGrants(request.municipalityId, request.params.userId) }),
  );

  api.post(
    '/users/:userId/roles',
    {
      config: { permission: 'users:manage' },
      schema: {
        tags: ['users'],
        operationId: 'grantUserRole',
        summary: 'Grant a role, limited to units for HR and a local union reference group, possibly until a time (a deputy)',
        params: UserParamsSchema,
        querystring: NoQuerySchema,
        body: CreateRoleGrantSchema,
        response: { 201: RoleGrantSchema, ...errorResponses(...WRITE_ERRORS, 404, 409) },
      },
    },
    async (request, reply) => reply.status(201).send(await users.grant(request.municipalityId, request.params.userId, request.body)),
  );

  api.delete(
    '/roles/:roleId',
    {
      config: { permission: 'users:manage' },
      schema: {
        tags: ['users'],
        operationId: 'revokeUserRole',
        summary: 'Remove a role grant; it stops counting at the next request of its holder',
        params: RoleGrantParamsSchema,
        querystring: NoQuerySchema,
        response: { 204: NoContent, ...errorResponses(...READ_ERRORS, 404, 409) },
      },
    },
    async (request, reply) => {
      await users.revoke(request.municipalityId, actorOf(request), request.params.roleId);
      return reply.status(204).send(null);
    },
  );
}
