import type { FastifyInstance } from 'fastify';

/**
 * One access line per request, written when the answer has gone: request id (the logger's binding), method,
 * path with the query's names but not their values (a value can be personal, or a code an attacker sends to
 * fill the log), status and milliseconds. It replaces Fastify's two lines per request ("incoming request" and
 * "request completed"), whose serializers copy the request's URL, host, address and the response into them: half
 * the lines and no serializer (`pnpm bench:log` measures both; docs/benchmarks.md). Below info (LOG_LEVEL=warn)
 * no hook is added at all.
 */
export function useAccessLog(app: FastifyInstance): void {
  const log = app.log as { isLevelEnabled?: (level: string) => boolean };
  if (typeof log.isLevelEnabled !== 'function' || !log.isLevelEnabled('info')) return;
  app.addHook('onResponse', (request, reply, done) => {
    request.log.info(
      {
        method: request.method,
        url: withoutQueryValues(request.url),
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
      },
      'request completed',
    );
    done();
  });
}

/** `/x?period=2025-T2&group=SOC` → `/x?period&group`. */
export function withoutQueryValues(url: string): string {
  const query = url.indexOf('?');
  if (query < 0) return url;
  const names = url
    .slice(query + 1)
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const equals = pair.indexOf('=');
      return equals < 0 ? pair : pair.slice(0, equals);
    });
  return `${url.slice(0, query)}?${names.join('&')}`;
}
