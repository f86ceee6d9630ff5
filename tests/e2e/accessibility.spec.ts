import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from './pages.ts';

for (const { name, path } of PAGE_TYPES) {
  test(`${name} page: axe-core finds no WCAG 2.2 A/AA violation`, async ({ page }) => {
    // axe walks every node: the long tables (140 ranking rows, the data dictionary) take a while on 2 shared cores.
    test.setTimeout(90_000);
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
  });

  test(`${name} page: no horizontal page scroll at 360 px`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/screenshots/${name}-360.png`, fullPage: true });
  });
}
