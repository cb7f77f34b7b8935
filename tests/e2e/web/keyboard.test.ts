// Code in page.evaluate and init scripts runs in the browser.
/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, open, plain, settle } from './browser';

/** What has focus, as a reader of the test needs it. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const style = el ? getComputedStyle(el) : null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      text: (el?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      id: el?.id ?? '',
      row: el?.dataset.gridRow ?? null,
      col: el?.dataset.gridCol ?? null,
      focusVisible: el ? el.matches(':focus-visible') : false,
      outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '',
    };
  });

async function tabUntil(page: Page, matches: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (matches(now)) return now;
  }
  throw new Error('the element was not reached with Tab');
}

describe('keyboard only', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('skips to the content, reaches the heat map, moves through the grid with the arrow keys and opens a cell with Enter', async () => {
    const page = await newPage(browser);
    await open(page, '/plans/HP-2024?period=2025-T2');

    // The first Tab shows the skip link; Enter moves focus to the main content.
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    expect(skip.text).toBe('Hoppa till innehållet');
    expect(skip.focusVisible).toBe(true);
    expect(skip.outline).not.toMatch(/^none/);
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('main');

    // The period selector works from the keyboard.
    await tabUntil(page, (f) => f.id === 'filter-period');
    await page.keyboard.press('ArrowUp');
    await page.waitForURL(/period=2025-T1/);
    await settle(page);
    await page.keyboard.press('ArrowDown');
    await page.waitForURL(/period=2025-T2/);
    await settle(page);

    // To the heat map; the new view's heading gets focus.
    await page.keyboard.press('Shift+Tab');
    const link = await focused(page);
    expect(link.text).toBe('Värmekarta');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/heatmap\?period=2025-T2/);
    await settle(page);
    const heading = await focused(page);
    expect(heading.tag).toBe('h1');
    expect(heading.text).toBe('Värmekarta per förvaltning');

    // One Tab stop into the grid: the first header cell, which sorts by name.
    const first = await tabUntil(page, (f) => f.row !== null);
    expect([first.row, first.col]).toEqual(['0', '0']);
    expect(first.focusVisible).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/dir=desc/);
    expect(await page.getAttribute('th[aria-sort]', 'aria-sort')).toBe('descending');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.search.includes('dir=desc'));

    // Arrows move between cells; Home and End to the ends of the row.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toMatchObject({ row: '2', col: '0' });
    const firstUnit = (await focused(page)).text;
    await page.keyboard.press('End');
    const last = await focused(page);
    expect(Number(last.col)).toBeGreaterThan(10);
    await page.keyboard.press('Home');
    expect(await focused(page)).toMatchObject({ row: '2', col: '0' });

    // To the column of goal 2.1 for socialsekreterare, then Enter opens that goal for that unit.
    const headers = (await page.locator('thead tr').first().locator('th').allTextContents()).map(plain);
    const column = headers.findIndex((h) => h.startsWith('2.1 Socialsekreterare'));
    expect(column).toBeGreaterThan(0);
    for (let i = 0; i < column; i++) await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toMatchObject({ row: '2', col: String(column) });

    // Tab leaves the grid in one step, Shift+Tab comes back to the same cell.
    await page.keyboard.press('Tab');
    expect((await focused(page)).row).toBeNull();
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toMatchObject({ row: '2', col: String(column) });

    await page.keyboard.press('Enter');
    await page.waitForURL(/\/goals\/2\.1\?/);
    await settle(page);
    const goalHeading = await focused(page);
    expect(goalHeading.tag).toBe('h1');
    expect(goalHeading.text).toContain('Mål 2.1');
    const unitCode = new URL(page.url()).searchParams.get('unit');
    expect(unitCode).not.toBeNull();
    expect(plain(await page.locator('#filter-unit option:checked').textContent())).toBe(firstUnit);
    await page.context().close();
  });
});
