// Code in page.evaluate and init scripts runs in the browser.
/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium';

export const SCREENSHOT_DIR = fileURLToPath(new URL('../../../artifacts/screenshots/', import.meta.url));

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
}

export const baseUrl = (): string => inject('baseUrl');

/** The demo steering-group member (README: demo users, password `planpuls-demo` unless DEMO_PASSWORD says otherwise). */
export const STEERING = { email: 'styrgrupp@planpuls.test', password: process.env.DEMO_PASSWORD ?? 'planpuls-demo' };

/** The demo administrator, for the admin pages. */
export const ADMIN = { email: 'admin@planpuls.test', password: process.env.DEMO_PASSWORD ?? 'planpuls-demo' };

/** Any demo user by e-mail (README: demo users), e.g. the viewer `lasare@planpuls.test`. */
export const demoUser = (email: string) => ({ email, password: process.env.DEMO_PASSWORD ?? 'planpuls-demo' });

/** Logs in through the login form, as a person does, and waits to be sent on; `here` uses the form already shown. */
export async function logIn(page: Page, options: { here?: boolean } = {}, user = STEERING): Promise<void> {
  if (!options.here) await page.goto('/login');
  await page.getByLabel('E-postadress').fill(user.email);
  await page.getByLabel('Lösenord').fill(user.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  // A refused login (wrong password, rate limit) says so in an alert: fail with its words, not a bare timeout.
  const refused = page.getByRole('alert').first();
  const signedIn = (url: URL) => url.pathname !== '/login';
  // Both waits settle without throwing, so the one that loses the race can never reject unhandled.
  const outcome = await Promise.race([
    page.waitForURL(signedIn).then(
      () => 'in' as const,
      () => 'still on the form' as const,
    ),
    refused.waitFor({ state: 'visible' }).then(
      () => 'alert' as const,
      () => 'no alert' as const,
    ),
  ]);
  if (outcome === 'in' || signedIn(new URL(page.url()))) return;
  if (outcome === 'alert') throw new Error(`Login as ${user.email} refused: ${await refused.textContent()}`);
  throw new Error(`Login as ${user.email}: still on the login form after the timeout (${outcome})`);
}

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;
// One login per browser (per test file) and user: the session cookie is reused by every page, as one person's browser would.
const sessions = new WeakMap<Browser, Map<string, Promise<StorageState>>>();

function loggedInState(browser: Browser, user = STEERING): Promise<StorageState> {
  const ofBrowser = sessions.get(browser) ?? new Map<string, Promise<StorageState>>();
  sessions.set(browser, ofBrowser);
  let state = ofBrowser.get(user.email);
  if (!state) {
    state = (async () => {
      const context = await browser.newContext({ baseURL: baseUrl() });
      const page = await context.newPage();
      await logIn(page, {}, user);
      const saved = await context.storageState();
      await context.close();
      return saved;
    })();
    ofBrowser.set(user.email, state);
  }
  return state;
}

/**
 * A page at a given width, in Swedish unless told otherwise (the choice is kept in localStorage), logged in
 * as the steering group member unless `anonymous` (or as the administrator with `admin`, or any `user`).
 */
export async function newPage(
  browser: Browser,
  options: { width?: number; locale?: 'sv' | 'en'; anonymous?: boolean; admin?: boolean; user?: { email: string; password: string } } = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    baseURL: baseUrl(),
    locale: 'sv-SE',
    reducedMotion: 'reduce',
    ...(options.anonymous ? {} : { storageState: await loggedInState(browser, options.user ?? (options.admin ? ADMIN : STEERING)) }),
  });
  if (options.locale === 'en') await context.addInitScript(() => localStorage.setItem('planpuls.locale', 'en'));
  return context.newPage();
}

/** Waits until the view has its data: no loading state left, and the chart drawn where there is one. */
export async function settle(page: Page): Promise<void> {
  await page.waitForSelector('main h1');
  await page.waitForFunction(() => !document.querySelector('.state--loading, .chart-loading'), undefined, { timeout: 30_000 });
  if (await page.locator('.trend-chart').count()) await page.waitForSelector('.trend-chart svg');
}

export async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await settle(page);
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return `${SCREENSHOT_DIR}${name}.png`;
}

/** Text as a reader sees it: Intl puts a no-break space before "%". */
export const plain = (text: string | null | undefined): string =>
  (text ?? '')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
