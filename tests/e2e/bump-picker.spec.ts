/**
 * The rank-history (bump) chart's park picker on the ranking page, as a keyboard user and a phone
 * user meet it: reached with Tab, a park added and removed with the keyboard alone (its line and
 * direct label appear and go, focus stays visible on the box), and at 360 px the picker fits the
 * screen, the page does not scroll sideways and the chart's labels stay inside the SVG, apart.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { chartsDrawn, chartTexts, MAX_TEXT, MIN_TEXT, overlaps } from './chart-text.ts';
import { fullPageScreenshot } from './skipped-content.ts';
import { at } from './site-url.ts';

const chart = (page: Page) => page.locator('#rank-history .chart-svg svg');
const labelOf = (page: Page, name: string) => chart(page).locator('g.end-labels text', { hasText: name });
/** How many coloured lines the chart draws for the park (its series group is named by data-mark). */
const linesOf = (page: Page, name: string) => chart(page).evaluate((svg, park) => [...svg.querySelectorAll('g[data-mark]')]
  .filter((g) => g.getAttribute('data-mark') === park && g.querySelector(':scope > path')).length, name);

/** The park a picker box stands for (its label's text). */
const parkName = async (box: Locator) => (await box.locator('xpath=..').textContent())!.trim();

/** Whether the focused element shows a focus indicator: it matches :focus-visible and draws an outline. */
const focusShown = (page: Page) => page.evaluate(() => {
  const element = document.activeElement!;
  const style = getComputedStyle(element);
  return element.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
});

/** The rank-history chart's texts, as measured in chart-text.ts. */
const historyTexts = async (page: Page) => (await page.evaluate(chartTexts)).filter((t) => t.chart.includes('排名变化'));

test('keyboard only: Tab to the picker, add a park, remove it and a home park again, focus kept and visible', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(at('rankings/'));
  await chartsDrawn(page);

  // The control before the picker in the page's tab order is the chart's data-table toggle.
  await page.locator('#rank-history details.chart-data > summary').focus();
  await page.keyboard.press('Tab');
  const summary = page.locator('.park-picker > summary');
  await expect(summary).toBeFocused();
  expect(await focusShown(page)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('.park-picker')).toHaveAttribute('open', '');

  // Tab through the boxes to the first park not yet in focus (the home city's come first, ticked).
  const boxes = page.locator('.park-picker input[name=parks]');
  const total = await boxes.count();
  let steps = 0;
  do {
    await page.keyboard.press('Tab');
    steps += 1;
  } while (steps <= total && !(await page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement;
    return element.name === 'parks' && !element.checked;
  })));
  const picked = page.locator('.park-picker input[name=parks]:focus');
  await expect(picked).toHaveCount(1);
  const value = (await picked.getAttribute('value'))!;
  const name = await parkName(picked);
  await expect(labelOf(page, name)).toHaveCount(0);

  await page.keyboard.press('Space');
  await expect(picked).toBeChecked();
  await expect(labelOf(page, name)).toHaveCount(1);
  await expect.poll(() => linesOf(page, name)).toBe(1);
  expect(new URL(page.url()).searchParams.get('parks')!.split(',')).toContain(value);
  await expect(page.locator('#live-status')).toContainText('排名变化图已更新');
  // The redraw replaced the chart, not the picker: focus is where the reader left it, and shown.
  await expect(picked).toBeFocused();
  expect(await focusShown(page)).toBe(true);
  expect(overlaps(await historyTexts(page))).toEqual([]);

  await page.keyboard.press('Space');
  await expect(picked).not.toBeChecked();
  await expect(labelOf(page, name)).toHaveCount(0);
  await expect.poll(() => linesOf(page, name)).toBe(0);
  await expect(picked).toBeFocused();
  // Back to the home city's parks: the default view has no parks in its URL.
  await expect.poll(() => new URL(page.url()).searchParams.get('parks')).toBeNull();

  // A home park leaves the chart the same way: Shift+Tab back to the first box, Space.
  const first = boxes.first();
  const firstName = await parkName(first);
  await expect(first).toBeChecked();
  for (let i = 0; i < steps - 1; i += 1) await page.keyboard.press('Shift+Tab');
  await expect(first).toBeFocused();
  await expect(labelOf(page, firstName)).toHaveCount(1);
  await page.keyboard.press('Space');
  await expect(first).not.toBeChecked();
  await expect(labelOf(page, firstName)).toHaveCount(0);
  await expect.poll(() => linesOf(page, firstName)).toBe(0);
  await expect(first).toBeFocused();
  expect(await focusShown(page)).toBe(true);
});

test('at 360 px the picker fits the screen, the page does not scroll sideways, chart labels stay inside and apart', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(at('rankings/'));
  await page.evaluate(() => document.fonts.ready);
  await chartsDrawn(page);

  const picker = page.locator('.park-picker');
  await picker.locator('summary').click();
  await expect(picker).toHaveAttribute('open', '');
  const value = (await picker.locator('input[name=parks]:not(:checked)').first().getAttribute('value'))!;
  const box = picker.locator(`input[name=parks][value="${value}"]`);
  const name = await parkName(box);
  await box.scrollIntoViewIfNeeded();
  await box.click();
  await expect(box).toBeChecked();
  await expect(labelOf(page, name)).toHaveCount(1);
  await picker.scrollIntoViewIfNeeded();
  await fullPageScreenshot(page, testInfo.outputPath('bump-picker-360.png'));

  // Nothing of the picker lies beyond the screen's edges: its frame, every city heading and park label.
  const outside = await picker.evaluate((element) => [element, ...element.querySelectorAll('summary, fieldset, .picker-city-name, .picker-park')]
    .map((e) => ({ text: e.textContent!.trim().slice(0, 20), box: e.getBoundingClientRect() }))
    .filter(({ box }) => box.left < 0 || box.right > document.documentElement.clientWidth)
    .map(({ text }) => text));
  expect(outside).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

  const svg = chart(page);
  expect((await svg.boundingBox())!.width).toBeLessThanOrEqual(360);
  const texts = await historyTexts(page);
  expect(texts.length).toBeGreaterThan(0);
  expect(texts.filter((t) => !t.inside).map((t) => t.text)).toEqual([]);
  expect(texts.filter((t) => t.size < MIN_TEXT || t.size > MAX_TEXT).map((t) => `${t.text} ${t.size.toFixed(1)} px`)).toEqual([]);
  expect(overlaps(texts)).toEqual([]);
});
