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

/** What the bench does to the ranking page: pick a filter value, or raise the first what-if weight and re-rank. */
type Action = { kind: 'filter'; name: string; value: string } | { kind: 'what-if' };

/** Does `action` and waits for `target`'s children to be replaced, timed inside the page. */
function timedReplacement(page: Page, target: string, action: Action): Promise<number> {
  return page.evaluate(async ([selector, act]) => {
    const replaced = new Promise<void>((resolve) => {
      new MutationObserver((_, observer) => { observer.disconnect(); resolve(); }).observe(document.querySelector(selector)!, { childList: true });
    });
    const started = performance.now();
    if (act.kind === 'filter') {
      const select = document.querySelector<HTMLSelectElement>(`select[name=${act.name}]`)!;
      select.value = act.value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    } else {
      const form = document.querySelector<HTMLFormElement>('#what-if-form')!;
      (form.closest('details') as HTMLDetailsElement).open = true;
      const weight = form.querySelector<HTMLInputElement>('input[type=number]')!;
      weight.value = String(Number(weight.value) + 5);
      form.requestSubmit();
    }
    // A live step that never answers fails the measurement instead of stopping the bench.
    const gaveUp = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer in 2 minutes: ${document.querySelector('#live-status')?.textContent}`)), 120_000));
    await Promise.race([replaced, gaveUp]);
    return performance.now() - started;
  }, [target, action] as const);
}

const filterOnce = (page: Page, name: string, value: string) => timedReplacement(page, '#ranking-table', { kind: 'filter', name, value });

/**
 * Resident memory of the renderer processes this bench started (the tab, with DuckDB's worker),
 * from ps; other browsers on the machine are not counted. null where ps is not available.
 */
function rendererMB(): number | null {
  const ps = spawnSync('ps', ['-eo', 'pid=,ppid=,rss=,args='], { encoding: 'utf8' });
  if (ps.status !== 0) return null;
  const processes = ps.stdout.trim().split('\n').map((line) => {
    const [pid, ppid, rss, ...args] = line.trim().split(/\s+/);
    return { pid: Number(pid), ppid: Number(ppid), kb: Number(rss), renderer: args.includes('--type=renderer') };
  });
  const ours = new Set([process.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of processes) if (ours.has(p.ppid) && !ours.has(p.pid)) (ours.add(p.pid), (grew = true));
  }
  return processes.filter((p) => p.renderer && ours.has(p.pid)).reduce((sum, p) => sum + p.kb, 0) / 1024;
}

export async function rankingQueryTimes(browser: Browser, baseUrl: string, warmRuns = 20): Promise<QueryTimes> {
  // Phone width: wide screens start DuckDB when idle, and the first interaction must find it cold.
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 915 } });
  const page = await context.newPage();
  // Network idle alone can come before the page's script has run (a long page parses with no request
  // in flight), and the cold step would then time the rest of the parse too: wait for load as well.
  await page.goto(`${baseUrl}/rankings/`, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  const coldMs = await filterOnce(page, 'level', 'national');
  const levels = ['provincial', 'national', ''];
  const warm: number[] = [];
  for (let i = 0; i < warmRuns; i++) warm.push(await filterOnce(page, 'level', levels[i % levels.length]!));
  const whatIfMs = await timedReplacement(page, '#what-if-result', { kind: 'what-if' });
  const tabMB = rendererMB();
  await context.close();
  warm.sort((a, b) => a - b);
  return { coldMs, warmMedianMs: percentile(warm, 50), warmP95Ms: percentile(warm, 95), whatIfMs, tabMB };
}
