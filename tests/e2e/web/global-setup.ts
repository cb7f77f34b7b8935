import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { CHROMIUM } from './chromium';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const apiRoot = join(repoRoot, 'apps/api');
const webRoot = join(repoRoot, 'apps/web');

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Builds the web app, then starts the real app (API + embedded PostgreSQL + demo data) serving it, as `pnpm start` does. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // A browser is required: without one these tests must fail, never pass by doing nothing.
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `The web end-to-end tests need Chromium at ${CHROMIUM}, and it is missing. Install it with: apt-get install chromium`,
    );
  }

  const build = spawnSync(process.execPath, [join(webRoot, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: webRoot,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`Building the web app failed:\n${build.stdout}\n${build.stderr}`);

  const dataDir = mkdtempSync(join(tmpdir(), 'planpuls-web-e2e-'));
  const [port, pgPort] = [await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    EMBEDDED_PG_PORT: String(pgPort),
    PLANPULS_DATA_DIR: dataDir,
    // One test session opens every view, goal pages with a request per period, within a minute or two:
    // more than a person does, so the per-session limit is raised for this instance only.
    RATE_LIMIT_PER_MINUTE: '20000',
    // Every file logs in as the steering member and the administrator, and the session-expiry tests log in
    // again: well over the 10 logins a minute one address may make. Raised here only; the API's own tests
    // check the login limit.
    LOGIN_RATE_LIMIT_PER_MINUTE: '200',
  };
  // The embedded server is used even when the test run targets another database.
  delete env.DATABASE_URL;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], { cwd: apiRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));

  const deadline = Date.now() + 180_000;
  while (!output.includes('Planpuls is running')) {
    if (child.exitCode !== null) throw new Error(`The app exited before it was ready:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The app did not start within 180 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  project.provide('baseUrl', `http://127.0.0.1:${port}`);

  return async () => {
    const stopping = Date.now();
    child.kill('SIGINT');
    const stopped = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('timeout'), 30_000).unref())]);
    if (stopped === 'timeout') child.kill('SIGKILL');
    if (process.env.PLANPULS_E2E_DEBUG) console.log(`the app stopped in ${Date.now() - stopping} ms (${String(stopped)})`);
    rmSync(dataDir, { recursive: true, force: true });
  };
}
