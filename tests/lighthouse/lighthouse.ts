/**
 * Budget check with Lighthouse 12: builds the web app, starts the real app with the embedded database and demo
 * data on free ports, logs in as the demo steering-group member (cookie), runs Lighthouse in Debian's Chromium on
 * the plan overview, prints the performance and accessibility scores and fails below 90 / 100.
 *
 *   pnpm lighthouse [--skip-build] [--mobile] [--path=/plans/HP-2024?period=2025-T2]
 *
 * Desktop settings by default (the steering group and HR work at desks); --mobile uses Lighthouse's default
 * mobile emulation with simulated slow 4G and CPU throttling. Not part of `pnpm test`: scores depend on the machine.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { buildWeb, freePort, startApp } from '../e2e/web/app-server';
import { CHROMIUM, CHROMIUM_FLAGS } from '../e2e/web/chromium';

const BUDGET = { performance: 90, accessibility: 100 } as const;
const REPORT_DIR = fileURLToPath(new URL('../../artifacts/lighthouse/', import.meta.url));

const args = process.argv.slice(2);
const option = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const path = option('path') ?? '/plans/HP-2024?period=2025-T2';
const mobile = args.includes('--mobile');
const user = { email: 'styrgrupp@planpuls.test', password: process.env.DEMO_PASSWORD ?? 'planpuls-demo' };

/** The session cookie of a demo user, as the login form would get it. */
async function logIn(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(user),
  });
  if (!response.ok) throw new Error(`Logging in as ${user.email} failed: ${response.status} ${await response.text()}`);
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]);
  if (cookies.length === 0) throw new Error('Logging in gave no session cookie.');
  return cookies.join('; ');
}

/** Chromium with a DevTools port for Lighthouse to drive; resolves once the port answers. */
async function launchChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'planpuls-lighthouse-'));
  const child = spawn(
    CHROMIUM,
    [...CHROMIUM_FLAGS, '--headless=new', `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'],
    {
      stdio: 'ignore',
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // The profile is removed once Chromium has exited: before that it may still be writing into it.
  const stop = async () => {
    child.kill('SIGKILL');
    await exited;
    rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) return { port, stop };
    } catch {
      // Not listening yet.
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`Chromium at ${CHROMIUM} did not open its DevTools port.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function printFindings(result: Result): void {
  const failing = Object.values(result.audits).filter(
    (audit) =>
      audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'notApplicable',
  );
  const accessibility = new Set(result.categories.accessibility?.auditRefs.map((ref) => ref.id));
  for (const audit of failing.filter((a) => accessibility.has(a.id))) console.log(`  accessibility: ${audit.id} – ${audit.title}`);
  for (const id of [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'cumulative-layout-shift',
    'speed-index',
  ]) {
    const audit = result.audits[id];
    if (audit) console.log(`  ${audit.title}: ${audit.displayValue ?? ''} (score ${Math.round((audit.score ?? 0) * 100)})`);
  }
}

async function main(): Promise<number> {
  if (!existsSync(CHROMIUM)) throw new Error(`Lighthouse needs Chromium at ${CHROMIUM}. Install it with: apt-get install chromium`);
  if (!args.includes('--skip-build')) buildWeb();
  const app = await startApp();
  let chromium: Awaited<ReturnType<typeof launchChromium>> | null = null;
  try {
    const cookie = await logIn(app.baseUrl);
    chromium = await launchChromium();
    const flags: Flags = {
      port: chromium.port,
      output: 'html',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      extraHeaders: { Cookie: cookie },
    };
    const url = `${app.baseUrl}${path}`;
    const runnerResult = await lighthouse(url, flags, mobile ? undefined : desktopConfig);
    if (!runnerResult) throw new Error('Lighthouse returned nothing.');
    const { lhr, report } = runnerResult;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
    if (new URL(lhr.finalDisplayedUrl).pathname === '/login')
      throw new Error('Lighthouse was sent to the login page: the session cookie was not accepted.');

    mkdirSync(REPORT_DIR, { recursive: true });
    const reportFile = join(REPORT_DIR, `lighthouse-${mobile ? 'mobile' : 'desktop'}.html`);
    writeFileSync(reportFile, Array.isArray(report) ? report[0]! : report);

    const score = (id: keyof typeof BUDGET) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const scores = { performance: score('performance'), accessibility: score('accessibility') };
    console.log(`Lighthouse ${lhr.lighthouseVersion} (${mobile ? 'mobile' : 'desktop'}) on ${path}`);
    console.log(`  performance:   ${scores.performance} (budget ${BUDGET.performance})`);
    console.log(`  accessibility: ${scores.accessibility} (budget ${BUDGET.accessibility})`);
    printFindings(lhr);
    console.log(`  report: ${reportFile}`);
    const within = scores.performance >= BUDGET.performance && scores.accessibility >= BUDGET.accessibility;
    console.log(within ? 'Within budget.' : 'Over budget.');
    return within ? 0 : 1;
  } finally {
    await chromium?.stop();
    await app.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
