/** DuckDB-WASM as a reader meets it: the first live interaction (cold) and 20 more (warm). */
import { spawnSync } from 'node:child_process';
import type { Browser, Page } from '@playwright/test';

export interface QueryTimes {
  coldMs: number;
  warmMedianMs: number;
  warmP95Ms: number;
  /** Submitting the what-if weights → the re-ranked table of every park shown. */
  whatIfMs: number;
  /** Resident memory of the tab's renderer process (with DuckDB's worker) at the end; null off Linux. */
  tabMB: number | null;
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

/** Raises the first category's weight and re-ranks every park, timed inside the page. */
function whatIfOnce(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const form = document.querySelector<HTMLFormElement>('#what-if-form')!;
    const result = document.querySelector('#what-if-result')!;
    (form.closest('details') as HTMLDetailsElement).open = true;
    const weight = form.querySelector<HTMLInputElement>('input[type=number]')!;
    weight.value = String(Number(weight.value) + 5);
    const replaced = new Promise<void>((resolve) => {
      new MutationObserver((_, observer) => { observer.disconnect(); resolve(); }).observe(result, { childList: true });
    });
    const started = performance.now();
    form.requestSubmit();
    await replaced;
    return performance.now() - started;
  });
}

/** The renderer processes' resident memory, from /proc via ps (one tab open: that tab). */
function rendererMB(): number | null {
  const ps = spawnSync('ps', ['-eo', 'rss=,args='], { encoding: 'utf8' });
  if (ps.status !== 0) return null;
  const kb = ps.stdout.split('\n').filter((line) => line.includes('--type=renderer')).reduce((sum, line) => sum + Number(line.trim().split(/\s+/)[0]), 0);
  return kb / 1024;
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
  const whatIfMs = await whatIfOnce(page);
  const tabMB = rendererMB();
  await context.close();
  warm.sort((a, b) => a - b);
  return { coldMs, warmMedianMs: percentile(warm, 50), warmP95Ms: percentile(warm, 95), whatIfMs, tabMB };
}
