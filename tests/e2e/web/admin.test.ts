import AxeBuilder from '@axe-core/playwright';
import type { Unit, User } from '@planpuls/contracts';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, open, plain, settle } from './browser';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const violations = async (page: Page) => (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map((v) => v.id);
const api = async <T>(page: Page, path: string): Promise<T> => (await (await page.request.get(`/api/v1${path}`)).json()) as T;

/** A day about a year ahead, as the date field takes it. */
const nextYear = new Date().getFullYear() + 1;
const END_DAY = `${nextYear}-08-31`;

describe('an administrator manages accounts and roles', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('creates a user, grants HR for Farsta until a day (a deputy), and revokes it', async () => {
    const page = await newPage(browser, { admin: true });
    const email = `vikarie.${Date.now()}@planpuls.test`;
    const name = 'Vera Vikarie';

    // The admin pages are in the user menu, for administrators only.
    await open(page, '/plans/HP-2024?period=2025-T2');
    await page.locator('.user-menu summary').click();
    await page.getByRole('link', { name: 'Användare' }).click();
    await page.waitForURL(/\/admin\/users$/);
    await settle(page);

    await page.getByLabel('E-postadress').fill(email);
    await page.getByLabel('Namn', { exact: true }).fill(name);
    await page.getByLabel('Lösenord (valfritt)').fill('ett-långt-lösenord-2026');
    await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await expect.poll(async () => plain(await page.locator('.admin-status').first().textContent())).toBe(`${name} är tillagd.`);

    await page.getByRole('link', { name }).click();
    await page.waitForURL(/\/admin\/users\/[0-9a-f-]+$/);
    await settle(page);
    expect(plain(await page.locator('h1').textContent())).toBe(name);
    expect(plain(await page.locator('main').textContent())).toContain('Användaren har inga roller.');
    expect(await violations(page)).toEqual([]);

    await page.locator('#grant-role').selectOption('hr');
    await page.locator('#grant-units').selectOption(['FARSTA']);
    await page.getByLabel('Slutdatum (valfritt)', { exact: true }).fill(END_DAY);
    await page.getByRole('button', { name: 'Ge rollen' }).click();
    await expect.poll(async () => plain(await page.locator('.admin-status').textContent())).toBe('Rollen HR är given.');

    const farsta = (await api<{ items: Unit[] }>(page, '/units')).items.find((u) => u.code === 'FARSTA')!;
    const row = page.locator('.roles-table tbody tr');
    await expect.poll(() => row.count()).toBe(1);
    const cells = (await row.locator('th, td').allTextContents()).map(plain);
    expect(cells.slice(0, 4)).toEqual([
      'HR',
      farsta.name,
      plain(new Intl.DateTimeFormat('sv-SE', { dateStyle: 'medium' }).format(new Date(`${END_DAY}T12:00:00`))),
      'Gäller',
    ]);
    const users = (await api<{ items: User[] }>(page, '/users')).items;
    const created = users.find((u) => u.email === email)!;
    expect(created.roles).toMatchObject([{ role: 'hr', units: ['FARSTA'], active: true }]);
    expect(new Date(created.roles[0]!.validUntil!).getFullYear()).toBe(nextYear);

    // Revoking asks first, in a modal dialog with the safe choice focused; Escape keeps the role.
    await page.getByRole('button', { name: 'Återkalla HR' }).click();
    const confirm = page.getByRole('dialog', { name: 'Återkalla rollen HR?' });
    await confirm.waitFor();
    expect(plain(await confirm.textContent())).toContain(`${name} förlorar rollen HR direkt.`);
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Avbryt');
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => confirm.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Återkalla HR');
    expect((await api<User>(page, `/users/${created.id}`)).roles).toHaveLength(1);
    await page.getByRole('button', { name: 'Återkalla HR' }).click();
    await confirm.getByRole('button', { name: 'Återkalla HR' }).click();
    await expect.poll(async () => plain(await page.locator('.admin-status').textContent())).toBe('Rollen HR är återkallad.');
    await expect.poll(() => row.count()).toBe(0);
    expect((await api<User>(page, `/users/${created.id}`)).roles).toEqual([]);
    await page.context().close();
  });

  it('disables a user, finds them with the filter, enables them again and sets a password', async () => {
    const page = await newPage(browser, { admin: true });
    await open(page, '/admin/users');
    const name = 'Sofia Holm';
    await page.getByRole('button', { name: `Stäng av ${name}` }).click();
    await expect.poll(async () => plain(await page.locator('.admin-status').textContent())).toBe(`${name} är avstängd.`);
    // The administrator is not offered to disable themselves.
    expect(await page.getByRole('button', { name: 'Stäng av Karin Lindqvist' }).count()).toBe(0);

    await page.locator('#users-state').selectOption('disabled');
    await expect.poll(async () => (await page.locator('tbody th').allTextContents()).map(plain)).toEqual([name]);
    await page.getByRole('button', { name: `Aktivera ${name}` }).click();
    await expect.poll(async () => plain(await page.locator('.admin-status').textContent())).toBe(`${name} är aktiverad.`);
    await expect.poll(async () => plain(await page.locator('main').textContent())).toContain('Inga användare matchar filtret.');

    await page.locator('#users-state').selectOption('');
    await page.getByRole('link', { name }).click();
    await settle(page);
    await page.getByLabel('Nytt lösenord').fill('kort');
    await page.getByRole('button', { name: 'Byt lösenord' }).click();
    expect(plain(await page.getByRole('alert').textContent())).toContain('minst 12 tecken');
    await page.getByLabel('Nytt lösenord').fill('ett-nytt-långt-lösenord');
    await page.getByRole('button', { name: 'Byt lösenord' }).click();
    await expect.poll(async () => plain(await page.locator('.admin-status').textContent())).toBe('Lösenordet är bytt.');
    // The viewer is a demo user other test files log in as: give back the demo password.
    await page.getByLabel('Nytt lösenord').fill(process.env.DEMO_PASSWORD ?? 'planpuls-demo');
    await page.getByRole('button', { name: 'Byt lösenord' }).click();
    await expect.poll(async () => plain(await page.getByLabel('Nytt lösenord').inputValue())).toBe('');
    await page.context().close();
  });

  it('keeps what was typed when the session has ended: asks to log in again in a dialog, then saves', async () => {
    const page = await newPage(browser, { admin: true });
    await open(page, '/admin/tokens');
    await page.getByLabel('Namn', { exact: true }).fill('HR-systemet natt');
    await page.getByLabel('Förvaltningar som nyckeln får skriva värden för').selectOption(['FARSTA']);

    // The session ends while the user is typing (here: the cookie is gone).
    await page.context().clearCookies();
    await page.getByRole('button', { name: 'Skapa nyckel' }).click();

    const dialog = page.getByRole('dialog', { name: 'Logga in igen' });
    await dialog.waitFor();
    expect(await violations(page)).toEqual([]);
    // Escape would close it; the user logs in instead. The form underneath still holds what was typed.
    expect(await page.inputValue('#token-name')).toBe('HR-systemet natt');
    await dialog.getByLabel('Lösenord').fill(process.env.DEMO_PASSWORD ?? 'planpuls-demo');
    await dialog.getByRole('button', { name: 'Logga in och spara' }).click();

    // The kept write went through: the secret is shown once, with the warning.
    await page.locator('#secret-value').waitFor();
    expect(await page.inputValue('#secret-value')).not.toBe('');
    expect(plain(await page.locator('.secret').textContent())).toContain('Den visas bara den här gången');
    expect(plain(await page.locator('.app-notice').textContent())).toBe('Du är inloggad igen och ändringen är sparad.');
    expect(await dialog.isVisible()).toBe(false);
    expect(new URL(page.url()).pathname).toBe('/admin/tokens');

    // Revoked after confirming in a dialog.
    await page.getByRole('button', { name: 'Återkalla HR-systemet natt' }).click();
    const confirm = page.getByRole('dialog', { name: 'Återkalla nyckeln HR-systemet natt?' });
    await confirm.getByRole('button', { name: 'Återkalla HR-systemet natt' }).click();
    await expect
      .poll(async () => plain(await page.locator('.admin-status').last().textContent()))
      .toBe('Nyckeln HR-systemet natt är återkallad.');
    await page.context().close();
  });

  it('closes the dialog with Escape and says the change was not saved', async () => {
    const page = await newPage(browser, { admin: true });
    await open(page, '/admin/tokens');
    await page.getByLabel('Namn', { exact: true }).fill('Avbruten');
    await page.getByLabel('Förvaltningar som nyckeln får skriva värden för').selectOption(['FARSTA']);
    await page.context().clearCookies();
    await page.getByRole('button', { name: 'Skapa nyckel' }).click();
    const dialog = page.getByRole('dialog', { name: 'Logga in igen' });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reauth-password');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(plain(await page.getByRole('alert').first().textContent())).toBe('Logga in för att fortsätta.');
    expect(await page.inputValue('#token-name')).toBe('Avbruten');
    await page.context().close();
  });

  it('creates a union representative with union and reference group, and shows API refusals by the fields', async () => {
    const page = await newPage(browser, { admin: true });
    await open(page, '/admin/users');
    const email = `ombud.${Date.now()}@planpuls.test`;
    await page.getByLabel('E-postadress').fill(email);
    await page.getByLabel('Namn', { exact: true }).fill('Olle Ombud');
    // Only one of the two: refused before asking the API, and the empty one is marked.
    await page.getByLabel('Förbund (kod)').fill('SSR');
    await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
    expect(plain(await page.getByRole('alert').textContent())).toBe('Fyll i både förbund och referensgrupp, eller inget av dem.');
    expect(await page.getAttribute('#new-user-reference-group', 'aria-invalid')).toBe('true');
    // A reference group the union has no seat in is refused by the API, in words.
    await page.getByLabel('Referensgrupp (kod)').fill('NOWHERE');
    await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
    expect(plain(await page.getByRole('alert').textContent())).toBe('Det finns ingen referensgrupp med den koden.');
    await page.getByLabel('Referensgrupp (kod)').fill('CENTRAL');
    await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await expect.poll(async () => plain(await page.locator('.admin-status').first().textContent())).toBe('Olle Ombud är tillagd.');
    const created = (await api<{ items: User[] }>(page, '/users')).items.find((u) => u.email === email)!;
    expect(created).toMatchObject({ union: 'SSR', referenceGroup: 'CENTRAL' });
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  it('keeps the filters of the user list in the link: search, role and state survive a reload', async () => {
    const page = await newPage(browser, { admin: true });
    await open(page, '/admin/users');
    await page.locator('#users-role').selectOption('hr');
    await page.waitForURL(/role=hr/);
    await page.getByLabel('Sök namn eller e-post').fill('spanga');
    await page.waitForURL(/q=spanga/);
    await expect.poll(async () => (await page.locator('tbody th').allTextContents()).map(plain)).toEqual(['Ahmed Hassan']);
    await page.reload();
    await settle(page);
    expect(await page.inputValue('#users-role')).toBe('hr');
    expect(await page.inputValue('#users-search')).toBe('spanga');
    await expect.poll(async () => (await page.locator('tbody th').allTextContents()).map(plain)).toEqual(['Ahmed Hassan']);
    // A shared link opens the same list.
    await open(page, '/admin/users?state=disabled&role=viewer');
    expect(await page.inputValue('#users-state')).toBe('disabled');
    expect(await page.inputValue('#users-role')).toBe('viewer');
    await page.context().close();
  });

  it('keeps the admin pages from other users', async () => {
    const page = await newPage(browser);
    await page.goto('/admin/users');
    await page.waitForURL((url) => !url.pathname.startsWith('/admin'));
    await settle(page);
    await page.locator('.user-menu summary').click();
    expect(await page.getByRole('link', { name: 'Användare' }).count()).toBe(0);
    await page.context().close();
  });
});
