import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { showSkippedContent } from './skipped-content.ts';
import { at } from './site-url.ts';
import { displayText } from '../../src/lib/format/typography.ts';

// The site built from tests/fixtures/hostile: names, notes and titles hold markup, script,
// event handlers, javascript: URLs, a very long string, right-to-left marks and emoji.
const HOSTILE = [
  '<script>alert("p1")</script>甲市高新区',
  '<img src=x onerror=alert(2)>经开区',
  '\u202e乙市工业园🏭\u202c',
  '<b onclick=alert(5)>获评</b>',
  '2025年度<svg onload=alert(6)>评价',
];

function guard(page: Page) {
  const problems: string[] = [];
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

const PAGES = ['/', '/rankings/', '/parks/P1/', '/parks/P2/', '/parks/P3/', '/indicators/tax_per_mu/', '/targets/', '/methodology/'];

for (const path of PAGES) {
  test(`${path} shows hostile text as text and runs none of it`, async ({ page }) => {
    const problems = guard(page);
    await page.goto(path, { waitUntil: 'networkidle' });
    // Hover and focus every chart mark, where tooltips would render text.
    for (const mark of await page.locator('[data-tip]').all()) await mark.focus();
    await expect(page.locator('body')).toBeVisible();
    expect(await page.locator('script:not([src]):not([type="application/json"])').count()).toBe(0);
    expect(await page.locator('main img, main iframe, main svg[onload]').count()).toBe(0);
    expect(problems).toEqual([]);
  });
}

const LONG_NAME = 'SuzhouIndustrialParkInternationalScienceAndTechnologyInnovationZoneNorth';
const NAMED = new Set(['/rankings/', '/parks/P4/', '/indicators/tax_per_mu/']);

for (const path of [...PAGES, '/parks/P4/', '/data/']) {
  test(`${path} at 360 px: long unbroken text wraps instead of scrolling the page sideways`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    // A reader who scrolls through the page meets the long tables the browser skips while off-screen.
    await showSkippedContent(page);
    if (NAMED.has(path)) expect(await page.locator('main').innerText()).toContain(LONG_NAME);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
}

test('names appear literally, in the page and in live results', async ({ page }) => {
  const problems = guard(page);
  await page.goto(at('rankings/'));
  const text = await page.locator('main').innerText();
  // Markup stays text; only ASCII quotes become Chinese ones, as in every name the site shows.
  for (const s of HOSTILE.slice(0, 3)) expect(text).toContain(displayText(s).replace(/[\u202e\u202c]/g, ''));
  await page.selectOption('select[name=city]', { index: 1 });
  await page.waitForFunction(() => document.body.dataset.live === 'ready', null, { timeout: 60_000 });
  const live = await page.locator('#ranking-table tbody').innerText();
  expect(live).toContain('<script>alert(“p1”)</script>甲市高新区');
  await page.goto(at('parks/P2/'));
  await expect(page.locator('main')).toContainText('<b onclick=alert(5)>获评</b>');
  expect(problems).toEqual([]);
});

test('download CSVs keep hostile text as text and neutralise formulas', () => {
  const values = readFileSync(new URL('../../.build/hostile-dist/data/values.csv', import.meta.url), 'utf8');
  expect(values).toContain(`,'=cmd|' /C calc'!A0\r\n`);
  const parks = readFileSync(new URL('../../.build/hostile-dist/data/parks.csv', import.meta.url), 'utf8');
  expect(parks).toContain('"<script>alert(""p1"")</script>甲市高新区"');
});
