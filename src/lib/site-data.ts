/** Build-time access to the computed tables, for Astro pages. Written by scripts/build.ts. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Site } from './contract/dataset.ts';

export interface RankingRow {
  period: string;
  park_id: string;
  name_zh: string;
  city: string;
  level: 'national' | 'provincial';
  kind: string;
  base_score: number;
  bonus: number;
  deduction: number;
  score: number;
  vetoed: boolean;
  veto_reason: string | null;
  missing_count: number;
  rank: number | null;
  rank_level: number | null;
  rank_city: number | null;
  ranked_count: number;
  tier: string | null;
  previous_rank: number | null;
  rank_change: number | null;
  is_home_city: boolean;
}

export interface SnapshotRow { period: string; title: string; published: string; status: string; source: string; notes: string | null }

function dataDir(): string {
  const dir = process.env.SITE_DATA_DIR;
  if (!dir) throw new Error('SITE_DATA_DIR is not set: build the site with `npm run build`, which computes the data first.');
  return dir;
}

function readTable<T>(name: string): T {
  return JSON.parse(readFileSync(join(dataDir(), `${name}.json`), 'utf8')) as T;
}

export const readSite = () => readTable<Site>('site');
export const readSnapshots = () => readTable<SnapshotRow[]>('snapshots');
export const readRankings = () => readTable<RankingRow[]>('rankings');
