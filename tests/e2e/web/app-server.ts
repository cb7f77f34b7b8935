import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const apiRoot = join(repoRoot, 'apps/api');
const webRoot = join(repoRoot, 'apps/web');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Builds the web app as `pnpm build` does; throws with the output when the build fails. */
export function buildWeb(): void {
  const build = spawnSync(process.execPath, [join(webRoot, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: webRoot,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`Building the web app failed:\n${build.stdout}\n${build.stderr}`);
}

export interface RunningApp {
  baseUrl: string;
  stop: () => Promise<void>;
}

/**
 * Starts the real app (API + embedded PostgreSQL + demo data) serving the built web app on free ports, with
 * a temporary data directory, as `pnpm start` does. `env` adds or overrides settings for this instance only.
 */
export async function startApp(env: NodeJS.ProcessEnv = {}): Promise<RunningApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'planpuls-app-'));
  const [port, pgPort] = [await freePort(), await freePort()];
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    EMBEDDED_PG_PORT: String(pgPort),
    PLANPULS_DATA_DIR: dataDir,
    ...env,
  };
  // The embedded server is used even when the caller's environment names another database.
  delete childEnv.DATABASE_URL;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: apiRoot,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    stop: async () => {
      const stopping = Date.now();
      child.kill('SIGINT');
      const stopped = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('timeout'), 30_000).unref())]);
      if (stopped === 'timeout') child.kill('SIGKILL');
      if (process.env.PLANPULS_E2E_DEBUG) console.log(`the app stopped in ${Date.now() - stopping} ms (${String(stopped)})`);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
