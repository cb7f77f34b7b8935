/**
 * `pnpm bench`: speed and memory of the follow-up's hottest read, on a real (embedded) PostgreSQL with the
 * demo seeded. Measures GET /plans/HP-2024/progress cold (every request after a change to the data, so
 * nothing is cached) and warm, and exits non-zero when a target is missed.
 *
 * Targets (on the 2-core reference machine): cold p95 ≤ 400 ms, warm p95 ≤ 25 ms, heap growth ≤ 64 MB.
 * BENCH_REQUESTS sets the number of requests per phase (default 200); BENCH_AS the demo user (default the steering
 * group, who see every figure; a union member or a viewer also pays for the small-number rule).
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { withBenchApp } from './bench-app';
import { exitWith } from './exit-with';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const TARGETS = { coldP95Ms: 400, warmP95Ms: 25, heapGrowthMb: 64 };

const percentile = (samples: number[], p: number) =>
  [...samples].sort((a, b) => a - b)[Math.min(samples.length - 1, Math.floor((p / 100) * samples.length))]!;

// The steering group's view: every figure, nothing suppressed.
async function main(): Promise<boolean> {
  return withBenchApp(process.env.BENCH_AS ?? 'styrgrupp@planpuls.test', async ({ api, owner, cookie }) => {
    const url = '/api/v1/plans/HP-2024/progress?period=2025-T2';

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
  });
}

await exitWith(main);
