import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const apiRoot = fileURLToPath(new URL('../../apps/api/', import.meta.url));
const tsx = join(apiRoot, 'node_modules/.bin/tsx');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface Started {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts the app the way `pnpm start` does after building the web app, and waits until it says where to open it. */
async function startApp(env: Record<string, string>): Promise<Started> {
  const child = spawn(tsx, ['src/server.ts'], { cwd: apiRoot, env: { ...process.env, ...env } });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  const deadline = Date.now() + 90_000;
  while (!output.includes('Planpuls is running')) {
    if (child.exitCode !== null) throw new Error(`the app exited early:\n${output}`);
    if (Date.now() > deadline) throw new Error(`the app did not start within 90 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { child, output: () => output, exited };
}

const portAnswers = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createServer();
    socket.once('error', () => resolve(true));
    socket.listen(port, '127.0.0.1', () => socket.close(() => resolve(false)));
  });

describe('pnpm start on a machine with nothing but Node', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'planpuls-start-'));
  const running: Started[] = [];
  afterAll(() => {
    for (const app of running) app.child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts its own PostgreSQL, seeds the demo once, serves the API, and stops cleanly on Ctrl-C', async () => {
    const [port, pgPort] = [await freePort(), await freePort()];
    // DATABASE_URL is removed so the embedded server is used even when the test run targets another server.
    const env = {
      DATABASE_URL: '',
      PORT: String(port),
      EMBEDDED_PG_PORT: String(pgPort),
      PLANPULS_DATA_DIR: dataDir,
      PLANPULS_MODE: 'demo',
    };

    const first = await startApp(env);
    running.push(first);
    expect(first.output()).toContain('Demo data seeded (first start).');
    expect(first.output()).toContain(`open http://localhost:${port}`);
    const health = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
    expect(await health.json()).toEqual({ status: 'ok', database: 'ok' });
    expect((await fetch(`http://127.0.0.1:${port}/api/v1/units`)).status).toBe(401);
    // The README's demo login.
    const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'styrgrupp@planpuls.test', password: 'planpuls-demo' }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const units = (await (await fetch(`http://127.0.0.1:${port}/api/v1/units`, { headers: { cookie } })).json()) as { items: unknown[] };
    expect(units.items).toHaveLength(15);
    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(page.status).toBe(200);

    first.child.kill('SIGINT');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('Stopped cleanly.');
    expect(await portAnswers(pgPort)).toBe(false);

    const second = await startApp(env);
    running.push(second);
    expect(second.output()).toContain('Demo data already present.');
    // Sessions live in PostgreSQL: the login survives the restart.
    const plans = (await (await fetch(`http://127.0.0.1:${port}/api/v1/plans`, { headers: { cookie } })).json()) as { items: unknown[] };
    expect(plans.items).toHaveLength(2);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });
});
