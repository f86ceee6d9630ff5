/**
 * Charts drawn for the width they are shown at: on every page type at a phone's and a desktop's
 * width, once the browser has redrawn each chart for its box, chart text renders 11–20 px (its
 * computed size times the SVG's scale), lies inside its SVG, and no two labels overlap. Every
 * page is saved as a screenshot at both widths, every briefing slide at 1920×1080 (in this test's
 * output folder).
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PAGE_TYPES } from './pages.ts';
import { at } from './site-url.ts';

const WIDTHS = [360, 1440] as const;
const MIN_TEXT = 11;
const MAX_TEXT = 20;

/** Waits until every visible redrawable chart is drawn at its box's width. */
async function chartsDrawn(page: Page): Promise<void> {
  await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('.chart-svg[data-redraw]')]
    .every((box) => box.clientWidth < 200 || box.dataset.drawnWidth === String(Math.floor(box.clientWidth))));
}

interface ChartText {
  chart: string;
  text: string;
  size: number;
  box: { left: number; right: number; top: number; bottom: number };
  inside: boolean;
}

/** Every visible text of every visible chart, with its rendered size and box. */
function chartTexts(): ChartText[] {
  const out: ChartText[] = [];
  for (const svg of document.querySelectorAll<SVGSVGElement>('svg.chart')) {
    if (svg.getClientRects().length === 0 || !svg.checkVisibility()) continue;
    const frame = svg.getBoundingClientRect();
    const drawnWidth = Number(svg.getAttribute('width'));
    const scale = drawnWidth ? frame.width / drawnWidth : 1;
    const name = svg.getAttribute('aria-label') ?? '';
    for (const text of svg.querySelectorAll<SVGTextElement>('text')) {
      const content = text.textContent?.trim();
      if (!content) continue;
      const r = text.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      const inside = r.left >= frame.left - 0.5 && r.right <= frame.right + 0.5 && r.top >= frame.top - 0.5 && r.bottom <= frame.bottom + 0.5;
      out.push({ chart: name, text: content, size: parseFloat(getComputedStyle(text).fontSize) * scale, box: { left: r.left, right: r.right, top: r.top, bottom: r.bottom }, inside });
    }
  }
  return out;
}

/**
 * Pairs of texts in one chart whose boxes overlap by more than a pixel each way. A glyph box is
 * taller than the letters (about 1.2 em for a CJK face), so boxes are trimmed by 15% top and bottom.
 */
function overlaps(texts: readonly ChartText[]): string[] {
  const trim = (t: ChartText) => {
    const cut = (t.box.bottom - t.box.top) * 0.15;
    return { ...t.box, top: t.box.top + cut, bottom: t.box.bottom - cut };
  };
  const found: string[] = [];
  texts.forEach((a, i) => {
    for (const b of texts.slice(i + 1)) {
      if (a.chart !== b.chart) continue;
      const [p, q] = [trim(a), trim(b)];
      const x = Math.min(p.right, q.right) - Math.max(p.left, q.left);
      const y = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
      if (x > 1 && y > 1) found.push(`${a.chart}: “${a.text}” overlaps “${b.text}”`);
    }
  });
  return found;
}

for (const width of WIDTHS) {
  for (const { name, path } of PAGE_TYPES) {
    test(`${name} at ${width} px: chart text 11–20 px, inside its chart, no overlaps`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready);
      await chartsDrawn(page);
      await page.screenshot({ path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true });
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
