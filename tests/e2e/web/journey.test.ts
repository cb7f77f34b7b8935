import type { PlanProgress, Unit } from '@planpuls/contracts';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn, newPage, open, plain, settle } from './browser';
const percent = (value: number) =>
  plain(new Intl.NumberFormat('sv-SE', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value / 100));

describe('a steering group member follows up turnover', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens the revised plan for 2025-T2, sees which districts miss the turnover checkpoint in force, opens goal 2.1 for one of them and reads the chart table', async () => {
    const page = await newPage(browser, { anonymous: true });
    // Anyone not logged in is sent to the login form, and back to where they were going afterwards.
    await page.goto('/plans/HP-2024?period=2025-T2');
    await page.waitForURL(/\/login\?redirect=/);
    await logIn(page, { here: true });
    await page.waitForURL(/\/plans\/HP-2024\?period=2025-T2$/);

    // What the API says, with the same session, to compare the screens with.
    const api = async <T>(path: string): Promise<T> => (await (await page.request.get(`/api/v1${path}`)).json()) as T;
    const progress = await api<PlanProgress>('/plans/HP-2024/progress?period=2025-T2');
    const units = (await api<{ items: Unit[] }>('/units')).items;
    const turnoverSoc = progress.goals.find((g) => g.code === '2.1')!.targets.find((t) => t.group === 'SOC')!;
    const missing = turnoverSoc.units.filter((u) => u.status === 'not_met' || u.status === 'at_risk');
    const nameOf = (code: string) => units.find((u) => u.code === code)!.name;
    expect(missing.length).toBeGreaterThan(0);

    await page.goto('/');
    await page.waitForURL(/\/plans\/HP-2024\?period=/);
    await settle(page);
    expect(plain(await page.locator('h1').textContent())).toContain('Reviderad handlingsplan');

    await page.selectOption('#filter-period', '2025-T2');
    await page.waitForURL(/period=2025-T2/);
    await settle(page);

    await page.getByRole('link', { name: 'Värmekarta' }).click();
    await page.waitForURL(/\/plans\/HP-2024\/heatmap\?period=2025-T2/);
    await settle(page);

    const entry = page.locator('.miss-targets > li', { hasText: '2.1 Socialsekreterare' });
    const summary = plain(await entry.locator('summary').textContent());
    expect(summary).toContain('Delmål 2025-T3: högst 14 %');
    expect(summary).toContain(`${missing.length} av ${turnoverSoc.units.length} når inte målet`);
    const listed = (await entry.locator('.miss-units a').allTextContents()).map(plain);
    expect(listed.sort()).toEqual(missing.map((u) => nameOf(u.unit)).sort());

    const chosen = missing[0]!;
    await entry.getByRole('link', { name: nameOf(chosen.unit) }).click();
    await page.waitForURL(new RegExp(`/plans/HP-2024/goals/2\\.1\\?.*unit=${chosen.unit}`));
    await settle(page);
    expect(plain(await page.locator('h1').textContent())).toContain('Mål 2.1');
    expect(await page.inputValue('#filter-unit')).toBe(chosen.unit);

    const section = page.locator('section.target-section', { has: page.getByRole('heading', { level: 2, name: 'Socialsekreterare' }) });
    await expect(section.locator('[role="img"][aria-label]').count()).resolves.toBe(1);
    const table = section.locator('table');
    expect(plain(await table.locator('caption').textContent())).toContain(nameOf(chosen.unit));
    const periods = (await table.locator('tbody th').allTextContents()).map(plain);
    expect(periods[0]).toBe('2022-T3');
    expect(periods.at(-1)).toBe('2025-T2');
    const lastRow = table.locator('tbody tr').last();
    const cells = (await lastRow.locator('td').allTextContents()).map(plain);
    expect(cells[0]).toBe(percent(chosen.value!));
    expect(cells.at(-1)).toBe(chosen.status === 'not_met' ? 'Ej uppfyllt' : 'I riskzonen');
    expect(cells.at(-2)).toBe('högst 14 %');
    // The external variant sits beside the total, with its own formula version.
    const headers = (await table.locator('thead th').allTextContents()).map(plain);
    expect(headers).toContain('Personalomsättning, extern');
    expect(plain(await section.locator('.variants').textContent())).toContain('formelversion 1');
    await page.context().close();
  });

  it('says in words when a shared link names a plan or a goal that does not exist, with a way to try again', async () => {
    const page = await newPage(browser);
    await open(page, '/plans/NO-SUCH-PLAN?period=2025-T2');
    expect(plain(await page.getByRole('alert').textContent())).toContain('Handlingsplanen finns inte.');
    await open(page, '/plans/HP-2024/goals/9.9?period=2025-T2');
    expect(plain(await page.getByRole('alert').textContent())).toContain('Målet finns inte i handlingsplanen.');
    expect(await page.getByRole('button', { name: 'Försök igen' }).count()).toBe(1);
    await page.context().close();
  });
});
