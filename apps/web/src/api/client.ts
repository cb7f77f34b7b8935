import type {
  DataElement,
  ErrorBody,
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
  Unit,
} from '@planpuls/contracts';

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

interface RequestInit {
  method?: 'GET' | 'POST';
  body?: unknown;
  /** Writes made with the session cookie carry the session's CSRF token (the API refuses them otherwise). */
  csrf?: boolean;
}

let csrfToken: Promise<string> | null = null;
const freshCsrfToken = () => request<{ token: string }>('/api/v1/auth/csrf').then((answer) => answer.token);

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
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
    if (response.status === 401 && !path.startsWith('/api/v1/auth/')) onUnauthenticated?.();
    throw new ApiRequestError(response.status, error?.code ?? 'server.internal_error', error?.message ?? response.statusText);
  }
  return body as T;
}

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
const items = <T>(path: string) => getJson<Items<T>>(path).then((list) => list.items);

/** Typed calls; the types come from the contracts package the server validates with. */
export const api = {
  login: (credentials: Login) => {
    csrfToken = null; // a new session gets a new token
    return request<Me>('/api/v1/auth/login', { method: 'POST', body: credentials });
  },
  logout: () => request<void>('/api/v1/auth/logout', { method: 'POST', csrf: true }).finally(() => (csrfToken = null)),
  me: () => request<Me>('/api/v1/auth/me'),
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
};
