import { describe, expect, it, vi } from 'vitest';
import { ApiRequestError, call, createApiClient, type SessionHooks } from './http';

/**
 * A stand-in for the API's session rules, enough to drive the client's middleware: a session has a CSRF
 * token, a write without the session's token is refused (403 auth.csrf_invalid), an ended session answers
 * 401, and logging in starts a new session with a new token.
 */
function fakeApi() {
  const state = { session: 1, loggedIn: true, writes: [] as Array<{ path: string; token: string | null; body: string }> };
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const refuse = (status: number, code: string) => json(status, { error: { code, message: code }, requestId: 'r' });
  const fetch = vi.fn(async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (path === '/api/v1/auth/csrf')
      return state.loggedIn ? json(200, { token: `token-${state.session}` }) : refuse(401, 'auth.not_logged_in');
    if (path === '/api/v1/auth/login') {
      const { password } = (await request.json()) as { password: string };
      if (password !== 'right') return refuse(401, 'auth.invalid_credentials');
      state.session += 1;
      state.loggedIn = true;
      return json(200, { user: { id: 'u' }, roles: [] });
    }
    if (!state.loggedIn) return refuse(401, 'auth.not_logged_in');
    if (request.method === 'GET') return json(200, { items: [] });
    const token = request.headers.get('x-csrf-token');
    if (token !== `token-${state.session}`) return refuse(403, 'auth.csrf_invalid');
    const body = await request.text();
    state.writes.push({ path, token, body });
    return json(200, { saved: JSON.parse(body) as unknown });
  });
  return { state, fetch };
}

function clientOf(api: ReturnType<typeof fakeApi>, hooks: SessionHooks = {}) {
  return createApiClient({ baseUrl: 'http://planpuls.test', fetch: api.fetch, hooks: () => hooks });
}

const comment = { subject: { goal: 'g' }, body: 'Det jag skrev' };

describe('the typed client carries the session rules as middleware', () => {
  it("sends the session's CSRF token with a write, asked for once, and none with a read", async () => {
    const api = fakeApi();
    const { client } = clientOf(api);
    await call(client.GET('/api/v1/units'));
    await call(client.POST('/api/v1/comments', { body: comment as never }));
    await call(client.POST('/api/v1/comments', { body: comment as never }));
    const asked = api.fetch.mock.calls.map(
      ([request]) => `${request.method} ${new URL(request.url).pathname} ${request.headers.get('x-csrf-token')}`,
    );
    expect(asked).toEqual([
      'GET /api/v1/units null',
      'GET /api/v1/auth/csrf null',
      'POST /api/v1/comments token-1',
      'POST /api/v1/comments token-1',
    ]);
  });

  it('replaces a token of an earlier session once and sends the same write again', async () => {
    const api = fakeApi();
    const { client } = clientOf(api);
    await call(client.POST('/api/v1/comments', { body: comment as never }));
    api.state.session += 1; // the session was renewed elsewhere: the kept token is stale
    await expect(call(client.POST('/api/v1/comments', { body: comment as never }))).resolves.toEqual({ saved: comment });
    expect(api.state.writes.map((write) => write.token)).toEqual(['token-1', 'token-2']);
  });

  it('keeps a write that meets an ended session, asks once to log in again, and sends what was typed', async () => {
    const api = fakeApi();
    const onRetried = vi.fn();
    const { client } = clientOf(api, {
      askToLogInAgain: vi.fn(async () => {
        await call(client.POST('/api/v1/auth/login', { body: { email: 'hr@planpuls.test', password: 'right' } }));
        return true;
      }),
      onRetried,
    });
    await call(client.GET('/api/v1/units'));
    api.state.loggedIn = false;
    const both = Promise.all([
      call(client.POST('/api/v1/comments', { body: comment as never })),
      call(client.POST('/api/v1/comments', { body: { ...comment, body: 'Och det här' } as never })),
    ]);
    await expect(both).resolves.toEqual([{ saved: comment }, { saved: { ...comment, body: 'Och det här' } }]);
    expect(api.state.writes.map((write) => [write.token, JSON.parse(write.body).body])).toEqual([
      ['token-2', 'Det jag skrev'],
      ['token-2', 'Och det här'],
    ]);
    expect(onRetried).toHaveBeenCalledTimes(2);
  });

  it('holds a write sent outside the client (an upload with XMLHttpRequest) to the same rules: a stale token is replaced, an ended session asks to log in and sends again', async () => {
    const api = fakeApi();
    const onRetried = vi.fn();
    const { client, keepWrite } = clientOf(api, {
      askToLogInAgain: async () => {
        await call(client.POST('/api/v1/auth/login', { body: { email: 'hr@planpuls.test', password: 'right' } }));
        return true;
      },
      onRetried,
    });
    // The upload, as XMLHttpRequest sends it: the token in a header, the answer's status and code read back.
    const upload = (token: string) =>
      api
        .fetch(
          new Request('http://planpuls.test/api/v1/imports', {
            method: 'POST',
            headers: { 'x-csrf-token': token },
            body: JSON.stringify({ file: 'värden.csv' }),
          }),
        )
        .then(async (response) => ({
          status: response.status,
          code: response.ok ? undefined : ((await response.json()) as { error: { code: string } }).error.code,
        }));
    await expect(keepWrite(upload)).resolves.toEqual({ status: 200, code: undefined });
    api.state.session += 1; // renewed elsewhere: the kept token is stale
    await expect(keepWrite(upload)).resolves.toEqual({ status: 200, code: undefined });
    api.state.loggedIn = false; // ended: log in again, and the same file goes once more
    await expect(keepWrite(upload)).resolves.toEqual({ status: 200, code: undefined });
    expect(api.state.writes.map((write) => write.token)).toEqual(['token-1', 'token-2', 'token-3']);
    expect(onRetried).toHaveBeenCalledTimes(1);
  });

  it('gives the 401 back when the user does not log in again, without sending again', async () => {
    const api = fakeApi();
    const { client } = clientOf(api, { askToLogInAgain: () => Promise.resolve(false) });
    await call(client.POST('/api/v1/comments', { body: comment as never }));
    api.state.loggedIn = false;
    await expect(call(client.POST('/api/v1/comments', { body: comment as never }))).rejects.toMatchObject({
      status: 401,
      code: 'auth.not_logged_in',
    });
    expect(api.state.writes).toHaveLength(1);
  });

  it('a read that meets an ended session tells the app; a wrong password asks nobody', async () => {
    const api = fakeApi();
    const hooks = { onUnauthenticated: vi.fn(), askToLogInAgain: vi.fn(() => Promise.resolve(true)) };
    const { client } = clientOf(api, hooks);
    api.state.loggedIn = false;
    await expect(call(client.GET('/api/v1/units'))).rejects.toMatchObject({ status: 401 });
    expect(hooks.onUnauthenticated).toHaveBeenCalledTimes(1);
    await expect(call(client.POST('/api/v1/auth/login', { body: { email: 'hr@planpuls.test', password: 'wrong' } }))).rejects.toMatchObject(
      {
        code: 'auth.invalid_credentials',
      },
    );
    expect(hooks.askToLogInAgain).not.toHaveBeenCalled();
    expect(hooks.onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('a server out of reach is network.unreachable', async () => {
    const { client } = createApiClient({
      baseUrl: 'http://planpuls.test',
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
      hooks: () => ({}),
    });
    const failure = await call(client.GET('/api/v1/units')).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiRequestError);
    expect(failure).toMatchObject({ status: 0, code: 'network.unreachable' });
  });
});

/** A stand-in for the figure routes: an ETag of the answer's bytes, 304 when If-None-Match names it. */
function figuresApi() {
  const state = { value: 1 };
  const fetch = vi.fn(async (request: Request) => {
    const body = JSON.stringify({ path: new URL(request.url).pathname, value: state.value });
    const etag = `"${body.length}-${state.value}"`;
    if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers: { etag } });
    return new Response(body, { status: 200, headers: { 'content-type': 'application/json', etag } });
  });
  return { state, fetch };
}

