/**
 * The briefing for meeting-room screens: every slide fits the 1920×1080 canvas at legible sizes
 * (checked on the element boxes, and saved as screenshots in test-results/briefing/), the show
 * advances, pauses and answers keys, the URL picks slides, parks, periods and the theme, and after
 * one online visit it runs offline.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { latestPeriod, publishedTable, site } from './published.ts';
import { at } from './site-url.ts';

const dist = resolve(new URL('../..', import.meta.url).pathname, process.env.E2E_DIST ?? 'dist');
/** The slide ids in deck order, read from the built page. */
const SLIDES = [...readFileSync(join(dist, 'briefing', 'index.html'), 'utf8').matchAll(/data-slide="([^"]+)"/g)].map((m) => m[1]!);
const homeParks = publishedTable('rankings')
  .filter((r) => r.period === latestPeriod() && r.city === site().home_city)
  .sort((a, b) => Number(a.rank || 1e9) - Number(b.rank || 1e9));
const periods = [...new Set(publishedTable('snapshots').map((s) => s.period!))].sort();
const earlierPeriod = periods[0]!;

const CANVAS = { width: 1920, height: 1080 };
const MIN_TEXT = 32;
const MIN_FIGURE = 96;
/** Chart axis ticks are drawn a pixel under the charts' 32 px labels; a scaled canvas rounds them a little lower. */
const MIN_CHART_TEXT = 30;

const stage = (page: Page) => page.locator('#briefing');
const running = (page: Page) => expect(stage(page)).toHaveAttribute('data-running', 'true');
const current = (page: Page) => stage(page).getAttribute('data-current');

/**
 * Everything on the visible slide and the chrome, checked against the canvas: every box inside the
 * 5% safe area, no heading or text of the slide running into the as-of line, every line of text
 * inside its element's box and at least 32 canvas pixels high,
 * chart text inside its chart and in a colour that stands out from the theme's background (the
 * charts are drawn for white pages and recoloured by briefing.css), headline figures at least
 * 96 px. Returns what is wrong.
 */
function layoutProblems({ minText, minFigure, minChartText, canvasWidth }: { minText: number; minFigure: number; minChartText: number; canvasWidth: number }): string[] {
  const root = document.querySelector<HTMLElement>('#briefing')!;
  const canvas = root.getBoundingClientRect();
  const scale = canvas.width / canvasWidth;
  const safe = { left: canvas.left + 96 * scale, right: canvas.right - 96 * scale, top: canvas.top + 54 * scale, bottom: canvas.bottom - 54 * scale };
  type Box = { left: number; right: number; top: number; bottom: number };
  const inside = (r: Box, box: Box) => r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
  const shown = (el: Element) => el.getClientRects().length > 0 && !el.closest('.visually-hidden');
  const label = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
  const problems: string[] = [];
  const luminance = (color: string) => {
    const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((c) => {
      const v = Number(c) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: string, b: string) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light! + 0.05) / (dark! + 0.05);
  };
  const background = getComputedStyle(document.body).backgroundColor;

  for (const el of root.querySelectorAll('*')) {
    if (!shown(el)) continue;
    const r = el.getBoundingClientRect();
    if ((r.width > 0 || r.height > 0) && !inside(r, safe)) problems.push(`${label(el)} leaves the safe area`);
  }

  const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
    const text = node.textContent!.trim();
    const parent = node.parentElement!;
    if (!text || !shown(parent) || parent.closest('svg')) continue;
    let box: Element = parent;
    while (getComputedStyle(box).display === 'inline') box = box.parentElement!;
    const b = box.getBoundingClientRect();
    const size = parseFloat(getComputedStyle(parent).fontSize);
    // A CJK font's glyph box (about 1.45 em) is taller than a tight line: allow it to stand out a little above and below.
    const slack = 0.3 * size * scale;
    const range = document.createRange();
    range.selectNodeContents(node);
    const fits = (r: DOMRect) => r.left >= b.left - 1 && r.right <= b.right + 1 && r.top >= b.top - slack && r.bottom <= b.bottom + slack;
    if (![...range.getClientRects()].every(fits)) problems.push(`“${text}” overflows ${label(box)}`);
    if (size < minText) problems.push(`“${text}” is ${size} px`);
  }

  for (const text of root.querySelectorAll<SVGTextElement>('svg text')) {
    if (!shown(text) || !text.textContent!.trim()) continue;
    const svg = text.ownerSVGElement!;
    const svgBox = svg.getBoundingClientRect();
    if (!inside(text.getBoundingClientRect(), svgBox)) problems.push(`chart text “${text.textContent}” leaves its chart`);
    const viewBox = svg.viewBox.baseVal;
    const size = (parseFloat(getComputedStyle(text).fontSize) * (viewBox.width ? svgBox.width / viewBox.width : scale)) / scale;
    if (size < minChartText) problems.push(`chart text “${text.textContent}” is ${size.toFixed(1)} px`);
    const ratio = contrast(getComputedStyle(text).fill, background);
    if (ratio < 4.5) problems.push(`chart text “${text.textContent}” has contrast ${ratio.toFixed(1)}`);
  }

  // The as-of line has a row of its own: nothing on the visible slide may run into it.
  const status = root.querySelector('.deck-status')!.getBoundingClientRect();
  const meets = (r: DOMRect) => r.width > 0 && r.height > 0 && r.left < status.right && r.right > status.left && r.top < status.bottom && r.bottom > status.top;
  for (const slide of root.querySelectorAll('.slide')) {
    if (!shown(slide)) continue;
    for (const heading of slide.querySelectorAll('.slide-heading')) if (meets(heading.getBoundingClientRect())) problems.push(`the as-of line overlaps the heading “${heading.textContent}”`);
    const slideTexts = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
    for (let node = slideTexts.nextNode(); node; node = slideTexts.nextNode()) {
      if (!node.textContent!.trim() || !shown(node.parentElement!)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      if ([...range.getClientRects()].some(meets)) problems.push(`the as-of line overlaps “${node.textContent!.trim()}”`);
    }
  }

  for (const figure of root.querySelectorAll('.figure')) {
    const size = parseFloat(getComputedStyle(figure).fontSize);
    if (shown(figure) && size < minFigure) problems.push(`figure “${figure.textContent}” is ${size} px`);
  }
  return problems;
}

