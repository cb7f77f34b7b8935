import type { ErrorBody } from '@planpuls/contracts';
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { createReauthGate } from './reauth';
import type { paths } from './schema';

/** An API error with its stable code; views turn the code into words with useErrorText (locales/error-text.ts). */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const LOGIN = '/api/v1/auth/login';
const CSRF = '/api/v1/auth/csrf';
const isAuthPath = (request: Request) => new URL(request.url).pathname.startsWith('/api/v1/auth/');
const isWrite = (request: Request) => request.method !== 'GET' && request.method !== 'HEAD';

export interface SessionHooks {
  /** A read answered 401 outside the auth routes: the session has ended (main.ts sends the user to log in). */
  onUnauthenticated?: () => void;
  /** A write answered 401: ask to log in again where the user is; true once logged in. */
  askToLogInAgain?: () => Promise<boolean>;
  /** A kept write went through after logging in again. */
  onRetried?: () => void;
}

async function errorCodeIn(response: Response): Promise<string | undefined> {
  const body = (await response
    .clone()
    .json()
    .catch(() => undefined)) as ErrorBody | undefined;
  return body?.error?.code;
}

/**
 * The session's rules as middleware of the typed client, so no call has to remember them:
 * - every write made with the session cookie carries the session's CSRF token (the API refuses it otherwise);
 *   a token of an earlier session is replaced once and the write sent again;
 * - a write that meets an ended session is kept, the user asked to log in again (one question for all writes
 *   waiting at the same time), and the same write sent once more, so nothing typed is lost;
 * - a read that meets an ended session tells `onUnauthenticated`.
 */
export function sessionMiddleware(hooks: () => SessionHooks, send: (request: Request) => Promise<Response>) {
  let token: Promise<string | null> | null = null;
  const copies = new WeakMap<Request, Request>();
  // No token when there is no session: the write goes without one, the API answers 401, and re-login follows.
  const freshToken = (origin: string) =>
    send(new Request(new URL(CSRF, origin), { headers: { accept: 'application/json' }, credentials: 'same-origin' }))
      .then(async (response) => (response.ok ? ((await response.json()) as { token: string }).token : null))
      .catch(() => null)
      .then((fresh) => {
        if (fresh === null) token = null;
        return fresh;
      });
  const currentToken = (origin: string) => (token ??= freshToken(origin));
  const withToken = async (request: Request) => {
    const current = await currentToken(request.url);
    if (current) request.headers.set('x-csrf-token', current);
    return request;
  };
  const gate = createReauthGate({ isExpired: () => true, ask: () => hooks().askToLogInAgain?.() ?? Promise.resolve(false) });

  const resend = async (copy: Request) => send(await withToken(copy.clone()));

  const middleware: Middleware = {
    async onRequest({ request }) {
      if (!isWrite(request)) return request;
      if (new URL(request.url).pathname === LOGIN) {
        token = null; // a new session gets a new token
        return request;
      }
      copies.set(request, request.clone());
      return withToken(request);
    },
    async onResponse({ request, response }) {
      if (response.ok) return response;
      const copy = copies.get(request);
      let answer = response;
      if (copy && response.status === 403 && (await errorCodeIn(answer)) === 'auth.csrf_invalid') {
        token = null;
        answer = await resend(copy);
      }
      if (answer.status !== 401 || isAuthPath(request)) return answer;
      if (!copy) {
        hooks().onUnauthenticated?.();
        return answer;
      }
      if ((await errorCodeIn(answer)) === 'auth.invalid_credentials' || !(await gate.ask())) return answer;
      token = null; // logging in again started a new session
      const retried = await resend(copy);
      if (retried.ok) hooks().onRetried?.();
      return retried;
    },
  };
  /**
   * The same rules for a write sent outside the client (an upload with XMLHttpRequest, which reports its
   * progress): `attempt` sends with the token it is given and answers the status and error code.
   */
  async function keepWrite<T extends { status: number; code?: string }>(
    origin: string,
    attempt: (token: string) => Promise<T>,
  ): Promise<T> {
    const send = async () => attempt((await currentToken(origin)) ?? '');
    let answer = await send();
    if (answer.status === 403 && answer.code === 'auth.csrf_invalid') {
      token = null;
      answer = await send();
    }
    if (answer.status !== 401 || answer.code === 'auth.invalid_credentials' || !(await gate.ask())) return answer;
    token = null; // logging in again started a new session
    const retried = await send();
    if (retried.status < 400) hooks().onRetried?.();
    return retried;
  }

  return {
    middleware,
    keepWrite,
    /** Logged out: the next write asks for a new token. */
    forgetToken: () => {
      token = null;
    },
  };
}