describe('figure answers are read conditionally', () => {
  const progress = (client: ReturnType<typeof createApiClient>['client'], period = '2025-T2') =>
    call(client.GET('/api/v1/plans/{planId}/progress', { params: { path: { planId: 'HP-2024' }, query: { period } } }));
  const sent = (api: ReturnType<typeof figuresApi>) => api.fetch.mock.calls.map(([request]) => request.headers.get('if-none-match'));

  it('sends If-None-Match with the kept ETag and hands a 304 on as the kept answer', async () => {
    const api = figuresApi();
    const { client } = createApiClient({ baseUrl: 'http://planpuls.test', fetch: api.fetch, hooks: () => ({}) });
    const first = await progress(client);
    const again = await progress(client);
    expect(again).toEqual(first);
    expect(await api.fetch.mock.results[1]!.value).toMatchObject({ status: 304 });
    expect(sent(api)).toEqual([null, (await api.fetch.mock.results[0]!.value).headers.get('etag')]);

    // A changed answer replaces the kept one.
    api.state.value = 2;
    expect(await progress(client)).toMatchObject({ value: 2 });
    expect(await progress(client)).toMatchObject({ value: 2 });
    expect(await api.fetch.mock.results[3]!.value).toMatchObject({ status: 304 });
  });

  it('keeps answers per URL, only of the figure routes, and forgets them all at once', async () => {
    const api = figuresApi();
    const { client, forgetAnswers } = createApiClient({ baseUrl: 'http://planpuls.test', fetch: api.fetch, hooks: () => ({}) });
    await progress(client, '2025-T2');
    await progress(client, '2025-T3');
    await call(client.GET('/api/v1/units'));
    await call(client.GET('/api/v1/units'));
    expect(sent(api)).toEqual([null, null, null, null]);
    forgetAnswers();
    await progress(client, '2025-T2');
    expect(sent(api)[4]).toBeNull();
  });
});
