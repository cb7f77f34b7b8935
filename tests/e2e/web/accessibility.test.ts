import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, open } from './browser';
import { VIEWS } from './views';

// WCAG 2.1 A and AA (law for Swedish public bodies), plus axe's best practices (heading order, landmarks).
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
  }));
}

describe('accessibility of every view (axe-core in Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const view of VIEWS) {
    it(`has no violations on ${view.name} (${view.path})`, async () => {
      const page = await newPage(browser, { anonymous: 'anonymous' in view, admin: 'admin' in view });
      await open(page, view.path);
      expect(await violations(page)).toEqual([]);
      await page.context().close();
    });
  }

  it('has no violations in English either, with Swedish names marked as Swedish', async () => {
    const page = await newPage(browser, { locale: 'en' });
    await open(page, '/plans/HP-2024/heatmap?period=2025-T2');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toContain('Heat map');
    expect(await page.locator('tbody th a[lang="sv"]').count()).toBeGreaterThan(10);
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  it('has no violations at a phone width', async () => {
    const page = await newPage(browser, { width: 390 });
    for (const path of [
      '/plans/HP-2024?period=2025-T2',
      '/plans/HP-2024/heatmap?period=2025-T2',
      '/plans/HP-2024/goals/2.1?period=2025-T2',
    ]) {
      await open(page, path);
      expect(await violations(page), path).toEqual([]);
    }
    await page.context().close();
  });
});
