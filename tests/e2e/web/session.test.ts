import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn, newPage, plain, settle, STEERING } from './browser';

describe('logging in and out', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('says so when the password is wrong, and keeps the user on the login form', async () => {
    const page = await newPage(browser, { anonymous: true });
    await page.goto('/login');
    await page.getByLabel('E-postadress').fill(STEERING.email);
    await page.getByLabel('Lösenord').fill('not the password');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await expect(page.getByRole('alert').textContent().then(plain)).resolves.toBe('E-postadressen eller lösenordet är fel.');
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.getAttribute('#login-password', 'aria-invalid')).toBe('true');
    await page.context().close();
  });

  it('shows who is logged in with the role, and logging out ends the session', async () => {
    const page = await newPage(browser, { anonymous: true });
    await logIn(page);
    await settle(page);
    await page.locator('.user-menu summary').click();
    const panel = plain(await page.locator('.user-panel').textContent());
    expect(panel).toContain(STEERING.email);
    expect(panel).toContain('Styrgrupp');

    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.waitForURL(/\/login$/);
    await page.goto('/plans/HP-2024?period=2025-T2');
    await page.waitForURL(/\/login\?redirect=/);
    const me = await page.request.get('/api/v1/auth/me');
    expect(me.status()).toBe(401);
    await page.context().close();
  });
});
