/**
 * `pnpm bench`: speed and memory of the follow-up's hottest read, on a real (embedded) PostgreSQL with the
 * demo seeded. Measures GET /plans/HP-2024/progress cold (every request after a change to the data, so
 * nothing is cached) and warm, and exits non-zero when a target is missed.
 *
 * Targets (on the 2-core reference machine): cold p95 ≤ 400 ms, warm p95 ≤ 25 ms, heap growth ≤ 64 MB.
 * BENCH_REQUESTS sets the number of requests per phase (default 200).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { buildApp } from '../../apps/api/src/app';
import { hashPassword } from '../../apps/api/src/modules/auth/passwords';
import { loadConfig } from '../../apps/api/src/config';
import { createDb, ensureDatabase, migrateDatabase, resolveDatabaseUrls, seedDemo, startEmbeddedPostgres, withDatabase } from '@planpuls/db';
import { findFreePort } from '@planpuls/db/testing';
import { exitWith } from './exit-with';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const TARGETS = { coldP95Ms: 400, warmP95Ms: 25, heapGrowthMb: 64 };

const percentile = (samples: number[], p: number) => [...samples].sort((a, b) => a - b)[Math.min(samples.length - 1, Math.floor((p / 100) * samples.length))]!;

async function main(): Promise<boolean> {
  const dataDir = mkdtempSync(join(tmpdir(), 'planpuls-bench-'));
  const server = await startEmbeddedPostgres({ dataDir, port: await findFreePort() });
  try {
    await ensureDatabase(server.url, 'planpuls');
    const urls = resolveDatabaseUrls(withDatabase(server.url, 'planpuls'), 'bench');
    await migrateDatabase({ ownerUrl: urls.ownerUrl, appRole: urls.appRole, appPassword: 'bench' });
    const owner = createDb(urls.ownerUrl, { max: 2 });
    await seedDemo(owner.db);
    const app = createDb(urls.appUrl);
    const config = { ...loadConfig({ PLANPULS_MODE: 'development' }), rateLimit: { requestsPerMinute: 1e6, loginsPerMinute: 1e6 } };
    const api = await buildApp({ config, db: app.db, logger: false });
    const url = '/api/v1/plans/HP-2024/progress?period=2025-T2';
    // The steering group's view: every figure, nothing suppressed.
    await owner.db.execute(sql`UPDATE users SET password_hash = ${await hashPassword('bench-password')} WHERE email = 'styrgrupp@planpuls.test'`);
    const login = await api.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'styrgrupp@planpuls.test', password: 'bench-password' } });
    const cookie = `planpuls_session=${login.cookies.find((c) => c.name === 'planpuls_session')!.value}`;

    const time = async (before?: () => Promise<unknown>) => {
      const samples: number[] = [];
      for (let i = 0; i < REQUESTS; i++) {
        await before?.();
        const start = performance.now();
        const response = await api.inject({ method: 'GET', url, headers: { cookie } });
        samples.push(performance.now() - start);
        if (response.statusCode !== 200) throw new Error(`progress answered ${response.statusCode}: ${response.body}`);
      }
      return samples;
    };

    const heapBefore = process.memoryUsage().heapUsed;
    // A one-value change before each request: the revision moves and every figure is computed afresh.
    // The value's report is approved (or past its deadline), so the change carries its reason, as any would.
    const touchOneValue = () =>
      owner.db.transaction(async (tx) => {
        await tx.execute(sql`SELECT set_config('planpuls.reason', 'bench: invalidate cached figures', true)`);
        await tx.execute(sql`UPDATE data_values SET note = md5(random()::text) WHERE id = (SELECT id FROM data_values LIMIT 1)`);
      });
    const cold = await time(touchOneValue);
    const warm = await time();
    global.gc?.();
    const heapGrowthMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;

    const report = {
      requests: REQUESTS,
      coldP50Ms: percentile(cold, 50),
      coldP95Ms: percentile(cold, 95),
      warmP50Ms: percentile(warm, 50),
      warmP95Ms: percentile(warm, 95),
      heapGrowthMb,
    };
    console.table(Object.fromEntries(Object.entries(report).map(([k, v]) => [k, Math.round(v * 10) / 10])));
    await api.close();
    await app.close();
    await owner.close();

    const missed = [
      report.coldP95Ms > TARGETS.coldP95Ms && `cold p95 ${report.coldP95Ms.toFixed(1)} ms > ${TARGETS.coldP95Ms} ms`,
      report.warmP95Ms > TARGETS.warmP95Ms && `warm p95 ${report.warmP95Ms.toFixed(1)} ms > ${TARGETS.warmP95Ms} ms`,
      heapGrowthMb > TARGETS.heapGrowthMb && `heap grew ${heapGrowthMb.toFixed(1)} MB > ${TARGETS.heapGrowthMb} MB`,
    ].filter(Boolean);
    if (missed.length > 0) {
      console.error(`Targets missed:\n  ${missed.join('\n  ')}`);
      return false;
    }
    console.log('All targets met.');
    return true;
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await exitWith(main);
