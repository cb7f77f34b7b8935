// Code in page.evaluate runs in the browser.
/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, statSync } from 'node:fs';
import { launchBrowser, newPage, open, screenshotPath } from './browser';
import { VIEWS } from './views';

// Kept as artifacts (artifacts/ is not committed); people look at them, the test only makes sure they exist.
describe('screenshots at desktop and phone widths', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const width of [1280, 390]) {
    it(`saves every view at ${width} px`, async () => {
      const anonymous = await newPage(browser, { width, anonymous: true });
      const page = await newPage(browser, { width });
      const admin = await newPage(browser, { width, admin: true });
      for (const view of VIEWS) {
        const tab = 'anonymous' in view ? anonymous : 'admin' in view ? admin : page;
        await open(tab, view.path);
        const path = screenshotPath(`${view.name}-${width}`);
        // Nothing may widen the page sideways: wide tables scroll inside their own box.
        expect(
          await tab.evaluate(() => document.documentElement.scrollWidth),
          `${view.name} is wider than ${width} px`,
        ).toBeLessThanOrEqual(width);
        await tab.screenshot({ path, fullPage: true });
        expect(existsSync(path) && statSync(path).size > 0, path).toBe(true);
      }
      await page.context().close();
      await admin.context().close();
      await anonymous.context().close();
    });
  }
});
