/**
 * The dots of a distribution chart. Up to SCALE_LIMIT parks every park is a dot. Above it the
 * other parks become a quantile dot plot: QUANTILE_DOTS dots at the values that split them into
 * equal shares, each standing for the same number of parks, so the swarm keeps the shape of the
 * distribution at a fixed size; every home-city park keeps a dot of its own.
 */
import { median, quantileSorted } from 'd3';
import type { DistributionRow } from '../charts/distribution-chart.ts';
import { atScale } from './row-limit.ts';

export const QUANTILE_DOTS = 100;

export interface DistributionMarks {
  rows: DistributionRow[];
  /** How many other parks one hollow dot stands for; null when each is one park. */
  parksPerDot: number | null;
  /** All parks' median when the dots stand for shares (theirs would differ); else undefined. */
  median?: number;
}

export function distributionMarks(rows: readonly DistributionRow[], dots = QUANTILE_DOTS): DistributionMarks {
  const valued = rows.filter((r) => r.value !== null && Number.isFinite(r.value));
  const others = valued.filter((r) => !r.highlight).map((r) => r.value!).sort((a, b) => a - b);
  if (!atScale(valued.length) || others.length <= dots) return { rows: [...rows], parksPerDot: null };
  const parksPerDot = others.length / dots;
  const name = `约${Math.round(parksPerDot)}个园区`;
  const quantiles = Array.from({ length: dots }, (_, i): DistributionRow => ({
    park_id: `q${i + 1}`, name, value: quantileSorted(others, (i + 0.5) / dots)!, highlight: false,
  }));
  return { rows: [...quantiles, ...valued.filter((r) => r.highlight)], parksPerDot, median: median(valued, (r) => r.value)! };
}
