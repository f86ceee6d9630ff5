/** DuckDB-WASM as a reader meets it: the first live interaction (cold) and 20 more (warm). */
import type { Browser, Page } from '@playwright/test';

export interface QueryTimes {
  coldMs: number;
  warmMedianMs: number;
  warmP95Ms: number;
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** Changes a ranking filter and waits for the table to be replaced, timed inside the page. */
function filterOnce(page: Page, name: string, value: string): Promise<number> {
  return page.evaluate(async ([field, choice]) => {
    const select = document.querySelector<HTMLSelectElement>(`select[name=${field}]`)!;
    const table = document.querySelector('#ranking-table')!;
    const replaced = new Promise<void>((resolve) => {
      new MutationObserver((_, observer) => { observer.disconnect(); resolve(); }).observe(table, { childList: true });
    });
    const started = performance.now();
    select.value = choice;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await replaced;
    return performance.now() - started;
  }, [name, value] as const);
}

export async function rankingQueryTimes(browser: Browser, baseUrl: string, warmRuns = 20): Promise<QueryTimes> {
  // Phone width: wide screens start DuckDB when idle, and the first interaction must find it cold.
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 915 } });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/rankings/`, { waitUntil: 'networkidle' });
  const coldMs = await filterOnce(page, 'level', 'national');
  const levels = ['provincial', 'national', ''];
  const warm: number[] = [];
  for (let i = 0; i < warmRuns; i++) warm.push(await filterOnce(page, 'level', levels[i % levels.length]!));
  await context.close();
  warm.sort((a, b) => a - b);
  return { coldMs, warmMedianMs: percentile(warm, 50), warmP95Ms: percentile(warm, 95) };
}
