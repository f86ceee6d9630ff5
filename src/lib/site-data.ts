/**
 * Build-time access to the computed tables, for Astro pages. scripts/build.ts writes them as JSON
 * into SITE_DATA_DIR before it runs astro build. Each table is read once per build.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  AdjustmentRow, CategoryRow, IndicatorRow, ParkRow, ProgressRow, RewardRow, Site, Snapshot, TargetRow, TierRow,
} from './contract/dataset.ts';
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

/**
 * A reader of SITE_DATA_DIR/<name>.ndjson, a published table one row per line, parsed once per
 * build. Line by line, because a large table is more text than one JavaScript string can hold.
 */
export function readRows<T>(name: string): () => T[] {
  return once(`${name}.ndjson`, () => {
    const bytes = readFileSync(dataPath(`${name}.ndjson`));
    const rows: T[] = [];
    for (let start = 0, end = bytes.indexOf(10); end !== -1; start = end + 1, end = bytes.indexOf(10, start)) {
      rows.push(JSON.parse(bytes.toString('utf8', start, end)) as T);
    }
    return rows;
  });
}

/** SHA-256 of a published table as written. */
export function tableDigest(name: string): string {
  return createHash('sha256').update(readFileSync(dataPath(`${name}.ndjson`))).digest('hex');
}

/** Names as the pages show them (“ ” quotes, no stray spaces); the published files keep them as given. */
function displayNames<T extends { name_zh: string }>(read: () => T[]): () => T[] {
  let rows: T[] | null = null;
  return () => (rows ??= read().map((row) => ({ ...row, name_zh: displayText(row.name_zh) })));
}

export const readSite = readTable<Site>('site');
export const readSnapshots = readRows<Snapshot>('snapshots');
export const readCategories = readRows<CategoryRow>('categories');
export const readIndicators = readRows<IndicatorRow>('indicators');
export const readTiers = readRows<TierRow>('tiers');
export const readRewards = readRows<RewardRow>('rewards');
export const readParks = displayNames(readRows<ParkRow>('parks'));
export const readAdjustments = readRows<AdjustmentRow>('adjustments');
export const readTargets = readRows<TargetRow>('targets');
export const readProgress = readRows<ProgressRow>('progress');
export const readRankings = displayNames(readRows<RankingRow>('rankings'));
export const readCategoryScores = readRows<CategoryScoreRow>('category_scores');
export const readIndicatorScores = readRows<IndicatorScoreRow>('indicator_scores');
export const readRewardHits = readRows<RewardHitRow>('reward_hits');
export const readReconciliation = readRows<ReconciliationRow>('reconciliation');
export const readPublishedCategoryScores = readRows<PublishedCategoryScoreRow>('published_category_scores');
export const readTargetProgress = readRows<TargetProgressRow>('target_progress');

/** The latest period, the one pages show unless a reader picks another. */
export const latestSnapshot = (): Snapshot => readSnapshots().at(-1)!;