async function expectNoPageScroll(page: Page): Promise<void> {
  const scroll = await page.evaluate(() => {
    window.scrollTo(10_000, 10_000);
    const e = document.documentElement;
    return { x: window.scrollX, y: window.scrollY, overflowX: e.scrollWidth - innerWidth, overflowY: e.scrollHeight - innerHeight };
  });
  expect(scroll).toEqual({ x: 0, y: 0, overflowX: 0, overflowY: 0 });
}

/** The canvas keeps its aspect ratio, fills the screen one way and is centred the other. */
async function expectCanvasFits(page: Page, width: number, height: number): Promise<void> {
  const box = (await stage(page).boundingBox())!;
  const scale = Math.min(width / CANVAS.width, height / CANVAS.height);
  expect(box.width).toBeCloseTo(CANVAS.width * scale, 0);
  expect(box.height).toBeCloseTo(CANVAS.height * scale, 0);
  expect(box.x).toBeCloseTo((width - box.width) / 2, 0);
  expect(box.y).toBeCloseTo((height - box.height) / 2, 0);
}

async function checkLayout(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  const problems = await page.evaluate(layoutProblems, { minText: MIN_TEXT, minFigure: MIN_FIGURE, minChartText: MIN_CHART_TEXT, canvasWidth: CANVAS.width });
  expect(problems).toEqual([]);
  await expectNoPageScroll(page);
}

test.use({ reducedMotion: 'reduce' });

test('the deck has the issue’s slides in order, one per home-city park', () => {
  expect(SLIDES).toEqual(['title', 'home-ranking', 'movers', 'targets', 'alerts', ...homeParks.map((p) => `park-${p.park_id}`), 'leaders']);
});

for (const [width, height] of [[1920, 1080], [3840, 2160], [1280, 720]] as const) {
  test(`every slide fits the canvas at ${width}×${height}: screenshots and element boxes`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height });
    await page.goto(at('briefing/?interval=3600'));
    await running(page);
    await expectCanvasFits(page, width, height);
    for (const [i, id] of SLIDES.entries()) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await expect(stage(page)).toHaveAttribute('data-current', id);
      await test.step(id, () => checkLayout(page));
      await page.screenshot({ path: `test-results/briefing/${id}-${width}x${height}.png` });
    }
  });
}

test('every earlier period’s slides fit the canvas too', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  for (const period of periods.slice(0, -1)) {
    await page.goto(at(`briefing/${period}/?interval=3600`));
    await running(page);
    const ids = await page.locator('.slide').evaluateAll((slides) => slides.map((s) => (s as HTMLElement).dataset.slide!));
    for (const [i, id] of ids.entries()) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await expect(stage(page)).toHaveAttribute('data-current', id);
      await test.step(`${period} ${id}`, () => checkLayout(page));
      if (period === earlierPeriod || id === 'alerts' || id === 'movers') await page.screenshot({ path: `test-results/briefing/${period}-${id}-1920x1080.png` });
    }
  }
});

