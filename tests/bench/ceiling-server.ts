/**
 * The two ceilings `pnpm bench` measures the app against, each in its own process on 127.0.0.1:
 * `hello` (L0) — a bare Fastify 5 route answering a constant; `select1` (L1) — a Fastify route running one
 * `select 1` through a `pg` pool (10 connections, as the app's) on the bench's PostgreSQL (CEILING_DATABASE_URL).
 * Prints `listening <port>` when ready; stops on SIGTERM.
 */
import Fastify from 'fastify';
import pg from 'pg';

const mode = process.argv[2];
if (mode !== 'hello' && mode !== 'select1') throw new Error('usage: ceiling-server.ts hello|select1');

const app = Fastify({ logger: false });
let pool: pg.Pool | undefined;
if (mode === 'hello') {
  app.get('/', async () => ({ hello: 'world' }));
} else {
  pool = new pg.Pool({ connectionString: process.env.CEILING_DATABASE_URL, max: 10 });
  const db = pool;
  app.get('/', async () => (await db.query<{ one: number }>('select 1 AS one')).rows[0]);
}
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
console.log(`listening ${typeof address === 'object' && address ? address.port : ''}`);
process.on('SIGTERM', () => {
  void app
    .close()
    .then(() => pool?.end())
    .then(() => process.exit(0));
});