/** The figure answers the API serves with an ETag of their bytes (apps/api/src/response-cache.ts). */
const REVALIDATED = /^\/api\/v1\/(plans\/[^/]+\/(progress|goals\/[^/]+\/series)|indicators\/[^/]+\/values)$/;

/**
 * Conditional reads of the figure answers, kept by the client itself: the last answer of each such URL stays in
 * memory with its ETag, the next read of the URL sends If-None-Match, and a 304 is handed on as that kept answer.
 * Reading the figures again then costs the API one small query and the line a few hundred bytes.
 *
 * The browser's HTTP cache could do the same with `Cache-Control: private, no-cache`, but it keeps answers on disk
 * after logging out; the API keeps `no-store` on every answer (finding 15 of the security review) and this memory
 * goes with the page or with `forget`. A kept answer is only ever shown again on the API's word that the answer
 * for this reader now would be the same bytes, whoever was logged in when it was kept.
 */
export function revalidationMiddleware(maxAnswers = 32) {
  const kept = new Map<string, { etag: string; body: string; contentType: string }>();
  const middleware: Middleware = {
    async onRequest({ request }) {
      if (request.method !== 'GET' || !REVALIDATED.test(new URL(request.url).pathname)) return request;
      const answer = kept.get(request.url);
      if (answer && !request.headers.has('if-none-match')) request.headers.set('if-none-match', answer.etag);
      return request;
    },
    async onResponse({ request, response }) {
      if (request.method !== 'GET' || !REVALIDATED.test(new URL(request.url).pathname)) return response;
      const answer = kept.get(request.url);
      kept.delete(request.url);
      if (response.status === 304 && answer) {
        // Kept again as the most recently used, so the oldest goes first.
        kept.set(request.url, answer);
        return new Response(answer.body, { status: 200, headers: { 'content-type': answer.contentType, etag: answer.etag } });
      }
      const etag = response.headers.get('etag');
      if (response.status !== 200 || !etag) return response;
      kept.set(request.url, {
        etag,
        body: await response.clone().text(),
        contentType: response.headers.get('content-type') ?? 'application/json',
      });
      while (kept.size > maxAnswers) kept.delete(kept.keys().next().value!);
      return response;
    },
  };
  return { middleware, forget: () => kept.clear() };
}

export type ApiClient = Client<paths>;

/** A typed client of the API (paths and bodies from the generated schema) with the session middleware. */
export function createApiClient(options: { baseUrl?: string; fetch?: (request: Request) => Promise<Response>; hooks: () => SessionHooks }) {
  const send = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const session = sessionMiddleware(options.hooks, send);
  const baseUrl = options.baseUrl ?? globalThis.location?.origin ?? '';
  const client = createClient<paths>({
    baseUrl,
    fetch: send,
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
  });
  const revalidation = revalidationMiddleware();
  // Answers pass the middleware last to first: a 304 becomes the kept answer before the session's rules see it.
  client.use(session.middleware, revalidation.middleware);
  return {
    client,
    forgetToken: session.forgetToken,
    forgetAnswers: revalidation.forget,
    /** A write sent outside the client, under the session's rules (CSRF token, logging in again). */
    keepWrite: <T extends { status: number; code?: string }>(attempt: (token: string) => Promise<T>) =>
      session.keepWrite(baseUrl || 'http://localhost', attempt),
  };
}

type Answer = { data?: unknown; error?: unknown; response: Response };
/** The data of an answer's success branch (openapi-fetch types an answer as success | error). */
type Data<R> = R extends { error?: never; data: infer D } ? D : never;

/**
 * The answer's data, or an ApiRequestError with the answer's code. Anything but an answer (no network) is
 * `network.unreachable`. The one place where an answer's type is taken from the generated schema.
 */
export async function call<R extends Answer>(pending: Promise<R>): Promise<Data<R>> {
  let answer: R;
  try {
    answer = await pending;
  } catch (error) {
    if (error instanceof ApiRequestError) throw error;
    throw new ApiRequestError(0, 'network.unreachable', 'The server could not be reached.');
  }
  if (answer.response.ok) return answer.data as Data<R>;
  const body = answer.error as Partial<ErrorBody> | string | undefined;
  const error = typeof body === 'object' ? body.error : undefined;
  throw new ApiRequestError(answer.response.status, error?.code ?? 'server.internal_error', error?.message ?? answer.response.statusText);
}

/** The code of any failure, for its text: an API error keeps its own, anything else is the client's fault. */
export const errorCodeOf = (error: unknown): string => (error instanceof ApiRequestError ? error.code : 'client.unexpected');