for (const [width, height] of [[1366, 768], [2560, 1440], [1920, 1200], [1280, 1024]] as const) {
  test(`the canvas scales to ${width}×${height} keeping its aspect ratio`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto(at(`briefing/?slides=title,${SLIDES.find((s) => s.startsWith('park-'))}&interval=3600`));
    await running(page);
    await expectCanvasFits(page, width, height);
    await checkLayout(page);
    await page.screenshot({ path: `test-results/briefing/title-${width}x${height}.png` });
    await page.keyboard.press('ArrowRight');
    await checkLayout(page);
  });
}

test('before the runner starts (or if its script fails to load) CSS alone scales the canvas', async ({ page }) => {
  await page.route('**/_astro/*.js', (route) => route.abort());
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(at('briefing/'));
  await expectCanvasFits(page, 1366, 768);
  await expect(page.locator('#slide-title')).toBeVisible();
  await expectNoPageScroll(page);
});

test('the light theme for projectors passes the same checks', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(at('briefing/?theme=light&interval=3600'));
  await running(page);
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  for (const [i, id] of SLIDES.entries()) {
    if (i > 0) await page.keyboard.press('ArrowRight');
    await expect(stage(page)).toHaveAttribute('data-current', id);
    await test.step(id, () => checkLayout(page));
    if (['title', 'targets', SLIDES[5]].includes(id)) await page.screenshot({ path: `test-results/briefing/light-${id}-1920x1080.png` });
  }
});

