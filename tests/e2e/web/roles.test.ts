import AxeBuilder from '@axe-core/playwright';
import type { GoalSeries, PlanProgress, Unit } from '@planpuls/contracts';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUser, launchBrowser, newPage, open, plain, screenshotPath, settle } from './browser';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const violations = async (page: Page) => (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map((v) => v.id);
const api = async <T>(page: Page, path: string): Promise<T> => (await (await page.request.get(`/api/v1${path}`)).json()) as T;

const VIEWER = demoUser('lasare@planpuls.test');
const UNION_CENTRAL = demoUser('ssr.central@planpuls.test');
const UNION_FARSTA = demoUser('vision.farsta@planpuls.test');
const HR_FARSTA = demoUser('hr.farsta@planpuls.test');
const STEERING = demoUser('styrgrupp@planpuls.test');
const FARSTA = 'Farsta stadsdelsförvaltning';

/** The heat-map cell of a unit (by name) in the column of a goal code. */
async function heatmapCell(page: Page, unitName: string, goalCode: string): Promise<string> {
  const headers = (await page.locator('thead tr').first().locator('th').allTextContents()).map(plain);
  const column = headers.findIndex((text) => text.startsWith(`${goalCode} `));
  const row = page.locator('tbody tr', { has: page.locator('th', { hasText: unitName }) });
  return plain(await row.locator('th, td').nth(column).textContent());
}

describe('what each role sees', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const user of [VIEWER, UNION_CENTRAL]) {
    it(`shows small numbers to ${user.email} as "–" with the reason, never as missing data`, async () => {
      const page = await newPage(browser, { user });
      const progress = await api<PlanProgress>(page, '/plans/HP-2024/progress?period=2025-T2');
      const units = (await api<{ items: Unit[] }>(page, '/units')).items;
      // New managers with a mentor: most districts count fewer than five new managers a tertial.
      const mentor = progress.goals.find((g) => g.code === '3.1')!.targets[0]!;
      const hidden = mentor.units.filter((u) => u.suppressed);
      expect(hidden.length).toBeGreaterThan(0);
      const first = hidden[0]!;
      const firstName = units.find((u) => u.code === first.unit)!.name;

      await open(page, '/plans/HP-2024/heatmap?period=2025-T2');
      for (const figure of hidden) {
        const name = units.find((u) => u.code === figure.unit)!.name;
        const text = await heatmapCell(page, name, '3.1');
        expect(text, name).toMatch(/^– Dolt: /);
        expect(text, name).not.toContain('Uppgift saknas');
      }
      expect(await heatmapCell(page, firstName, '3.1')).toContain(figure(first.suppressedBecause));
      expect(await violations(page)).toEqual([]);

      await open(page, `/units/${first.unit}?plan=HP-2024&period=2025-T2`);
      expect(plain(await page.locator('.tally').textContent())).toContain('Dolt');
      const mentorCard = page.locator('article', { has: page.getByRole('link', { name: /^3\.1 / }) });
      expect(plain(await mentorCard.textContent())).toContain(figure(first.suppressedBecause));
      expect(await violations(page)).toEqual([]);

      await open(page, `/plans/HP-2024/goals/3.1?period=2025-T2&unit=${first.unit}`);
      const series = await api<GoalSeries>(page, `/plans/HP-2024/goals/3.1/series?period=2025-T2&units=${first.unit}`);
      const points = series.targets[0]!.units[0]!.points;
      const rows = page.locator('.data-table tbody tr');
      expect(await rows.count()).toBe(points.length);
      for (const [i, point] of points.entries()) {
        const cells = (await rows.nth(i).locator('th, td').allTextContents()).map(plain);
        if (point.suppressed) {
          expect(cells[1], point.period).toBe(`– ${figure(point.suppressedBecause)}`);
          expect(cells.at(-1), point.period).toBe('Dolt');
        } else {
          expect(cells.at(-1), point.period).not.toBe('Dolt');
        }
      }
      expect(await violations(page)).toEqual([]);
      await page.screenshot({ path: screenshotPath(`suppressed-goal-${user.email.split('@')[0]}`), fullPage: true });
      await page.context().close();
    });
  }

  it('loads the goal page with one request for the series, not one per period', async () => {
    const page = await newPage(browser, { user: STEERING });
    const requests: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/')) requests.push(url.pathname);
    });
    await open(page, '/plans/HP-2024/goals/2.1?period=2025-T2&unit=FARSTA');
    expect(requests.filter((path) => path.endsWith('/series'))).toHaveLength(1);
    expect(requests.filter((path) => path.includes('/indicators/') && path.endsWith('/values'))).toEqual([]);
    await page.context().close();
  });

  it('opens HR at its own unit, lists it first and marks it, and shows no admin links', async () => {
    const page = await newPage(browser, { user: HR_FARSTA });
    await page.goto('/');
    await page.waitForURL(/\/units\/FARSTA\?plan=HP-2024/);
    await settle(page);
    expect(plain(await page.locator('h1').textContent())).toBe(FARSTA);
    expect(await violations(page)).toEqual([]);

    await open(page, '/plans/HP-2024/heatmap?period=2025-T2');
    const firstRow = plain(await page.locator('tbody tr').nth(1).locator('th').textContent());
    expect(firstRow).toBe(`${FARSTA} Din enhet`);
    expect(await page.locator('tbody tr.row--mine').count()).toBe(1);
    expect(await violations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('heatmap-hr-farsta'), fullPage: false });

    await open(page, '/plans/HP-2024/goals/2.1?period=2025-T2');
    expect(await page.locator('#filter-unit optgroup').first().getAttribute('label')).toBe('Dina enheter');
    expect((await page.locator('#filter-unit optgroup').first().locator('option').allTextContents()).map(plain)).toEqual([FARSTA]);

    await open(page, '/plans/HP-2024?period=2025-T2');
    expect(plain(await page.locator('.my-work h2').textContent())).toBe('Dina enheter');
    expect(plain(await page.locator('.my-work p').textContent())).toBe(`Du rapporterar för: ${FARSTA}`);
    await page.locator('.user-menu summary').click();
    expect(await page.getByRole('navigation', { name: 'Administration' }).count()).toBe(0);
    await page.context().close();
  });

  it('marks a local reference group’s units for its union members', async () => {
    const page = await newPage(browser, { user: UNION_FARSTA });
    await page.goto('/');
    await page.waitForURL(/\/plans\/HP-2024\?period=/);
    await settle(page);
    expect(plain(await page.locator('.my-work p').textContent())).toBe(`Din referensgrupp följer: ${FARSTA}`);
    await open(page, '/plans/HP-2024/heatmap?period=2025-T2');
    expect(plain(await page.locator('tbody tr').nth(1).locator('th').textContent())).toBe(`${FARSTA} Din referensgrupp`);
    await page.context().close();
  });

  it('gives the steering group its tasks on the overview, and no admin links', async () => {
    const page = await newPage(browser, { user: STEERING });
    await open(page, '/plans/HP-2024?period=2025-T2');
    const tasks = page.locator('.my-work');
    expect(plain(await tasks.locator('h2').textContent())).toBe('Dina uppgifter');
    await tasks.getByRole('link', { name: 'Se vilka distrikt som inte når målen (2025-T2)' }).click();
    await page.waitForURL(/\/plans\/HP-2024\/heatmap\?period=2025-T2/);
    await settle(page);
    // Nobody's own units: the rows are in name order, none marked.
    expect(await page.locator('tbody tr.row--mine').count()).toBe(0);
    await page.locator('.user-menu summary').click();
    expect(await page.getByRole('navigation', { name: 'Administration' }).count()).toBe(0);
    await page.context().close();
  });
});

/** The explanation the app gives for a hidden figure. */
function figure(reason: string | null): string {
  if (reason === 'small_numbers' || reason === null) return 'Dolt: färre än 5 personer, eller skulle avslöja ett sådant värde';
  return reason === 'complementary'
    ? 'Dolt: skulle avslöja ett annat dolt värde'
    : reason === 'denominator_below_threshold'
      ? 'Dolt: färre än 5 personer i underlaget'
      : 'Dolt: färre än 5 personer';
}
