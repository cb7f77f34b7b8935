import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedServer } from './embedded';

const embedded = fileURLToPath(new URL('./embedded.ts', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function answers(server: EmbeddedServer): Promise<number> {
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  try {
    return (await client.query<{ one: number }>('SELECT 1 AS one')).rows[0]!.one;
  } finally {
    await client.end();
  }
}

describe('the embedded PostgreSQL after a crash', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'planpuls-embedded-test-'));
  // PostgreSQL runs as the `postgres` user when the tests run as root: it must be able to enter the folder.
  spawn('chmod', ['755', dataDir]);
  let server: EmbeddedServer | undefined;
  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('stops a server left running by a Node process that died without stopping it, says so, and starts afresh', async () => {
    const port = await freePort();
    // A start that dies as the report's did: killed outright, its PostgreSQL left running.
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', `const { startEmbeddedPostgres } = await import(${JSON.stringify(embedded)}); await startEmbeddedPostgres({ dataDir: ${JSON.stringify(join(dataDir, 'pg'))}, port: ${port} }); console.log('ready'); setInterval(() => {}, 1000);`],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
      child.on('exit', (code) => reject(new Error(`the first start ended with ${code}`)));
    });
    child.removeAllListeners('exit');
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    const orphan = Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    expect(() => process.kill(orphan, 0)).not.toThrow();

    const lines: string[] = [];
    server = await startEmbeddedPostgres({ dataDir: join(dataDir, 'pg'), port, log: (line) => lines.push(line) });
    expect(lines.join('\n')).toContain(`Found PostgreSQL (process ${orphan}) left running`);
    expect(lines.join('\n')).toContain(`Stopped the leftover PostgreSQL (process ${orphan})`);
    expect(() => process.kill(orphan, 0)).toThrow();
    expect(await answers(server)).toBe(1);
    await server.stop();
    server = undefined;
  }, 120_000);

  it('removes a postmaster.pid whose process is gone, says so, and starts', async () => {
    const port = await freePort();
    // Above any process id Linux hands out (pid_max is at most 2^22).
    writeFileSync(join(dataDir, 'pg', 'postmaster.pid'), `4194305\n${join(dataDir, 'pg')}\n0\n${port}\n`);
    const lines: string[] = [];
    server = await startEmbeddedPostgres({ dataDir: join(dataDir, 'pg'), port, log: (line) => lines.push(line) });
    expect(lines.join('\n')).toContain('Removed a stale postmaster.pid');
    expect(await answers(server)).toBe(1);
    await server.stop();
    server = undefined;
    expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  }, 120_000);
});
