/**
 * The park profile page's view model: everything /parks/<park_id>/ shows about one park in one
 * period, computed from the published tables. Numbers stay numbers; the page formats them.
 */
import type {
  AdjustmentRow, CategoryRow, IndicatorRow, ParkRow, Site, Snapshot, TierRow,
} from '../contract/dataset.ts';
import type { CategoryScoreRow, IndicatorScoreRow, RankingRow, RewardHitRow } from '../sql/scoring.ts';
import { rivalsAbove, type Rival } from './gap-to-next.ts';
import { indicatorStandings, type IndicatorStanding } from './indicator-standing.ts';
import { medianValue } from './indicator-summary.ts';
import { groupedBy, memoFor } from './memo.ts';
import { parkStatus } from './park-status.ts';
import { strengthsAndWeaknesses, type Edge } from './strengths.ts';

export interface ProfileTables {
  site: Site;
  snapshots: readonly Snapshot[];
  categories: readonly CategoryRow[];
  indicators: readonly IndicatorRow[];
  tiers: readonly TierRow[];
  parks: readonly ParkRow[];
  rankings: readonly RankingRow[];
  categoryScores: readonly CategoryScoreRow[];
  indicatorScores: readonly IndicatorScoreRow[];
  adjustments: readonly AdjustmentRow[];
  rewardHits: readonly RewardHitRow[];
}

export interface HistoryEntry {
  snapshot: Snapshot;
  /** null: the park was not evaluated that period. */
  row: RankingRow | null;
  movement: string | null;
}

export interface CategoryStanding {
  category: CategoryRow;
  score: number;
  points: number;
  /** Median and highest score in the category over the period's parks. */
  median: number;
  best: number;
  indicators: IndicatorStanding[];
}

export interface ParkProfile {
  park: ParkRow;
  isHomeCity: boolean;
  snapshot: Snapshot;
  /** The park's ranking row in the period; null when it was not evaluated then (and all below is empty). */
  standing: RankingRow | null;
  movement: string | null;
  tier: TierRow | null;
  adjustments: AdjustmentRow[];
  rewardHits: RewardHitRow[];
  /** Every period, earliest first. */
  history: HistoryEntry[];
  /** The most parks ranked in any period: the bottom of the rank axis. */
  maxRanked: number;
  categories: CategoryStanding[];
  /** The 亩均 indicators (unit 万元/亩), which the evaluation puts first. */
  perMu: IndicatorStanding[];
  strengths: Edge[];
  weaknesses: Edge[];
  rivals: Rival[];
  /** The indicator that breaks ties in total score. */
  tiebreak: IndicatorRow | null;
}

const PER_MU_UNIT = '万元/亩';

const bySortOrder = (a: { sort_order: number }, b: { sort_order: number }) => a.sort_order - b.sort_order;

/** Each category's median and best score in a period, worked out once per table and period. */
function categoryFields(scores: readonly CategoryScoreRow[], period: string) {
  return memoFor(scores, `fields:${period}`, () => {
    const byCategory = groupedBy(groupedBy(scores, 'period').get(period) ?? [], 'category_id');
    return new Map([...byCategory].map(([id, rows]) => {
      const all = rows.map((s) => s.score);
      return [id, { byPark: new Map(rows.map((s) => [s.park_id, s])), median: medianValue(all) ?? 0, best: Math.max(...all) }];
    }));
  });
}

function categoryStandings(tables: ProfileTables, parkId: string, period: string, standings: IndicatorStanding[]): CategoryStanding[] {
  const fields = categoryFields(tables.categoryScores, period);
  return [...tables.categories].sort(bySortOrder).flatMap((category) => {
    const field = fields.get(category.category_id);
    const own = field?.byPark.get(parkId);
    if (!field || !own) return [];
    return [{
      category,
      score: own.score,
      points: own.points,
      median: field.median,
      best: field.best,
      indicators: standings.filter((s) => s.indicator.category_id === category.category_id),
    }];
  });
}

function parkHistory(tables: ProfileTables, parkId: string): HistoryEntry[] {
  const rows = new Map((groupedBy(tables.rankings, 'park_id').get(parkId) ?? []).map((r) => [r.period, r]));
  return tables.snapshots.map((snapshot) => {
    const row = rows.get(snapshot.period) ?? null;
    return { snapshot, row, movement: row && parkStatus(row).phrase };
  });
}

export function buildParkProfile(tables: ProfileTables, parkId: string, period: string): ParkProfile {
  const park = tables.parks.find((p) => p.park_id === parkId);
  const snapshot = tables.snapshots.find((s) => s.period === period);
  if (!park || !snapshot) throw new Error(`No park ${parkId} or period ${period}`);
  const history = parkHistory(tables, parkId);
  const entry = history.find((h) => h.snapshot.period === period)!;
  const standing = entry.row;
  const categoryOrder = new Map(tables.categories.map((c) => [c.category_id, c.sort_order]));
  const indicators = [...tables.indicators].sort((a, b) =>
    (categoryOrder.get(a.category_id) ?? 0) - (categoryOrder.get(b.category_id) ?? 0) || bySortOrder(a, b));
  const standings = indicatorStandings(tables.indicatorScores, indicators, period, parkId);
  const periodRankings = groupedBy(tables.rankings, 'period').get(period) ?? [];
  const inPeriod = <T extends { period: string; park_id: string }>(rows: readonly T[]) =>
    (groupedBy(rows, 'park_id').get(parkId) ?? []).filter((r) => r.period === period);

  return {
    park,
    isHomeCity: park.city === tables.site.home_city,
    snapshot,
    standing,
    movement: entry.movement,
    tier: tables.tiers.find((t) => t.tier === standing?.tier) ?? null,
    adjustments: inPeriod(tables.adjustments),
    rewardHits: inPeriod(tables.rewardHits),
    history,
    maxRanked: memoFor(tables.rankings, 'maxRanked', () => tables.rankings.reduce((most, r) => Math.max(most, r.ranked_count), 0)),
    categories: categoryStandings(tables, parkId, period, standings),
    perMu: standings.filter((s) => s.indicator.unit === PER_MU_UNIT),
    ...strengthsAndWeaknesses(standings),
    rivals: standing ? rivalsAbove(standing, periodRankings, standings) : [],
    tiebreak: tables.indicators.find((i) => i.tiebreak) ?? null,
  };
}
