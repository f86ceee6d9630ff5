/**
 * The page's one DuckDB-WASM instance, started on first use. It downloads this site's own CSV
 * files and runs the same scoring SQL as the build, storing what the what-if weights do not change
 * as tables once the periods are loaded. The tables with rows per period are loaded a
 * period at a time, only the periods a view needs, so the browser's work grows with what a reader
 * looks at rather than with every period ever published.
 */
import type { BrowserEngine } from '../lib/sql/engine-wasm-browser.ts';
import { SNAPSHOT_OFFICIAL_SQL } from '../lib/sql/live-queries.ts';
import { sitePath } from '../lib/site-path.ts';

/** Periods a view needs: a list, or every period there is. */
export type Periods = readonly string[] | 'all';

interface Live {
  engine: BrowserEngine;
  /** Adds the rows of the periods not loaded yet, then refreshes the official results. */
  load(periods: readonly string[]): Promise<void>;
  allPeriods: string[];
}

let starting: Promise<Live> | null = null;
let loading: Promise<void> = Promise.resolve();

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

/**
 * Fetches of this site's data files, started ahead of use so the downloads overlap DuckDB's own
 * start-up; each text is handed out once and then let go.
 */
function prefetcher(url: (path: string) => string) {
  const started = new Map<string, Promise<string>>();
  return {
    prefetch(paths: readonly string[]): void {
      for (const path of paths) {
        if (started.has(path)) continue;
        const text = fetchText(url(path));
        text.catch(() => undefined); // a failure surfaces when the file is used
        started.set(path, text);
      }
    },
    source(path: string): Promise<string> {
      const text = started.get(path) ?? fetchText(url(path));
      started.delete(path);
      return text;
    },
  };
}

async function start(first: Periods): Promise<Live> {
  // Imported here, not above: the engine's code is only downloaded once a reader asks for it.
  const [{ openBrowserEngine }, inputs, { scoreForWhatIf }, { default: scoringSql }] = await Promise.all([
    import('../lib/sql/engine-wasm-browser.ts'),
    import('../lib/sql/load-inputs.ts'),
    import('../lib/sql/scoring.ts'),
    import('../lib/sql/scoring.sql?raw'),
  ]);
  const files = prefetcher((path) => sitePath(`data/browser/${path}`));
  const periodPaths = (periods: readonly string[]) =>
    periods.flatMap((period) => inputs.PERIOD_INPUTS.map((table) => inputs.browserInputPath(table, period)));
  files.prefetch(inputs.WHOLE_INPUTS.map((table) => inputs.browserInputPath(table)));
  if (first !== 'all') files.prefetch(periodPaths(first));
  const engine = await openBrowserEngine();
  await inputs.loadWholeInputs(engine, files.source);
  const allPeriods = (await engine.query<{ period: string }>('SELECT period FROM snapshots ORDER BY period')).map((r) => r.period);

  const loaded = new Set<string>();
  let scored = false;
  async function load(periods: readonly string[]): Promise<void> {
    const missing = periods.filter((p) => !loaded.has(p) && allPeriods.includes(p));
    if (missing.length === 0 && scored) return;
    await inputs.loadPeriodInputs(engine, files.source, missing);
    for (const period of missing) loaded.add(period);
    await scoreForWhatIf(engine, scoringSql);
    await engine.exec(SNAPSHOT_OFFICIAL_SQL);
    scored = true;
  }
  return { engine, load, allPeriods };
}

/** A period with the one before it, whose ranks its rank changes are measured against. */
export function withPrevious(period: string, periods: readonly string[]): string[] {
  const i = periods.indexOf(period);
  return i > 0 ? [periods[i - 1]!, period] : [period];
}

/** The engine with at least `periods` loaded; the same engine for every caller; a failed start can be retried. */
export async function liveEngine(periods: Periods): Promise<BrowserEngine> {
  starting ??= start(periods).catch((error: unknown) => {
    starting = null;
    throw error;
  });
  const live = await starting;
  // Loads run one after another so two views never fetch the same period twice.
  loading = loading.catch(() => undefined).then(() => live.load(periods === 'all' ? live.allPeriods : periods));
  await loading;
  return live.engine;
}

/** Starts the engine, with the latest period, in the background on wide screens once the browser is idle. */
export function warmUpWhenIdle(latest: readonly string[], minWidth = 1024): void {
  // A media query, not innerWidth: reading innerWidth at start-up makes the browser lay the page out at once.
  if (!matchMedia(`(min-width: ${minWidth}px)`).matches || !('requestIdleCallback' in window)) return;
  requestIdleCallback(() => void liveEngine(latest).catch(() => undefined), { timeout: 5000 });
}
