import type {
  ApiToken,
  CreateApiToken,
  CreateRoleGrant,
  CreateUser,
  DataElement,
  ErrorBody,
  GoalSeries,
  GoalSeriesQuery,
  Health,
  Indicator,
  IndicatorValues,
  IndicatorValuesQuery,
  Login,
  Me,
  Plan,
  PlanProgress,
  PlanSummary,
  ProfessionalGroup,
  RoleGrant,
  Unit,
  UpdateUser,
  User,
  UserQuery,
} from '@planpuls/contracts';
import { createReauthGate } from './reauth';

/** An API error with its stable code; views translate the code (`errors.<code>`, see composables/use-error-text). */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The code of any failure, for `errors.<code>`: an API error keeps its own, anything else is the client's fault. */
export const errorCodeOf = (error: unknown): string => (error instanceof ApiRequestError ? error.code : 'client.unexpected');

// Identical GETs in flight at the same time share one request (several views ask for the same plan at once).
const inFlight = new Map<string, Promise<unknown>>();

let onUnauthenticated: (() => void) | null = null;
/** What to do when the session has ended (any 401 outside the auth routes): main.ts sends the user to the login view. */
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

let askToLogInAgain: (() => Promise<boolean>) | null = null;
let onRetried: (() => void) | null = null;
/**
 * What to do when a write answers 401 (the session ended while the user was typing): main.ts opens the
 * log-in-again dialog; the write is kept and sent again afterwards, so nothing typed is lost.
 */
export function setReauthHandler(ask: () => Promise<boolean>, retried?: () => void): void {
  askToLogInAgain = ask;
  onRetried = retried ?? null;
}

const reauth = createReauthGate({
  isExpired: (error) => error instanceof ApiRequestError && error.status === 401 && error.code !== 'auth.invalid_credentials',
  ask: () => (askToLogInAgain ? askToLogInAgain() : Promise.resolve(false)),
  onRetried: () => onRetried?.(),
});

interface RequestInit {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** Extra headers, e.g. If-Match for a versioned write. */
  headers?: Record<string, string>;
  /** Writes made with the session cookie carry the session's CSRF token (the API refuses them otherwise). */
  csrf?: boolean;
}

let csrfToken: Promise<string> | null = null;
const freshCsrfToken = () => request<{ token: string }>('/api/v1/auth/csrf').then((answer) => answer.token);

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  // A write with the session cookie that meets an ended session is kept and sent again after logging in.
  if (init.csrf && !path.startsWith('/api/v1/auth/')) return reauth.run(() => write<T>(path, init));
  return write<T>(path, init);
}

async function write<T>(path: string, init: RequestInit): Promise<T> {
  if (init.csrf) {
    csrfToken ??= freshCsrfToken();
    try {
      return await send<T>(path, init, await csrfToken);
    } catch (error) {
      // A token from an earlier session: fetch a new one once and try again.
      if (!(error instanceof ApiRequestError) || error.code !== 'auth.csrf_invalid') throw error;
      csrfToken = freshCsrfToken();
      return send<T>(path, init, await csrfToken);
    }
  }
  return send<T>(path, init);
}

async function send<T>(path: string, init: RequestInit, csrf?: string): Promise<T> {
  let response: Response;
  try {
    // Same origin: the HttpOnly session cookie goes along; nothing here ever sees it.
    response = await fetch(path, {
      method: init.method ?? 'GET',
      headers: {
        accept: 'application/json',
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(csrf ? { 'x-csrf-token': csrf } : {}),
        ...init.headers,
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiRequestError(0, 'network.unreachable', 'The server could not be reached.');
  }
  const body: unknown = response.status === 204 ? undefined : await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (body as ErrorBody | undefined)?.error;
    // Reads send the user to the login view; writes ask to log in again where they are (see reauth).
    if (response.status === 401 && !init.csrf && !path.startsWith('/api/v1/auth/')) onUnauthenticated?.();
    throw new ApiRequestError(response.status, error?.code ?? 'server.internal_error', error?.message ?? response.statusText);
  }
  return body as T;
}

/** For feature clients beside this one (api/reporting.ts): the same request, CSRF and re-login handling. */
export const apiRequest = request;
/** The session's CSRF token, for an upload sent with XMLHttpRequest (which reports its progress). */
export const currentCsrfToken = (): Promise<string> => (csrfToken ??= freshCsrfToken());

function getJson<T>(path: string): Promise<T> {
  const pending = inFlight.get(path);
  if (pending) return pending as Promise<T>;
  const started = request<T>(path).finally(() => inFlight.delete(path));
  inFlight.set(path, started);
  return started;
}

const withQuery = (path: string, query: Record<string, string | undefined>) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, value);
  const text = params.toString();
  return text ? `${path}?${text}` : path;
};
const segment = encodeURIComponent;

