/**
 * Build-time access to the computed tables, for Astro pages. scripts/build.ts writes them as JSON
 * into SITE_DATA_DIR before it runs astro build (scripts/build/site-data.ts). A per-period table
 * is one file per period: pages read the latest period's rows, kept for the whole build, and
 * earlier periods only where they show them, so that every period of every park is never held at
 * once (at national scale that is millions of rows, and the garbage collector walks all of them
 * again and again while ten thousand pages are rendered).
 */
import { createHash, type Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type {
  AdjustmentRow, CategoryRow, IndicatorRow, ParkRow, ProgressRow, RewardRow, Site, Snapshot, TargetRow, TierRow,
} from './contract/dataset.ts';
import { PERIOD_TABLES } from './contract/published.ts';
import { displayText } from './format/typography.ts';
import type { CategoryScoreRow, IndicatorScoreRow, PublishedCategoryScoreRow, RankingRow, ReconciliationRow, RewardHitRow, TargetProgressRow } from './sql/scoring.ts';

const cache = new Map<string, unknown>();

function dataPath(file: string): string {
  const dir = process.env.SITE_DATA_DIR;
  if (!dir) throw new Error('SITE_DATA_DIR is not set: build the site with `npm run build`, which computes the data first.');
  return join(dir, file);
}

function once<T>(key: string, read: () => T): () => T {
  return () => {
    if (!cache.has(key)) cache.set(key, read());
    return cache.get(key) as T;
  };
}

/** A reader of SITE_DATA_DIR/<name>.json (one JSON value), parsed once per build. */
export function readTable<T>(name: string): () => T {
  return once(`${name}.json`, () => JSON.parse(readFileSync(dataPath(`${name}.json`), 'utf8')) as T);
}

/** The file of one period's rows of a per-period table, in the table's folder. */
export const periodFileName = (period: string): string => `${period}.ndjson`;

const isPerPeriod = (name: string) => PERIOD_TABLES.some((table) => table.name === name);

/** The files a table's rows are in, in the order written: one, or one per period in period order. */
function tableFiles(name: string): string[] {
  if (!isPerPeriod(name)) return [dataPath(`${name}.ndjson`)];
  // Periods are written in SQL's ORDER BY period, code unit order, as sort() sorts.
  return readdirSync(dataPath(name)).sort().map((file) => join(dataPath(name), file));
}

/** The rows of one NDJSON file, line by line: a large table is more text than one JavaScript string can hold. */
function parseRows<T>(path: string): T[] {
  if (!existsSync(path)) return [];
  const bytes = readFileSync(path);
  const rows: T[] = [];
  for (let start = 0, end = bytes.indexOf(10); end !== -1; start = end + 1, end = bytes.indexOf(10, start)) {
    rows.push(JSON.parse(bytes.toString('utf8', start, end)) as T);
  }
  return rows;
}

const parseTable = <T>(name: string): T[] => tableFiles(name).flatMap((path) => parseRows<T>(path));

/** A reader of a published table whole, every period's rows, parsed once per build. */
export function readRows<T>(name: string): () => T[] {
  return once(`${name}.ndjson`, () => parseTable<T>(name));
}

/**
 * A reader of one period's rows of a per-period table. The latest period's are parsed once per
 * build; an earlier period's on each call, and let go with the page that shows them.
 */
export function readPeriodRows<T>(name: string): (period: string) => T[] {
  const latest = once(`${name}@latest`, () => parseRows<T>(join(dataPath(name), periodFileName(latestSnapshot().period))));
  return (period) => (period === latestSnapshot().period ? latest() : parseRows<T>(join(dataPath(name), periodFileName(period))));
}

/** Whether a per-period table has rows in any period. */
export function hasRows(name: string): boolean {
  return tableFiles(name).some((path) => statSync(path).size > 0);
}

/** SHA-256 of a published table as written (of its periods' files one after another). */
export function tableDigest(name: string): string {
  return tableFiles(name).reduce((hash: Hash, path) => hash.update(readFileSync(path)), createHash('sha256')).digest('hex');
}

/** Names as the pages show them (“ ” quotes, no stray spaces); the published files keep them as given. */
function displayNames<T extends { name_zh: string }>(name: string): () => T[] {
  return once(`${name}@display`, () => parseTable<T>(name).map((row) => Object.assign(row, { name_zh: displayText(row.name_zh) })));
}

export const readSite = readTable<Site>('site');
export const readSnapshots = readRows<Snapshot>('snapshots');
export const readCategories = readRows<CategoryRow>('categories');
export const readIndicators = readRows<IndicatorRow>('indicators');
export const readTiers = readRows<TierRow>('tiers');
export const readRewards = readRows<RewardRow>('rewards');
export const readParks = displayNames<ParkRow>('parks');
export const readAdjustments = readPeriodRows<AdjustmentRow>('adjustments');
export const readTargets = readRows<TargetRow>('targets');
export const readProgress = readRows<ProgressRow>('progress');
export const readRankings = displayNames<RankingRow>('rankings');
export const readCategoryScores = readPeriodRows<CategoryScoreRow>('category_scores');
export const readIndicatorScores = readPeriodRows<IndicatorScoreRow>('indicator_scores');
export const readRewardHits = readPeriodRows<RewardHitRow>('reward_hits');
export const readReconciliation = readRows<ReconciliationRow>('reconciliation');
export const readPublishedCategoryScores = readPeriodRows<PublishedCategoryScoreRow>('published_category_scores');
export const readTargetProgress = readRows<TargetProgressRow>('target_progress');

/** The latest period, the one pages show unless a reader picks another. */
export const latestSnapshot = (): Snapshot => readSnapshots().at(-1)!;
