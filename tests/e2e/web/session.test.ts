import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, launchBrowser, logIn, newPage, open, plain, settle, STEERING } from './browser';

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

  it("logging in again as someone else does not send the first user's kept write, and leaves their page", async () => {
    const page = await newPage(browser);
    await open(page, '/plans/HP-2024/goals/2.1?period=2025-T2');
    const text = `Skrivet av styrgruppen ${Date.now()}`;
    const comments = page.locator('section.comments', { has: page.getByRole('heading', { name: 'Kommentarer', exact: true }) });
    await comments.getByLabel('Ny kommentar').fill(text);
    await page.context().clearCookies();
    await comments.getByRole('button', { name: 'Skicka kommentaren' }).click();

    // Another person logs in at the same screen: the administrator.
    const dialog = page.getByRole('dialog', { name: 'Logga in igen' });
    await dialog.waitFor();
    await dialog.getByLabel('E-postadress').fill(ADMIN.email);
    await dialog.getByLabel('Lösenord').fill(ADMIN.password);
    await dialog.getByRole('button', { name: 'Logga in och spara' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);

    // What the steering member typed is not written in the administrator's name, and their page is gone.
    const plan = (await (await page.request.get('/api/v1/plans/HP-2024')).json()) as {
      focusAreas: Array<{ goals: Array<{ id: string; code: string }> }>;
    };
    const goal = plan.focusAreas.flatMap((area) => area.goals).find((g) => g.code === '2.1')!;
    const threads = await page.request.get(`/api/v1/comments?goal=${goal.id}`);
    expect(threads.status()).toBe(200);
    expect(await threads.text()).not.toContain(text);
    // The administrator starts afresh from the start page (which opens the plan), not on the goal page.
    await page.waitForURL((url) => !url.pathname.includes('/goals/'));
    expect(plain(await page.locator('.app-notice').textContent())).toBe('Du är inloggad som en annan användare. Ändringen sparades inte.');
    await page.context().close();
  });

  it('shows a single sign-on failure in words, and no SSO button when single sign-on is not configured', async () => {
    const page = await newPage(browser, { anonymous: true });
    await page.goto('/login?error=auth.sso_unknown_user');
    await expect(page.getByRole('alert').textContent().then(plain)).resolves.toBe(
      'Det finns inget Planpuls-konto för dig. Be en administratör om ett.',
    );
    const sso = (await (await page.request.get('/api/v1/auth/sso')).json()) as { enabled: boolean };
    expect(sso.enabled).toBe(false);
    expect(await page.getByRole('link', { name: 'Logga in med organisationskonto (SSO)' }).count()).toBe(0);
    // Anything else in `error` is not shown.
    await page.goto('/login?error=<b>hej</b>');
    await page.getByLabel('E-postadress').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.context().close();
  });

  it('offers single sign-on when the API says it is configured, starting at the API with the way back', async () => {
    const page = await newPage(browser, { anonymous: true });
    await page.route('**/api/v1/auth/sso', (route) => route.fulfill({ json: { enabled: true } }));
    await page.goto('/login?redirect=/units/FARSTA');
    const link = page.getByRole('link', { name: 'Logga in med organisationskonto (SSO)' });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('/api/v1/auth/oidc/login?redirect=%2Funits%2FFARSTA');
    await page.context().close();
  });
});
