import type {
  CreateApiToken,
  CreateRoleGrant,
  CreateUser,
  GoalSeriesQuery,
  IndicatorValuesQuery,
  Login,
  UpdateUser,
  UserQuery,
} from '@planpuls/contracts';
import { call, createApiClient, type SessionHooks } from './http';

export { ApiRequestError, errorCodeOf } from './http';

const hooks: SessionHooks = {};
/** What to do when the session has ended (any 401 of a read outside the auth routes): main.ts sends the user to the login view. */
export function setUnauthenticatedHandler(handler: () => void): void {
  hooks.onUnauthenticated = handler;
}

/**
 * What to do when a write answers 401 (the session ended while the user was typing): main.ts opens the
 * log-in-again dialog; the write is kept and sent again afterwards, so nothing typed is lost.
 */
export function setReauthHandler(ask: () => Promise<boolean>, retried?: () => void): void {
  hooks.askToLogInAgain = ask;
  hooks.onRetried = retried;
}

const typed = createApiClient({ hooks: () => hooks });
/** The one client of the API: paths, parameters and answers typed from the served OpenAPI document (schema.d.ts). */
export const http = typed.client;
/** A write sent with XMLHttpRequest (an upload, which reports its progress) under the session's rules, as the client's are. */
export const keepWrite = typed.keepWrite;
/** Forgets the figure answers kept for conditional reads (see revalidationMiddleware in http.ts). */
export const forgetKeptAnswers = typed.forgetAnswers;

const items = <T>(list: { items: T[] }) => list.items;
const path = <P extends Record<string, string>>(params: P) => ({ params: { path: params } });

/** A new API token with its secret, which the API answers only this once. */
export type CreatedApiToken = Awaited<ReturnType<typeof api.createApiToken>>;

export const api = {
  login: (credentials: Login) => call(http.POST('/api/v1/auth/login', { body: credentials })),
  logout: () =>
    call(http.POST('/api/v1/auth/logout')).finally(() => {
      typed.forgetToken();
      typed.forgetAnswers();
    }),
  me: () => call(http.GET('/api/v1/auth/me')),
  sso: () => call(http.GET('/api/v1/auth/sso')),
  /** Where single sign-on starts; the browser goes there (the provider's pages are not ours). */
  ssoLoginUrl: (redirect: string) => `/api/v1/auth/oidc/login?${new URLSearchParams({ redirect })}`,
  // Administration (admin role): users, role grants, API tokens.
  users: (query: UserQuery = {}) => call(http.GET('/api/v1/users', { params: { query } })).then(items),
  user: (userId: string) => call(http.GET('/api/v1/users/{userId}', path({ userId }))),
  createUser: (body: CreateUser) => call(http.POST('/api/v1/users', { body })),
  updateUser: (userId: string, body: UpdateUser) => call(http.PATCH('/api/v1/users/{userId}', { ...path({ userId }), body })),
  setPassword: (userId: string, password: string) =>
    call(http.POST('/api/v1/users/{userId}/password', { ...path({ userId }), body: { password } })),
  grantRole: (userId: string, body: CreateRoleGrant) => call(http.POST('/api/v1/users/{userId}/roles', { ...path({ userId }), body })),
  revokeRole: (roleId: string) => call(http.DELETE('/api/v1/roles/{roleId}', path({ roleId }))),
  apiTokens: () => call(http.GET('/api/v1/api-tokens')).then(items),
  createApiToken: (body: CreateApiToken) => call(http.POST('/api/v1/api-tokens', { body })),
  revokeApiToken: (tokenId: string) => call(http.DELETE('/api/v1/api-tokens/{tokenId}', path({ tokenId }))),
  health: () => call(http.GET('/api/v1/health')),
  units: () => call(http.GET('/api/v1/units')).then(items),
  professionalGroups: () => call(http.GET('/api/v1/professional-groups')).then(items),
  indicators: () => call(http.GET('/api/v1/indicators')).then(items),
  dataElements: () => call(http.GET('/api/v1/data-elements')).then(items),
  plans: () => call(http.GET('/api/v1/plans')).then(items),
  /** A plan by its UUID, or by its code for the latest version. */
  plan: (planIdOrCode: string) => call(http.GET('/api/v1/plans/{planId}', path({ planId: planIdOrCode }))),
  progress: (planId: string, period: string) =>
    call(http.GET('/api/v1/plans/{planId}/progress', { params: { path: { planId }, query: { period } } })),
  indicatorValues: (indicatorCode: string, query: IndicatorValuesQuery) =>
    call(http.GET('/api/v1/indicators/{indicatorCode}/values', { params: { path: { indicatorCode }, query } })),
  /** A goal's figures over time per target, for the city and the asked units, in one request. */
  goalSeries: (planId: string, goalId: string, query: GoalSeriesQuery) =>
    call(http.GET('/api/v1/plans/{planId}/goals/{goalId}/series', { params: { path: { planId, goalId }, query } })),
};
