/**
 * The page's one DuckDB-WASM instance, started on first use: it downloads the scoring inputs
 * (this site's own CSV files) and runs the same scoring SQL as the build.
 */
import type { BrowserEngine } from '../lib/sql/engine-wasm-browser.ts';
import { SNAPSHOT_OFFICIAL_SQL } from '../lib/sql/live-queries.ts';

let starting: Promise<BrowserEngine> | null = null;

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

async function start(): Promise<BrowserEngine> {
  // Imported here, not above: the engine's code is only downloaded once a reader asks for it.
  const [{ openBrowserEngine }, { loadInputCsvs, SCORING_INPUTS }, { applyScoring }, { default: scoringSql }] = await Promise.all([
    import('../lib/sql/engine-wasm-browser.ts'),
    import('../lib/sql/load-inputs.ts'),
    import('../lib/sql/scoring.ts'),
    import('../lib/sql/scoring.sql?raw'),
  ]);
  const [engine, csvs] = await Promise.all([
    openBrowserEngine(),
    Promise.all(SCORING_INPUTS.map(async (t) => [t.name, await fetchText(`/data/browser/${t.name}.csv`)] as const)),
  ]);
  await loadInputCsvs(engine, new Map(csvs));
  await applyScoring(engine, scoringSql);
  await engine.exec(SNAPSHOT_OFFICIAL_SQL);
  return engine;
}

/** The same engine for every caller; a failed start can be retried. */
export function liveEngine(): Promise<BrowserEngine> {
  starting ??= start().catch((error: unknown) => {
    starting = null;
    throw error;
  });
  return starting;
}

/** Starts the engine in the background on wide screens once the browser is idle. */
export function warmUpWhenIdle(minWidth = 1024): void {
  if (window.innerWidth < minWidth || !('requestIdleCallback' in window)) return;
  requestIdleCallback(() => void liveEngine().catch(() => undefined), { timeout: 5000 });
}
