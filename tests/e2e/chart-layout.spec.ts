/**
 * Charts drawn for the width they are shown at: on every page type at a phone's and a desktop's
 * width, once the browser has redrawn each chart for its box, chart text renders 11–20 px (its
 * computed size times the SVG's scale), lies inside its SVG, and no two labels overlap. Every
 * page is saved as a screenshot at both widths, every briefing slide at 1920×1080 (in this test's
 * output folder).
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PAGE_TYPES } from './pages.ts';
import { at } from './site-url.ts';
import { chartsDrawn, chartTexts, MAX_TEXT, MIN_TEXT, overlaps } from './chart-text.ts';
import { fullPageScreenshot } from './skipped-content.ts';

const WIDTHS = [360, 1440] as const;

for (const width of WIDTHS) {
  for (const { name, path } of PAGE_TYPES) {
    test(`${name} at ${width} px: chart text 11–20 px, inside its chart, no overlaps`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready);
      await chartsDrawn(page);
      await fullPageScreenshot(page, testInfo.outputPath(`${name}-${width}.png`));
      for (const svg of await page.locator('svg.chart:visible').all()) {
        await svg.screenshot({ path: testInfo.outputPath(`${name}-${width}-chart-${await svg.evaluate((e) => e.closest('[id]')?.id ?? 'chart')}.png`) });
      }
      const texts = await page.evaluate(chartTexts);
      const sizes = texts.filter((t) => t.size < MIN_TEXT || t.size > MAX_TEXT).map((t) => `${t.chart}: “${t.text}” ${t.size.toFixed(1)} px`);
      expect(sizes).toEqual([]);
      expect(texts.filter((t) => !t.inside).map((t) => `${t.chart}: “${t.text}”`)).toEqual([]);
      expect(overlaps(texts)).toEqual([]);
    });
  }
}

test('a chart is redrawn when its box changes width, its text keeping its size', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(at('rankings/'));
  await chartsDrawn(page);
  const box = page.locator('#rank-history .chart-svg');
  const sizesNow = async () => [...new Set((await page.evaluate(chartTexts)).filter((t) => t.chart.includes('排名变化')).map((t) => t.size))].sort();
  const wide = Number(await box.getAttribute('data-drawn-width'));
  const wideSizes = await sizesNow();
  await page.setViewportSize({ width: 400, height: 900 });
  await chartsDrawn(page);
  const narrow = Number(await box.getAttribute('data-drawn-width'));
  expect(narrow).toBeLessThan(wide);
  expect(Number(await box.locator('svg').getAttribute('width'))).toBe(narrow);
  expect(await sizesNow()).toEqual(wideSizes);
  expect(wideSizes.every((size) => size >= 12 && size <= 14)).toBe(true);
});

test('the ranking chart shows every park in grey and the picker brings one into focus, labelled', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/rankings/');
  await chartsDrawn(page);
  const chart = page.locator('#rank-history .chart-svg svg');
  const context = chart.locator('g.context > path');
  const before = await context.count();
  const homeLabels = await chart.locator('g.end-labels text').count();
  expect(before + homeLabels).toBeGreaterThan(100);
  // The axis runs to the last ranked place.
  const lastTick = await chart.locator('text').evaluateAll((texts) => Math.max(...texts.map((t) => Number(t.textContent)).filter(Number.isFinite)));
  expect(lastTick).toBeGreaterThanOrEqual(before + homeLabels - 5);

  await page.locator('.park-picker summary').click();
  const value = (await page.locator('.park-picker input[name=parks]:not(:checked)').first().getAttribute('value'))!;
  const other = page.locator(`.park-picker input[name=parks][value="${value}"]`);
  const name = (await other.locator('xpath=..').textContent())!.trim();
  await other.check();
  await expect(chart.locator('g.end-labels text', { hasText: name })).toHaveCount(1);
  await expect(context).toHaveCount(before - 1);
  expect(new URL(page.url()).searchParams.get('parks')!.split(',')).toContain(value);
  expect(overlaps(await page.evaluate(chartTexts))).toEqual([]);
});

const dist = resolve(new URL('../..', import.meta.url).pathname, process.env.E2E_DIST ?? 'dist');
const SLIDES = [...readFileSync(join(dist, 'briefing', 'index.html'), 'utf8').matchAll(/data-slide="([^"]+)"/g)].map((m) => m[1]!);

test('every briefing slide at 1920×1080, saved as a screenshot', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(at(`briefing/?interval=3600`));
  for (const [i, id] of SLIDES.entries()) {
    if (i > 0) await page.keyboard.press('ArrowRight');
    await expect(page.locator('#briefing')).toHaveAttribute('data-current', id);
    await page.screenshot({ path: testInfo.outputPath(`briefing-${id}.png`) });
  }
});
