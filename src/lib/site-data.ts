/**
 * Build-time access to the computed tables, for Astro pages. scripts/build.ts writes them as JSON
 * into SITE_DATA_DIR before it runs astro build. Each table is read once per build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  AdjustmentRow, CategoryRow, IndicatorRow, ParkRow, ProgressRow, RewardRow, Site, Snapshot, TargetRow, TierRow,
} from './contract/dataset.ts';
import type { CategoryScoreRow, IndicatorScoreRow, RankingRow, RewardHitRow, TargetProgressRow } from './sql/scoring.ts';

const cache = new Map<string, unknown>();

/** A reader of SITE_DATA_DIR/<name>.json, parsed once per build. */
export function readTable<T>(name: string): () => T {
  return () => {
    if (!cache.has(name)) {
      const dir = process.env.SITE_DATA_DIR;
      if (!dir) throw new Error('SITE_DATA_DIR is not set: build the site with `npm run build`, which computes the data first.');
      cache.set(name, JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')));
    }
    return cache.get(name) as T;
  };
}

export const readSite = readTable<Site>('site');
export const readSnapshots = readTable<Snapshot[]>('snapshots');
export const readCategories = readTable<CategoryRow[]>('categories');
export const readIndicators = readTable<IndicatorRow[]>('indicators');
export const readTiers = readTable<TierRow[]>('tiers');
export const readRewards = readTable<RewardRow[]>('rewards');
export const readParks = readTable<ParkRow[]>('parks');
export const readAdjustments = readTable<AdjustmentRow[]>('adjustments');
export const readTargets = readTable<TargetRow[]>('targets');
export const readProgress = readTable<ProgressRow[]>('progress');
export const readRankings = readTable<RankingRow[]>('rankings');
export const readCategoryScores = readTable<CategoryScoreRow[]>('category_scores');
export const readIndicatorScores = readTable<IndicatorScoreRow[]>('indicator_scores');
export const readRewardHits = readTable<RewardHitRow[]>('reward_hits');
export const readTargetProgress = readTable<TargetProgressRow[]>('target_progress');

/** The latest period, the one pages show unless a reader picks another. */
export const latestSnapshot = (): Snapshot => readSnapshots().at(-1)!;