for (const theme of ['dark', 'light']) {
  test(`axe-core finds no WCAG 2.2 A/AA violation on any slide (${theme})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(at(`briefing/?theme=${theme}&interval=3600`));
    await running(page);
    for (const [i, id] of SLIDES.entries()) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await expect(stage(page)).toHaveAttribute('data-current', id);
      expect(await axeViolations(page, id)).toEqual([]);
    }
  });
}

test('runs under a strict CSP with no console error and no request leaving the site', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('request', (request) => {
    if (new URL(request.url()).hostname !== '127.0.0.1') problems.push(request.url());
  });
  await page.goto(at('briefing/?interval=2'), { waitUntil: 'networkidle' });
  await expect(stage(page)).toHaveAttribute('data-current', 'home-ranking', { timeout: 5000 });
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).not.toContain('unsafe');
  expect(problems).toEqual([]);
});

test('the title slide names the period, the place and has a QR code to the public site', async ({ page }) => {
  await page.goto(at('briefing/?slides=title'));
  const title = page.locator('#slide-title');
  await expect(title).toContainText(`${latestPeriod()}年度`);
  await expect(title).toContainText(`${site().region} · ${site().home_city}`);
  await expect(title.locator('.qr svg path')).toHaveCount(2);
  await expect(title.locator('.qr')).toHaveAttribute('aria-label', /https:\/\/parks\.example\.org\//);
  await expect(page.locator('.deck-status')).toContainText('公布于');
  await expect(page.locator('#deck-clock')).toHaveText(/^\d{2}:\d{2}$/);
});

test.describe('running by itself', () => {
  test('advances after the interval and loops', async ({ page }) => {
    await page.goto(at('briefing/?slides=title,leaders&interval=2'));
    await running(page);
    // Not at once: half a second into a 2-second interval the title is still showing.
    await page.waitForTimeout(500);
    expect(await current(page)).toBe('title');
    await expect(stage(page)).toHaveAttribute('data-current', 'leaders', { timeout: 5000 });
    await expect(page.locator('#deck-position')).toHaveText('2');
    await expect(stage(page)).toHaveAttribute('data-current', 'title', { timeout: 5000 });
  });

  test('pause stops it and play goes on; P does the same', async ({ page }) => {
    await page.goto(at('briefing/?interval=2'));
    await running(page);
    await page.getByRole('button', { name: '暂停' }).click();
    await expect(page.getByRole('button', { name: '播放' })).toBeVisible();
    await page.waitForTimeout(3000);
    expect(await current(page)).toBe('title');
    await page.getByRole('button', { name: '播放' }).click();
    await expect(stage(page)).toHaveAttribute('data-current', 'home-ranking', { timeout: 5000 });
    await page.keyboard.press('p');
    await expect(stage(page)).toHaveAttribute('data-paused', 'true');
    await page.waitForTimeout(3000);
    expect(await current(page)).toBe('home-ranking');
  });
});

test('keys and clicker buttons navigate', async ({ page }) => {
  await page.goto(at('briefing/?interval=3600'));
  await running(page);
  const expectAt = (position: number) => expect(stage(page)).toHaveAttribute('data-current', SLIDES[position - 1]!);
  for (const [key, position] of [['ArrowRight', 2], ['PageDown', 3], ['Space', 4], ['ArrowLeft', 3], ['PageUp', 2], ['End', SLIDES.length], ['Home', 1]] as const) {
    await page.keyboard.press(key);
    await expectAt(position);
  }
  await page.keyboard.press('ArrowLeft');
  await expectAt(SLIDES.length);
  await page.keyboard.press('3');
  await expectAt(3);
  await page.keyboard.press('1');
  await page.keyboard.press('2');
  await expectAt(12);
  await expect(page.locator('#deck-position')).toHaveText('12');
  await page.getByRole('button', { name: '下一页' }).click();
  await expectAt(13);
  await page.getByRole('button', { name: '上一页' }).click();
  await expectAt(12);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
});

test.describe('the URL picks what to show', () => {
  test('?slides= by id and number, in the order given', async ({ page }) => {
    await page.goto(at('briefing/?slides=targets,1,leaders&interval=3600'));
    await running(page);
    await expect(page.locator('#deck-count')).toHaveText('3');
    const seen = [await current(page)];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('ArrowRight');
      seen.push(await current(page));
    }
    expect(seen).toEqual(['targets', 'title', 'leaders', 'targets']);
  });

  test('?park= shows the title and that park’s slide', async ({ page }) => {
    const park = homeParks[2]!;
    await page.goto(at(`briefing/?park=${park.park_id}&interval=3600`));
    await running(page);
    await expect(page.locator('#deck-count')).toHaveText('2');
    await page.keyboard.press('ArrowRight');
    await expect(stage(page)).toHaveAttribute('data-current', `park-${park.park_id}`);
    await expect(page.locator(`#slide-park-${park.park_id} .slide-heading`)).toHaveText(park.name_zh!);
    await expect(page.locator(`#slide-park-${park.park_id}`)).toContainText(`第${park.rank}位`);
  });

  test('says what it could not find', async ({ page }) => {
    await page.goto(at('briefing/?slides=nope,title&interval=3600'));
    await expect(page.locator('#deck-notice')).toHaveText('未找到幻灯片：nope');
    await expect(page.locator('#deck-count')).toHaveText('1');
  });

  test('?period= goes to that period’s briefing', async ({ page }) => {
    await page.goto(at(`briefing/?period=${earlierPeriod}&slides=title&interval=3600`));
    await expect(page).toHaveURL(new RegExp(`/briefing/${earlierPeriod}/\\?period=${earlierPeriod}&slides=title`));
    await running(page);
    await expect(stage(page)).toHaveAttribute('data-period', earlierPeriod);
    await expect(page.locator('#slide-title')).toContainText(`${earlierPeriod}年度`);
  });
});

test('after one online visit the briefing reloads and advances offline', async ({ page, context }) => {
  await page.goto(at('briefing/?slides=title,home-ranking&interval=2'));
  await expect(page.locator('html')).toHaveAttribute('data-offline', 'ready', { timeout: 15_000 });
  await expect(page.locator('#deck-offline')).toBeVisible();
  await context.setOffline(true);
  expect(await page.evaluate((url) => fetch(url).then(() => 'online', () => 'offline'), at('rankings/'))).toBe('offline');
  await page.reload();
  await running(page);
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('.deck-bar')!).display)).toBe('flex');
  await expect(stage(page)).toHaveAttribute('data-current', 'title');
  await expect(stage(page)).toHaveAttribute('data-current', 'home-ranking', { timeout: 5000 });
  await checkLayout(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every slide is shown, one under another, scaled to the window', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(at('briefing/'));
    const slides = page.locator('.slide');
    await expect(slides).toHaveCount(SLIDES.length);
    for (const i of [0, SLIDES.length - 1]) {
      const box = (await slides.nth(i).boundingBox())!;
      expect(box.width).toBeCloseTo(1280, 0);
      expect(box.height).toBeCloseTo(720, 0);
    }
    await page.screenshot({ path: 'test-results/briefing/no-js-1280x720.png' });
  });
});
