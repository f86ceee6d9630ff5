import { expect, test, type Page } from '@playwright/test';
import { latestPeriod, publishedTable, site } from './published.ts';
import { at } from './site-url.ts';

const period = latestPeriod();
const rankings = publishedTable('rankings');
const homeCity = site().home_city;

const liveReady = (page: Page) =>
  page.waitForFunction(() => document.body.dataset.live === 'ready', null, { timeout: 60_000 });

test.describe('ranking page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the whole latest ranking, in rank order, with the published scores', async ({ page }) => {
    await page.goto(at('rankings/'));
    const expected = rankings.filter((r) => r.period === period).sort((a, b) => Number(a.rank || 1e9) - Number(b.rank || 1e9));
    const rows = page.locator('#ranking-table tbody tr');
    await expect(rows).toHaveCount(expected.length);
    for (const i of [0, 1, 9]) {
      const row = rows.nth(i);
      await expect(row.locator('td').first()).toHaveText(expected[i]!.rank!);
      await expect(row.locator('th a')).toHaveText(expected[i]!.name_zh!);
      await expect(row).toContainText(Number(expected[i]!.score).toFixed(2));
    }
    await expect(page.locator('#ranking-table tbody tr.home-city')).toHaveCount(expected.filter((r) => r.city === homeCity).length);
    await expect(page.locator('#period-line')).toContainText(`${period}年度评价结果`);
  });
});

