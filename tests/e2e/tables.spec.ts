/** Tables that show what matters at every width: key columns in view, wrapped text, a cue where a table scrolls. */
import { expect, test, type Page } from '@playwright/test';
import { at } from './site-url.ts';

const KEY_COLUMNS = ['rank', 'name_zh', 'score', 'rank_change', 'tier'];

/** Whether the element lies wholly inside the window, horizontally, and is rendered. */
const inView = (page: Page, selector: string) => page.locator(selector).evaluateAll((elements) => elements.map((e) => {
  const box = e.getBoundingClientRect();
  return box.width > 0 && box.left >= 0 && box.right <= window.innerWidth + 0.5;
}));

for (const width of [360, 1440]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('the ranking’s rank, name, score, change and tier are visible without scrolling', async ({ page }) => {
      await page.goto(at('rankings/'));
      for (const key of KEY_COLUMNS) {
        expect(await inView(page, `#ranking-table thead th[data-key="${key}"]`), key).toEqual([true]);
      }
      const firstRow = await page.locator('#ranking-table tbody tr').first().locator('th, td').evaluateAll((cells) =>
        cells.slice(0, 5).map((c) => { const b = c.getBoundingClientRect(); return b.width > 0 && b.left >= 0 && b.right <= window.innerWidth + 0.5; }));
      expect(firstRow).toEqual([true, true, true, true, true]);
      // The page itself never scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });

    test('the other columns are in the row’s detail on phones, in the table on desktops', async ({ page }) => {
      await page.goto(at('rankings/'));
      const detail = page.locator('#ranking-table tbody tr').first().locator('.row-detail');
      const city = page.locator('#ranking-table thead th[data-key="city"]');
      if (width < 768) {
        await expect(city).toBeHidden();
        await detail.locator('summary').click();
        await expect(detail).toContainText('城市');
      } else {
        await expect(city).toBeVisible();
        await expect(detail).toBeHidden();
      }
    });

    test('sorting by a category keeps rank and name in view', async ({ page }) => {
      test.skip(width < 768, 'category columns are in the row detail on phones');
      await page.goto(at('rankings/'));
      const sortButton = page.locator('#ranking-table thead th[data-key^="cat:"] button').last();
      await sortButton.scrollIntoViewIfNeeded();
      await sortButton.click();
      await page.waitForFunction(() => document.body.dataset.live === 'ready', null, { timeout: 60_000 });
      for (const key of ['rank', 'name_zh']) expect(await inView(page, `#ranking-table thead th[data-key="${key}"]`), key).toEqual([true]);
    });

    for (const path of [at('data/dictionary/'), at('methodology/'), at('data/')]) {
      test(`${path}: no table text is clipped, and a table that scrolls says so`, async ({ page }) => {
        await page.goto(path);
        const clipped = await page.locator('main td, main th').evaluateAll((cells) =>
          cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent?.trim().slice(0, 30)));
        expect(clipped).toEqual([]);
        const frames = page.locator('.table-frame');
        for (let i = 0; i < await frames.count(); i++) {
          const frame = frames.nth(i);
          if (!(await frame.isVisible())) continue;
          // As a reader meets it: a table is measured, and its cue shown, once it nears the screen.
          await frame.scrollIntoViewIfNeeded();
          const scrolls = await frame.locator('.table-scroll').evaluate((s) => s.scrollWidth > s.clientWidth + 1);
          const cue = page.locator('.table-frame + .scroll-cue').nth(i);
          if (scrolls) await expect(cue).toBeVisible();
          else await expect(cue).toBeHidden();
        }
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      });
    }
  });
}
