import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildWeb, startApp } from './app-server';
import { CHROMIUM } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Builds the web app, then starts the real app (API + embedded PostgreSQL + demo data) serving it, as `pnpm start` does. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // A browser is required: without one these tests must fail, never pass by doing nothing.
  if (!existsSync(CHROMIUM)) {
    throw new Error(`The web end-to-end tests need Chromium at ${CHROMIUM}, and it is missing. Install it with: apt-get install chromium`);
  }
  buildWeb();
  const app = await startApp({
    // One test session opens every view within a minute or two: more than a person does, so the per-session
    // limit is raised for this instance only.
    RATE_LIMIT_PER_MINUTE: '20000',
    // Every file logs in as several demo users, and the session-expiry tests log in again: well over the 10
    // logins a minute one address may make. Raised here only; the API's own tests check the login limit.
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
  });
  project.provide('baseUrl', app.baseUrl);
  return app.stop;
}
