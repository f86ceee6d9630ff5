import { expect, test, type Page } from '@playwright/test';

// The site built from data/etdz (npm run build:etdz): the commerce ministry's published top-30
// lists of national economic and technological development zones, transcribed from public copies.
// Each test checks a fact a reader would check against the sources in data/etdz.

/** The park page's rank-history table row for a period, as text (the table sits in a closed <details>). */
async function historyRow(page: Page, period: string): Promise<string> {
  const row = page.locator('table', { hasText: '历年全国排名：数据表' }).locator('tbody tr', { hasText: `${period}年度` });
  return (await row.textContent())?.replace(/\s+/g, ' ').trim() ?? '';
}

test('every page says these are published results transcribed from public copies', async ({ page }) => {
  for (const path of ['/', '/rankings/', '/parks/G321085/', '/methodology/', '/data/']) {
    await page.goto(path);
    await expect(page.getByRole('note').first()).toContainText('根据公开转载逐条录入');
  }
});

test('a zone’s published rank in two years and its move: 南京 9th (2020) → 11th (2021), 后退2位', async ({ page }) => {
  await page.goto('/parks/G321014/');
  await expect(page.locator('h1')).toHaveText('南京经济技术开发区');
  // A national evaluation: the field is 全国, never 全省.
  await expect(page.locator('main')).toContainText('全国排名');
  await expect(page.locator('main')).not.toContainText('全省');
  expect(await historyRow(page, '2020')).toContain('第9位（共218个）');
  expect(await historyRow(page, '2021')).toContain('第11位（共217个）');
  expect(await historyRow(page, '2021')).toContain('较上年度后退2位');
  // 2023 (a partial Jiangsu list, short name 南京) after 2022 (full list, 南京经开区): 12th → 14th.
  expect(await historyRow(page, '2023')).toContain('第14位');
  expect(await historyRow(page, '2023')).toContain('较上年度后退2位');
});

test('a zone that left the top 30 is shown as such, never with a made-up rank', async ({ page }) => {
  // 哈尔滨 was 23rd in 2020 and is not in the complete 2021 top 30.
  await page.goto('/parks/G231010/');
  const row2021 = await historyRow(page, '2021');
  expect(row2021).toContain('未进入前30');
  expect(row2021).toContain('出榜（上年度第23位）');
  expect(row2021).not.toMatch(/第\d+位（共/);
  // In a year whose copy is incomplete, absence is not read as leaving the list.
  expect(await historyRow(page, '2024')).toContain('未见于所录前30名（名单不全）');
  await expect(page.locator('.notice').first()).toContainText('名单以外的园区未公布名次，本站不作推算');
});

test('a misprinted and a short name resolve to the right zone, and a method change is not a move', async ({ page }) => {
  await page.goto('/parks/G311013/');
  await expect(page.locator('h1')).toHaveText('漕河泾新兴技术开发区');
  // 2020 printed 上海曹河泾新兴技术开发区; 2022 printed 上海漕河泾经开区.
  expect(await historyRow(page, '2020')).toContain('第16位');
  expect(await historyRow(page, '2021')).toContain('第15位');
  const row2022 = await historyRow(page, '2022');
  expect(row2022).toContain('第14位');
  expect(row2022).toContain('口径变化');
  expect(row2022).not.toContain('前进');
});

test('near-twins stay apart: 长春汽车经开区 (27th in 2022) is not 长春经开区 (28th in 2021)', async ({ page }) => {
  await page.goto('/parks/G221071/');
  await expect(page.locator('h1')).toHaveText('长春汽车经济技术开发区');
  expect(await historyRow(page, '2022')).toContain('第27位');
  expect(await historyRow(page, '2021')).toContain('未进入前30');
  await page.goto('/parks/G221009/');
  expect(await historyRow(page, '2021')).toContain('第28位');
  expect(await historyRow(page, '2022')).toContain('未进入前30');
});

test('the ranking shows what was published, says how many were evaluated, and offers no what-if', async ({ page }) => {
  await page.goto('/rankings/');
  await expect(page.locator('main')).toContainText('本期公布前30名（所见公布文本不全，只录得4个），参评园区共229个');
  const rows = page.locator('#ranking-table tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(rows.first()).toContainText('萧山经济技术开发区');
  await expect(rows.first()).toContainText('公布名称：萧山');
  await expect(page.locator('#what-if')).toContainText('本期只有公布的结果，没有各项指标数值');
  await expect(page.locator('#what-if-form')).toBeHidden();
});

test('a zone known only from a top-30 list: its page shows the published place, source and no score breakdown', async ({ page }) => {
  await page.goto('/parks/G331019/');
  await expect(page.locator('#result')).toHaveText('2024年度公布结果');
  await expect(page.locator('.cards.headline')).toContainText('第6位');
  await expect(page.locator('.cards.headline')).toContainText('未公布');
  await expect(page.getByRole('link', { name: 'zjmif.com 报道' })).toHaveAttribute('href', 'https://zjmif.com/cooperations/detail/id/29595.html');
  await expect(page.locator('main')).toContainText('无法分项计分、模拟权重或测算追赶所需的提升');
  await expect(page.locator('#indicators')).toHaveCount(0);
  await expect(page.locator('#move-up')).toHaveCount(0);
});

test('the overview of a year whose list names no home zone says so instead of an empty picture, and the briefing counts every zone evaluated', async ({ page }) => {
  // The 2024 copy names 4 of the top 30 and no Jiangsu zone; 229 zones were evaluated.
  await page.goto('/');
  await expect(page.locator('main .lead')).toContainText('江苏省没有园区见于本期公布名次。');
  await expect(page.locator('#standing')).toHaveCount(0);
  await expect(page.locator('main .notice')).toContainText('本期所录公布名次中没有江苏省园区，所以这里没有位置图');
  await expect(page.locator('.cards')).toContainText('所录各期名单中共12个江苏省园区');
  await page.goto('/briefing/');
  const cards = page.locator('.figure-card').filter({ visible: true });
  await expect(cards).toHaveText(['229个 全国参评园区', '0个 江苏省上榜园区', '— 江苏省最高名次', '0个 进入全国前10']);
  // No empty slides: the home-ranking slide says no home zone is listed; no alerts or category leaders without values.
  await expect(page.locator('#slide-home-ranking')).toContainText('本期所录名次中没有江苏省园区');
  await expect(page.locator('#slide-alerts')).toHaveCount(0);
  await expect(page.locator('#slide-leaders')).toHaveCount(0);
});
