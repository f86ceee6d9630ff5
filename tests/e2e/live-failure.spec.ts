import { expect, test, type Page } from '@playwright/test';
import { at } from './site-url.ts';

// Whatever stops DuckDB-WASM, the ranking page keeps its static table and says live features are off.
async function expectStaticFallback(page: Page) {
  await page.goto(at('rankings/'));
  const rows = await page.locator('#ranking-table tbody tr').count();
  await page.selectOption('select[name=level]', 'national');
  await expect(page.locator('#live-status')).toContainText('实时筛选暂不可用');
  await expect(page.locator('#ranking-table tbody tr')).toHaveCount(rows);
  expect(await page.evaluate(() => document.body.dataset.live)).toBe('unavailable');
}

test('wasm served with the wrong MIME type', async ({ page }) => {
  await page.route('**/*.wasm', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'text/plain' } });
  });
  await expectStaticFallback(page);
});

test('the DuckDB worker blocked', async ({ page }) => {
  await page.route(/duckdb-browser-.*worker.*\.js$/, (route) => route.abort('blockedbyclient'));
  await expectStaticFallback(page);
});

test('a start-up that never finishes times out', async ({ page }) => {
  await page.clock.install();
  // The module's headers arrive, its body never does: instantiation hangs until the timeout.
  await page.route('**/*.wasm', (route) => (route.request().method() === 'HEAD' ? route.fulfill({ status: 200, headers: { 'content-type': 'application/wasm' } }) : undefined));
  await page.goto(at('rankings/'));
  await page.selectOption('select[name=level]', 'national');
  await expect(page.locator('#live-status')).toContainText('正在加载');
  // The timer starts only once the engine's code has arrived, which the test cannot observe: keep
  // advancing the clock past the 30 s limit until the page gives up.
  await expect(async () => {
    await page.clock.runFor(31_000);
    await expect(page.locator('#live-status')).toContainText('实时筛选暂不可用', { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
});
