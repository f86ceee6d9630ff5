import { expect, test } from '@playwright/test';
import { latestPeriod, publishedTable, site } from './published.ts';
import { PAGE_TYPES } from './pages.ts';
import { at, BASE } from './site-url.ts';

// Every page is complete HTML: these tests run with JavaScript off and compare the page with
// the published tables the same build wrote.
test.use({ javaScriptEnabled: false });

const period = latestPeriod();
const { home_city: homeCity } = site();
const rankings = publishedTable('rankings').filter((r) => r.period === period);
const byRank = (a: Record<string, string>, b: Record<string, string>) => Number(a.rank || 1e9) - Number(b.rank || 1e9);
const fixed = (value: string | undefined, decimals: number) =>
  new Intl.NumberFormat('zh-CN', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(Number(value));

const targetYear = publishedTable('targets').map((t) => t.year!).sort().at(-1)!;

for (const { name, path } of PAGE_TYPES) {
  test(`${name} page names the period, its date and source`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('h1')).toHaveCount(1);
    const meta = page.locator('.meta').first();
    // The targets page is about the target year's months; every other page about an evaluation period.
    await expect(meta).toContainText(name === 'targets' ? `${targetYear}年目标进度 · 目标数据截至${targetYear}年` : `${period}年度评价结果`);
    await expect(meta).toContainText(name === 'targets' ? '时序进度' : '公布于');
    await expect(meta).toContainText('来源：');
    await expect(page.locator('.sample-banner')).toBeVisible();
  });
}

test('overview: the home city’s best park and its province rank', async ({ page }) => {
  await page.goto(at(''));
  const best = rankings.filter((r) => r.city === homeCity && r.rank).sort(byRank)[0]!;
  await expect(page.locator('.lead')).toContainText(`${best.name_zh}（全省第${best.rank}位）`);
  const homeRows = page.getByRole('table', { name: `${homeCity}园区${period}年度全省排名` }).locator('tbody tr');
  await expect(homeRows).toHaveCount(rankings.filter((r) => r.city === homeCity).length);
});

test('canonical address and social preview: on the public host (site.json base_url), under the base path; the image is served', async ({ page, request }) => {
  await page.goto(at('rankings/'));
  const meta = (property: string) => page.locator(`meta[property="${property}"]`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `https://parks.example.org${BASE}rankings/`);
  await expect(meta('og:url')).toHaveAttribute('content', `https://parks.example.org${BASE}rankings/`);
  await expect(meta('og:image')).toHaveAttribute('content', `https://parks.example.org${BASE}social-preview.png`);
  await expect(meta('og:image:width')).toHaveAttribute('content', '1200');
  await expect(meta('og:image:height')).toHaveAttribute('content', '630');
  await expect(meta('og:image:alt')).toHaveAttribute('content', `园区评价看板：示例省示例市园区${period}年度全省排名（示例数据）`);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  const image = await request.get(at('social-preview.png'));
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/png');
  // PNG signature, then the IHDR chunk's width and height.
  const bytes = await image.body();
  expect([bytes.subarray(1, 4).toString(), bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual(['PNG', 1200, 630]);
});

test('park profile: total score and province rank', async ({ page }) => {
  const park = rankings.filter((r) => r.city === homeCity && r.rank).sort(byRank)[0]!;
  await page.goto(at(`parks/${park.park_id}/`));
  await expect(page.locator('h1')).toHaveText(park.name_zh!);
  await expect(page.locator('main')).toContainText(`全省第${park.rank}位`);
  await expect(page.locator('main')).toContainText(fixed(park.score, 2));
});

test('indicator page: the top park by value leads the top-10 table', async ({ page }) => {
  const indicator = publishedTable('indicators').find((i) => i.tiebreak === 'true')!;
  const scores = publishedTable('indicator_scores').filter((s) => s.period === period && s.indicator_id === indicator.indicator_id && s.value !== '');
  const top = scores.sort((a, b) => Number(b.value) - Number(a.value))[0]!;
  const name = publishedTable('parks').find((p) => p.park_id === top.park_id)!.name_zh!;
  await page.goto(at(`indicators/${indicator.indicator_id}/`));
  const table = page.getByRole('table', { name: `${period}年度${indicator.name_zh}全省前10名` });
  await expect(table.locator('tbody tr').first()).toContainText(name);
  await expect(table.locator('tbody tr').first()).toContainText(fixed(top.value, Number(indicator.decimals)));
});

test('targets page: each city target’s completion at the latest month', async ({ page }) => {
  const progress = publishedTable('target_progress').filter((t) => t.scope === 'city' && t.kind === 'cumulative');
  const lastMonth = Math.max(...progress.map((t) => Number(t.month)));
  await page.goto(at('targets/'));
  for (const t of progress.filter((p) => Number(p.month) === lastMonth)) {
    await expect(page.locator('main')).toContainText(`完成年度任务的${fixed(t.completion_pct, 2)}%`);
  }
  await expect(page.locator('main')).toContainText(/实现双过半|未实现双过半/);
});

test('methodology page: every indicator with its points, from the methodology tables', async ({ page }) => {
  await page.goto(at('methodology/'));
  const indicators = publishedTable('indicators');
  const table = page.getByRole('table', { name: /评价指标一览/ });
  await expect(table.locator(`tbody a[href^="${at('indicators/')}"]`)).toHaveCount(indicators.length);
  for (const i of indicators.slice(0, 5)) await expect(table).toContainText(i.name_zh!);
});

test('Chinese typography: “ ” quotes in names, no stray spaces in the overview’s lead', async ({ page }) => {
  const quoted = publishedTable('parks').find((p) => p.name_zh!.includes('"'));
  test.skip(!quoted, 'no park name with ASCII quotes in these data');
  await page.goto(at(`parks/${quoted!.park_id}/`));
  // 丰乡"智谷"数字经济产业园 in the data reads 丰乡“智谷”数字经济产业园.
  const shown = quoted!.name_zh!.replace(/"([^"]*)"/g, '“$1”');
  await expect(page.locator('h1')).toHaveText(shown);
  await page.goto(at(''));
  await expect(page.locator('.lead')).toContainText(`${homeCity}${rankings.filter((r) => r.city === homeCity).length}个园区中排名最高的是`);
});
