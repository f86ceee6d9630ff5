/**
 * One park, one statement: a park vetoed last period, a new park and a park that moved read the
 * same on the ranking, the overview, the park page, the briefing and in the downloaded rankings.
 */
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { latestPeriod, publishedTable, site } from './published.ts';
import { at } from './site-url.ts';

const latest = latestPeriod();
const homeCity = site().home_city;
const rankings = publishedTable('rankings');
const home = rankings.filter((r) => r.city === homeCity && r.vetoed === 'false' && r.previous_period !== '')
  // The latest period first: it is the one every surface shows.
  .sort((a, b) => b.period!.localeCompare(a.period!) || a.park_id!.localeCompare(b.park_id!));

const word = (r: Record<string, string>) => (/^\d{4}$/.test(r.period!) && /^\d{4}$/.test(r.previous_period!) ? '上年度' : '上期');
const vetoedBefore = home.find((r) => r.previous_vetoed === 'true')!;
const newcomer = home.find((r) => r.previous_vetoed === '')!;
const mover = home.find((r) => r.period === latest && Number(r.rank_change) !== 0 && r.rank_change !== '')!;
const places = Number(mover.rank_change);

const cases = [
  { name: 'a park vetoed in the period before', row: vetoedBefore, short: `${word(vetoedBefore)}一票否决`, phrase: `${word(vetoedBefore)}一票否决，未排名` },
  { name: 'a park new to the evaluation', row: newcomer, short: '新参评', phrase: '新参评' },
  {
    name: 'a park that moved',
    row: mover,
    short: places > 0 ? `↑${places}` : `↓${-places}`,
    phrase: places > 0 ? `较${word(mover)}前进${places}位` : `较${word(mover)}后退${-places}位`,
  },
];

const liveReady = (page: Page) => page.waitForFunction(() => document.body.dataset.live === 'ready', null, { timeout: 60_000 });

test('the data hold each case', () => {
  // 丰山滨江工业园区 in the sample: ranked 2022 and 2023, vetoed 2024, ranked in 2025.
  for (const c of cases) expect(c.row, c.name).toBeDefined();
  expect(vetoedBefore.rank_change).toBe('');
});

for (const c of cases) {
  const { row } = c;
  test.describe(`${c.name}: ${row.name_zh} in ${row.period}`, () => {
    test('ranking table', async ({ page }) => {
      await page.goto(row.period === latest ? at('rankings/') : at(`rankings/?period=${row.period}`));
      if (row.period !== latest) {
        await liveReady(page);
        await expect(page.locator('#period-line')).toContainText(`${row.period}年度评价结果`);
      }
      const columns = await page.locator('#ranking-table thead th').evaluateAll((ths) => ths.map((th) => (th as HTMLElement).dataset.key));
      const tr = page.locator('#ranking-table tbody tr', { has: page.locator('th', { hasText: row.name_zh! }) });
      await expect(tr.locator('th, td').nth(columns.indexOf('rank_change'))).toHaveText(c.short);
    });

    test('park page', async ({ page }) => {
      await page.goto(at(`parks/${row.park_id}/`));
      const history = page.locator('table', { has: page.locator('th', { hasText: '名次变化 / 备注' }) });
      await expect(history.locator('tr', { has: page.locator('th', { hasText: `${row.period}年度` }) })).toContainText(c.phrase);
      if (row.period === latest) await expect(page.locator('.cards.headline')).toContainText(c.phrase);
    });

    test('briefing', async ({ page }) => {
      await page.goto(row.period === latest ? at('briefing/') : at(`briefing/${row.period}/`));
      const homeRow = page.locator('#slide-home-ranking tbody tr', { has: page.locator('th', { hasText: row.name_zh! }) });
      // The words a reader hears from a screen reader: the direction mark is decoration.
      const spoken = (el: Element) => [...el.childNodes].filter((n) => !(n instanceof Element && n.getAttribute('aria-hidden'))).map((n) => n.textContent).join('');
      expect(await homeRow.locator('.movement').evaluate(spoken)).toBe(c.phrase);
      expect(await page.locator(`#slide-park-${row.park_id} .park-movement .movement`).evaluate(spoken)).toBe(c.phrase);
    });

    test('overview', async ({ page }) => {
      test.skip(row.period !== latest, 'the overview shows the latest period only');
      await page.goto(at(''));
      const table = page.getByRole('table', { name: `${homeCity}园区${latest}年度全省排名` });
      await expect(table.locator('tr', { has: page.locator('th', { hasText: row.name_zh! }) })).toContainText(c.phrase);
    });

    test('downloaded rankings', async ({ request }) => {
      const text = (await (await request.get(at('data/rankings.csv'))).text()).replace(/^\uFEFF/, '');
      const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
      const cells = rows.find((r) => r.period === row.period && r.park_id === row.park_id)!;
      // The file holds the facts the wording is made from: no rank change for a park not ranked before.
      if (c.row === vetoedBefore) expect([cells.previous_vetoed, cells.rank_change]).toEqual(['true', '']);
      if (c.row === newcomer) expect([cells.previous_vetoed, cells.previous_rank]).toEqual(['', '']);
      if (c.row === mover) expect([cells.previous_vetoed, cells.rank_change]).toEqual(['false', String(places)]);
    });
  });
}
