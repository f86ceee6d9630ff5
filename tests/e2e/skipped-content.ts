/**
 * Long tables off-screen are skipped by the browser until a reader scrolls near them
 * (content-visibility: auto in global.css). A full-page screenshot or an axe run should see the
 * page as a reader who scrolled through it does, so these draw that content first.
 */
import type { Page } from '@playwright/test';

/** Draws everything the browser skips while off-screen (through the CSSOM: the page's CSP allows no inline style). */
export async function showSkippedContent(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      if (getComputedStyle(element).contentVisibility === 'auto') element.style.contentVisibility = 'visible';
    }
  });
}

/** The whole page as a reader scrolling through it sees it. */
export async function fullPageScreenshot(page: Page, path: string): Promise<void> {
  await showSkippedContent(page);
  await page.screenshot({ path, fullPage: true });
}
