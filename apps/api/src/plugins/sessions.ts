import { fastifyCookie } from '@fastify/cookie';
import { fastifySession } from '@fastify/session';
import type { FastifyInstance } from 'fastify';
import type { AuthService } from '../modules/auth/auth.service';
import type { Principal } from '../modules/auth/principal';
import type { PostgresSessionStore } from '../modules/auth/session-store';
import { currentContext } from './request-context';

declare module 'fastify' {
  interface Session {
    userId?: string;
    municipalityId?: string;
  }
  interface FastifyRequest {
    /** The logged-in user (roles held right now) or the calling system's token; null for anonymous requests. */
    principal: Principal | null;
  }
}

export const SESSION_COOKIE = 'planpuls_session';

export interface SessionOptions {
  secret: string;
  absoluteHours: number;
  auth: AuthService;
  store: PostgresSessionStore;
}

/**
 * Cookie sessions for people (HttpOnly, SameSite=Lax, Secure over HTTPS), kept in PostgreSQL. Every request
 * re-reads the user: a disabled user, or a role that has ended, stops counting at once.
 */
export async function registerSessions(app: FastifyInstance, { secret, absoluteHours, auth, store }: SessionOptions): Promise<void> {
  await app.register(fastifyCookie);
  await app.register(fastifySession, {
    secret,
    cookieName: SESSION_COOKIE,
    store,
    saveUninitialized: false,
    rolling: false,
    cookie: { path: '/', httpOnly: true, sameSite: 'lax', secure: 'auto', maxAge: absoluteHours * 3_600_000 },
  });
  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (request) => {
    const userId = request.session.userId;
    if (!userId) return;
    const principal = await auth.principal(userId);
    if (!principal) {
      await request.session.destroy();
      return;
    }
    request.principal = principal;
    const context = currentContext();
    if (context) context.actor = { type: 'user', userId: principal.userId };
    await store.touch(request.session.sessionId);
  });
}
