import { expect, test } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { PAGE_TYPES } from './pages.ts';
import { fullPageScreenshot } from './skipped-content.ts';

for (const { name, path } of PAGE_TYPES) {
  test(`${name} page: axe-core finds no WCAG 2.2 A/AA violation and no best-practice one`, async ({ page }) => {
    // Best-practice rules over a 140-row table take a while on a loaded 2-core machine.
    test.setTimeout(120_000);
    await page.goto(path);
    expect(await axeViolations(page)).toEqual([]);
  });

  test(`${name} page: no horizontal page scroll at 360 px`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await fullPageScreenshot(page, `test-results/screenshots/${name}-360.png`);
  });
}