type Items<T> = { items: T[] };
/** A new API token with its secret, which the API answers only this once. */
export type CreatedApiToken = ApiToken & { token: string };
const items = <T>(path: string) => getJson<Items<T>>(path).then((list) => list.items);

/** Typed calls; the types come from the contracts package the server validates with. */
export const api = {
  login: (credentials: Login) => {
    csrfToken = null; // a new session gets a new token
    return request<Me>('/api/v1/auth/login', { method: 'POST', body: credentials });
  },
  logout: () => request<void>('/api/v1/auth/logout', { method: 'POST', csrf: true }).finally(() => (csrfToken = null)),
  me: () => request<Me>('/api/v1/auth/me'),
  sso: () => request<{ enabled: boolean }>('/api/v1/auth/sso'),
  /** Where single sign-on starts; the browser goes there (the provider's pages are not ours). */
  ssoLoginUrl: (redirect: string) => withQuery('/api/v1/auth/oidc/login', { redirect }),
  // Administration (admin role): users, role grants, API tokens. Lists are read fresh every time.
  users: (query: UserQuery = {}) =>
    request<Items<User>>(
      withQuery('/api/v1/users', { role: query.role, unit: query.unit, disabled: query.disabled === undefined ? undefined : String(query.disabled) }),
    ).then((list) => list.items),
  user: (userId: string) => request<User>(`/api/v1/users/${segment(userId)}`),
  createUser: (body: CreateUser) => request<User>('/api/v1/users', { method: 'POST', body, csrf: true }),
  updateUser: (userId: string, body: UpdateUser) => request<User>(`/api/v1/users/${segment(userId)}`, { method: 'PATCH', body, csrf: true }),
  setPassword: (userId: string, password: string) =>
    request<void>(`/api/v1/users/${segment(userId)}/password`, { method: 'POST', body: { password }, csrf: true }),
  grantRole: (userId: string, body: CreateRoleGrant) => request<RoleGrant>(`/api/v1/users/${segment(userId)}/roles`, { method: 'POST', body, csrf: true }),
  revokeRole: (roleId: string) => request<void>(`/api/v1/roles/${segment(roleId)}`, { method: 'DELETE', csrf: true }),
  apiTokens: () => request<Items<ApiToken>>('/api/v1/api-tokens').then((list) => list.items),
  createApiToken: (body: CreateApiToken) => request<CreatedApiToken>('/api/v1/api-tokens', { method: 'POST', body, csrf: true }),
  revokeApiToken: (tokenId: string) => request<void>(`/api/v1/api-tokens/${segment(tokenId)}`, { method: 'DELETE', csrf: true }),
  health: () => getJson<Health>('/api/v1/health'),
  units: () => items<Unit>('/api/v1/units'),
  professionalGroups: () => items<ProfessionalGroup>('/api/v1/professional-groups'),
  indicators: () => items<Indicator>('/api/v1/indicators'),
  dataElements: () => items<DataElement>('/api/v1/data-elements'),
  plans: () => items<PlanSummary>('/api/v1/plans'),
  /** A plan by its UUID, or by its code for the latest version. */
  plan: (planIdOrCode: string) => getJson<Plan>(`/api/v1/plans/${segment(planIdOrCode)}`),
  progress: (planId: string, period: string) => getJson<PlanProgress>(withQuery(`/api/v1/plans/${segment(planId)}/progress`, { period })),
  indicatorValues: (indicatorCode: string, query: IndicatorValuesQuery) =>
    getJson<IndicatorValues>(withQuery(`/api/v1/indicators/${segment(indicatorCode)}/values`, query)),
  /** A goal's figures over time per target, for the city and the asked units, in one request. */
  goalSeries: (planId: string, goalId: string, query: GoalSeriesQuery) =>
    getJson<GoalSeries>(withQuery(`/api/v1/plans/${segment(planId)}/goals/${segment(goalId)}/series`, query)),
};
