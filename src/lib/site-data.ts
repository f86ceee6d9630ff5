/** Build-time access to the computed tables, for Astro pages. Written by scripts/build.ts. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Site } from './contract/dataset.ts';
import type { RankingRow } from './sql/scoring.ts';

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
