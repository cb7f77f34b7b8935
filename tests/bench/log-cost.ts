/**
 * `pnpm bench:log`: what the access log costs one request, in CPU time, in-process (steadier than req/s on a
 * shared machine): a Fastify 5 app with the app's logger options (level, redaction) and a trivial route, answered
 * through `inject` BENCH_LOG_REQUESTS times (default 10,000), with Fastify's own request logging (two lines,
 * request and response serialized) and with plugins/access-log.ts (one line of a few fields), at info and warn.
 * The lines go to a stream that drops them: what is measured is making them. Best of three rounds.
 */
import Fastify from 'fastify';
import { useAccessLog } from '../../apps/api/src/plugins/access-log';

const REQUESTS = Number(process.env.BENCH_LOG_REQUESTS ?? 10_000);
const sink = { write: () => {} };

async function cpuPerRequest(level: 'info' | 'warn', accessLog: 'fastify' | 'planpuls'): Promise<number> {
  const app = Fastify({
    logger: {
      level,
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
        censor: '[redacted]',
      },
      stream: sink,
    },
    disableRequestLogging: accessLog === 'planpuls',
  });
  if (accessLog === 'planpuls') useAccessLog(app);
  app.get('/api/v1/things', async () => ({ ok: true }));
  await app.ready();
  const headers = { cookie: 'planpuls_session=abc', 'user-agent': 'bench', accept: 'application/json' };
  for (let i = 0; i < 2000; i++) await app.inject({ method: 'GET', url: '/api/v1/things?period=2025-T2', headers });
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const start = process.cpuUsage();
    for (let i = 0; i < REQUESTS; i++) await app.inject({ method: 'GET', url: '/api/v1/things?period=2025-T2', headers });
    const spent = process.cpuUsage(start);
    best = Math.min(best, (spent.user + spent.system) / REQUESTS);
  }
  await app.close();
  return best;
}

const rows = [];
for (const accessLog of ['fastify', 'planpuls'] as const) {
  const info = await cpuPerRequest('info', accessLog);
  const warn = await cpuPerRequest('warn', accessLog);
  rows.push({
    'access log': accessLog === 'fastify' ? "Fastify's own (2 lines)" : 'plugins/access-log.ts (1 line)',
    'µs/request at info': Math.round(info),
    'µs/request at warn': Math.round(warn),
    'logging µs/request': Math.round(info - warn),
  });
}
console.table(rows);
