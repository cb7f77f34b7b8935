import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendRouteNotFound } from './error-handler';

const API_PATHS = /^\/(api|docs)(\/|$)/;

/** Serves the built single-page app on the API's port; unknown non-API paths get index.html (client routing). */
export async function registerWeb(app: FastifyInstance, distDir: string): Promise<void> {
  const indexFile = join(distDir, 'index.html');
  const built = existsSync(indexFile);
  if (built) await app.register(fastifyStatic, { root: distDir, wildcard: false, index: false });
  const indexHtml = built ? readFileSync(indexFile, 'utf8') : undefined;

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (request.method !== 'GET' || API_PATHS.test(path)) return sendRouteNotFound(request, reply);
    if (indexHtml) return reply.type('text/html; charset=utf-8').send(indexHtml);
    return reply
      .type('text/plain; charset=utf-8')
      .send('The web app is not built. Run `pnpm build` (or `pnpm start`, which builds it) and reload.\n');
  });
}
