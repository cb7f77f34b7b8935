import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { ensureDatabase, migrateDatabase, redactUrl, resolveDatabaseUrls, startEmbeddedPostgres, withDatabase } from '@planpuls/db';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Everything the national-scale bench keeps between runs: the embedded server's data, the dataset's manifest, results. */
export const BENCH_DIR = resolve(REPO_ROOT, process.env.BENCH_DIR ?? '.bench');
export const APP_PASSWORD = 'planpuls-bench-app';

export interface BenchDatabase {
  ownerUrl: string;
  appUrl: string;
  description: string;
  stop(): Promise<void>;
}

/**
 * The national-scale dataset's database: DATABASE_URL when given (a real server, as its owner), else an
 * embedded PostgreSQL whose data stays in `.bench/pg`, so `pnpm bench:data` loads once and `pnpm bench` reuses it.
 */
export async function openBenchDatabase(log: (message: string) => void): Promise<BenchDatabase> {
  let serverUrl: string;
  let stop = async () => {};
  let description: string;
  if (process.env.DATABASE_URL) {
    serverUrl = process.env.DATABASE_URL;
    description = `PostgreSQL at ${redactUrl(serverUrl)}`;
  } else {
    const dataDir = resolve(BENCH_DIR, 'pg');
    mkdirSync(BENCH_DIR, { recursive: true });
    const port = Number(process.env.BENCH_PG_PORT ?? 54_349);
    const server = await startEmbeddedPostgres({ dataDir, port, log });
    stop = () => server.stop();
    await ensureDatabase(server.url, 'planpuls_bench');
    serverUrl = withDatabase(server.url, 'planpuls_bench');
    description = `embedded PostgreSQL on port ${port}, data in ${server.dataDir}`;
  }
  try {
    const urls = resolveDatabaseUrls(serverUrl, APP_PASSWORD);
    await migrateDatabase({ ownerUrl: urls.ownerUrl, appRole: urls.appRole, appPassword: urls.appPassword });
    return { ownerUrl: urls.ownerUrl, appUrl: urls.appUrl, description, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** What `pnpm bench:data` loaded, so `pnpm bench` can say what it ran on (and refuse an empty database). */
export interface DatasetManifest {
  municipalities: number;
  units: number;
  dataValues: number;
  seed: number;
  years: string;
  loadedAt: string;
  loadSeconds: number;
}

const manifestPath = () => resolve(BENCH_DIR, process.env.DATABASE_URL ? 'dataset-external.json' : 'dataset.json');

export function readManifest(): DatasetManifest | undefined {
  try {
    return JSON.parse(readFileSync(manifestPath(), 'utf8')) as DatasetManifest;
  } catch {
    return undefined;
  }
}

export function writeManifest(manifest: DatasetManifest): void {
  mkdirSync(BENCH_DIR, { recursive: true });
  writeFileSync(manifestPath(), `${JSON.stringify(manifest, null, 2)}\n`);
}
