/**
 * Measuring chart text as a reader sees it in Chromium: the sizes it renders at, whether it lies
 * inside its SVG, and which labels overlap. Shared by the chart layout and park picker specs.
 */
import type { Page } from '@playwright/test';

/** Rendered chart text stays within these sizes (px) on every screen. */
export const MIN_TEXT = 11;
export const MAX_TEXT = 20;

/** Brings every chart into view (each is redrawn when first near the screen), then waits until each is drawn at its box's width. */
export async function chartsDrawn(page: Page): Promise<void> {
  for (const box of await page.locator('.chart-svg[data-redraw]:visible').all()) await box.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('.chart-svg[data-redraw]')]
    .every((box) => box.clientWidth < 200 || box.dataset.drawnWidth === String(Math.floor(box.clientWidth))));
}

export interface ChartText {
  chart: string;
  text: string;
  size: number;
  box: { left: number; right: number; top: number; bottom: number };
  inside: boolean;
}

/** Every visible text of every visible chart, with its rendered size and box. */
export function chartTexts(): ChartText[] {
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
export function overlaps(texts: readonly ChartText[]): string[] {
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