test.describe('ranking page, live', () => {
  test('a filter and a period switch go through DuckDB-WASM and into the URL', async ({ page }) => {
    await page.goto(at('rankings/'));
    await page.selectOption('select[name=city]', homeCity);
    await liveReady(page);
    const home = rankings.filter((r) => r.period === period && r.city === homeCity);
    await expect(page.locator('#ranking-table tbody tr')).toHaveCount(home.length);
    expect(new URL(page.url()).searchParams.get('city')).toBe(homeCity);

    const earlier = [...new Set(rankings.map((r) => r.period!))].sort()[0]!;
    await page.selectOption('select[name=period]', earlier);
    await expect(page.locator('#ranking-table caption')).toContainText(`${earlier}年度`);
    const expected = rankings.filter((r) => r.period === earlier && r.city === homeCity).sort((a, b) => Number(a.rank || 1e9) - Number(b.rank || 1e9));
    await expect(page.locator('#ranking-table tbody tr')).toHaveCount(expected.length);
    await expect(page.locator('#ranking-table tbody tr').first().locator('th a')).toHaveText(expected[0]!.name_zh!);
    expect(new URL(page.url()).searchParams.get('period')).toBe(earlier);
  });

  test('a filter and a park picked before the page\'s script has run are answered, not undone', async ({ page }) => {
    // At thousands of parks the form shows and works well before the script that answers it runs:
    // hold the script back until the reader has picked.
    let release = () => {};
    const held = new Promise<void>((resolve) => { release = resolve; });
    await page.route(/rankings\.astro_astro_type_script[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(at('rankings/'), { waitUntil: 'commit' });
    await page.selectOption('select[name=city]', homeCity);
    await page.locator('.park-picker summary').click();
    const added = page.locator('input[name=parks]:not(:checked)').first();
    const park = await added.getAttribute('value');
    await added.check();
    release();
    await liveReady(page);
    const home = rankings.filter((r) => r.period === period && r.city === homeCity);
    await expect(page.locator('#ranking-table caption')).toContainText(`筛选出${home.length}个园区`);
    await expect(page.locator('#ranking-table tbody tr')).toHaveCount(home.length);
    await expect(page.locator('select[name=city]')).toHaveValue(homeCity);
    expect(new URL(page.url()).searchParams.get('city')).toBe(homeCity);
    await expect(page.locator(`input[name=parks][value="${park}"]`)).toBeChecked();
    expect(new URL(page.url()).searchParams.get('parks')?.split(',')).toContain(park);
  });

  test('reloading a shared URL restores the view', async ({ page }) => {
    await page.goto(at(`rankings/?level=national&sort=score&dir=asc`));
    await liveReady(page);
    const national = rankings.filter((r) => r.period === period && r.level === 'national').sort((a, b) => Number(a.score) - Number(b.score));
    await expect(page.locator('#ranking-table tbody tr')).toHaveCount(national.length);
    await expect(page.locator('#ranking-table tbody tr').first().locator('th a')).toHaveText(national[0]!.name_zh!);
    await expect(page.locator('select[name=level]')).toHaveValue('national');
    await expect(page.locator('th[aria-sort=ascending]')).toHaveAttribute('data-key', 'score');
  });

  test('the what-if panel re-ranks with other weights and reset goes back', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(at('rankings/'));
    await page.click('#what-if-panel summary');
    await page.fill('#what-if-form input[name=management]', '60');
    await page.fill('#what-if-form input[name=quality]', '5');
    // 60 + 25 + 20 + 15 + 5: the running total warns before anything is ranked.
    const total = page.locator('#weight-total');
    await expect(total).toContainText('合计125.00分，不等于官方的100.00分');
    await expect(total).toHaveAttribute('data-balanced', 'false');
    await page.uncheck('#what-if-form input[name=normalise]');
    await page.click('#what-if-form button[type=submit]');
    await expect(page.locator('#what-if-table tbody tr')).toHaveCount(rankings.filter((r) => r.period === period).length);
    const moved = page.locator('#what-if-table tbody tr td:nth-of-type(2)', { hasText: /↑|↓/ });
    expect(await moved.count()).toBeGreaterThan(0);
    // The official top park under the official weights keeps its official rank in the what-if table's column.
    const top = rankings.find((r) => r.period === period && r.rank === '1')!;
    await expect(page.locator(`#what-if-table tr[data-park="${top.park_id}"] td`).nth(3)).toHaveText('1');
    expect(new URL(page.url()).searchParams.get('weights')).toContain('management:60');

    await page.reload();
    await expect(page.locator('#what-if-form input[name=management]')).toHaveValue('60');
    // After a reload DuckDB-WASM starts again: on a busy 2-core machine that can take a while.
    await expect(page.locator('#what-if-table tbody tr').first()).toBeVisible({ timeout: 60_000 });

    await page.click('#what-if-form button[type=reset]');
    await expect(page.locator('#what-if-table')).toHaveCount(0);
    await expect(total).toHaveAttribute('data-balanced', 'true');
    expect(new URL(page.url()).searchParams.get('weights')).toBeNull();
  });

  test('the what-if scales weights to the official total, keeps the city filter and charts the home city’s moves', async ({ page }) => {
    test.setTimeout(90_000);
    const home = rankings.filter((r) => r.period === period && r.city === homeCity);
    await page.goto(at('rankings/'));
    await page.click('#what-if-panel summary');
    // Caps explain a total above 100 under the official weights.
    const top = Math.max(...rankings.filter((r) => r.period === period).map((r) => Number(r.score)));
    await expect(page.locator('#what-if-panel .hint')).toContainText(`最高总分为${top.toFixed(2)}分`);
    await page.selectOption('select[name=city]', homeCity);
    await page.fill('#what-if-form input[name=management]', '60');
    await page.fill('#what-if-form input[name=quality]', '5');
    await page.click('#what-if-form button[type=submit]');
    // 125 points scaled to 100: 60 × 100/125 = 48, 5 × 100/125 = 4.
    await expect(page.locator('#what-if-form input[name=management]')).toHaveValue('48');
    await expect(page.locator('#what-if-form input[name=quality]')).toHaveValue('4');
    await expect(page.locator('#weight-total')).toContainText('合计100.00分');
    await expect(page.locator('#what-if-table tbody tr')).toHaveCount(home.length);
    // A table of the home city alone needs no 本市 badge on every row.
    await expect(page.locator('#what-if-table .badge')).toHaveCount(0);
    const shifts = page.locator('.rank-shifts li');
    await expect(shifts).toHaveCount(home.filter((r) => r.vetoed === 'false').length);
    await expect(shifts.first()).toContainText(/第\d+位 → 第\d+位（(↑\d+|↓\d+|持平)）/);
  });

  test('when DuckDB-WASM cannot load, the static table stays and a message says so', async ({ page }) => {
    await page.route('**/*.wasm', (route) => route.abort());
    await page.goto(at('rankings/'));
    const before = await page.locator('#ranking-table tbody tr').count();
    await page.selectOption('select[name=city]', homeCity);
    await expect(page.locator('#live-status')).toContainText('实时筛选暂不可用');
    await expect(page.locator('#ranking-table tbody tr')).toHaveCount(before);
  });
});
