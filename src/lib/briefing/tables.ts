/** The published tables a briefing is built from, and the lookups every slide shares. */
import { formatMonth } from '../format/month.ts';
import type { RankingRow, TargetProgressRow } from '../sql/scoring.ts';
import type { ProfileTables } from '../views/park-profile.ts';
import { previousPeriodWord } from '../views/park-status.ts';

export interface BriefingTables extends ProfileTables {
  targetProgress: readonly TargetProgressRow[];
}

/** The period's rows: ranked parks in rank order, then vetoed ones; equal places by park_id. */
export function periodRanking(rankings: readonly RankingRow[], period: string): RankingRow[] {
  return rankings
    .filter((r) => r.period === period)
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.park_id.localeCompare(b.park_id));
}

/** Whether the period's rows come from a published list that names only some parks (top 30, tiers). */
export function isPartialList(ranking: readonly RankingRow[]): boolean {
  return ranking.some((r) => r.list_kind !== null && r.list_kind !== 'complete');
}

/** How the period's ranking names the period before it: 上年度 or 上期; null in the first period. */
export function previousPeriodName(ranking: readonly RankingRow[]): string | null {
  const row = ranking.find((r) => r.previous_period !== null);
  return row ? previousPeriodWord(row.period, row.previous_period!) : null;
}

/** The progress rows of the latest target year; empty when no target reported. */
export function latestYearProgress(progress: readonly TargetProgressRow[]): TargetProgressRow[] {
  if (progress.length === 0) return [];
  const year = Math.max(...progress.map((r) => r.year));
  return progress.filter((r) => r.year === year);
}

/** The latest month reported in `rows` (one year's), as 2026年10月; null when there are none. */
export function progressAsOf(rows: readonly TargetProgressRow[]): { month: number; text: string } | null {
  if (rows.length === 0) return null;
  const month = Math.max(...rows.map((r) => r.month));
  return { month, text: formatMonth(rows[0]!.year, month) };
}

/** The first `count` items of a list that may not fit a slide, and how many were left off. */
export interface Capped<T> {
  items: T[];
  more: number;
}

export function capped<T>(items: readonly T[], count: number): Capped<T> {
  return { items: items.slice(0, count), more: Math.max(0, items.length - count) };
}
