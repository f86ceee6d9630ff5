/**
 * The park profile page's view model: everything /parks/<park_id>/ shows about one park in one
 * period, computed from the published tables. Numbers stay numbers; the page formats them.
 */
import type {
  AdjustmentRow, CategoryRow, IndicatorRow, ParkRow, Site, Snapshot, TierRow,
} from '../contract/dataset.ts';
import type { CategoryScoreRow, IndicatorScoreRow, PublishedCategoryScoreRow, RankingRow, RewardHitRow } from '../sql/scoring.ts';
import { rivalsAbove, type Rival } from './gap-to-next.ts';
import { indicatorStandings, type IndicatorStanding } from './indicator-standing.ts';
import { medianValue } from './indicator-summary.ts';
import { groupedBy, memoFor } from './memo.ts';
import { isPublishedList, listScope, placeText, standingMovement } from './list-standing.ts';
import { strengthsAndWeaknesses, type Edge } from './strengths.ts';

/** A profile of one period reads only that period's rows of the per-period tables: they may hold no others. */
export interface ProfileTables {
  site: Site;
  snapshots: readonly Snapshot[];
  categories: readonly CategoryRow[];
  indicators: readonly IndicatorRow[];
  tiers: readonly TierRow[];
  parks: readonly ParkRow[];
  rankings: readonly RankingRow[];
  categoryScores: readonly CategoryScoreRow[];
  publishedCategoryScores: readonly PublishedCategoryScoreRow[];
  indicatorScores: readonly IndicatorScoreRow[];
  adjustments: readonly AdjustmentRow[];
  rewardHits: readonly RewardHitRow[];
}

export interface HistoryEntry {
  snapshot: Snapshot;
  /** null: the park was not evaluated that period, or not in the period's published list. */
  row: RankingRow | null;
  /** The period's ranking is a published list (results.csv), not computed. */
  published: boolean;
  /** 第5位, 第95位（园区自报）, 未进入前30, 未参评… (list-standing.ts) */
  place: string;
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

/** A category score as the evaluating body published it. */
export interface PublishedCategory {
  category: CategoryRow;
  score: number;
  points: number;
}

export interface ParkProfile {
  park: ParkRow;
  isHomeCity: boolean;
  snapshot: Snapshot;
  /** The park's ranking row in the period; null when it was not evaluated then (and all below is empty). */
  standing: RankingRow | null;
  /** 第5位, 未进入前30… in the period (list-standing.ts). */
  place: string;
  /** What the period's published list covers; null for a computed ranking. */
  listScope: string | null;
  /** Indicator values exist for the park in the period: the breakdown, what-if and move-up can be shown. */
  hasValues: boolean;
  movement: string | null;
  tier: TierRow | null;
  adjustments: AdjustmentRow[];
  rewardHits: RewardHitRow[];
  /** Every period, earliest first. */
  history: HistoryEntry[];
  /** The most parks ranked in any period: the bottom of the rank axis. */
  maxRanked: number;
  categories: CategoryStanding[];
  /**
   * The published category scores, only where the park has no values that period (with values,
   * the computed breakdown is shown and the published scores are reconciled against it).
   */
  publishedCategories: PublishedCategory[];
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

function publishedCategories(tables: ProfileTables, parkId: string, period: string): PublishedCategory[] {
  const byId = new Map(tables.categories.map((c) => [c.category_id, c]));
  return (groupedBy(tables.publishedCategoryScores, 'park_id').get(parkId) ?? [])
    .filter((row) => row.period === period)
    .map((row) => ({ category: byId.get(row.category_id)!, score: row.published_score, points: row.points }))
    .sort((a, b) => bySortOrder(a.category, b.category));
}

/** The periods whose official ranking is a published list, worked out once per table. */
const publishedPeriods = (rankings: readonly RankingRow[]): Set<string> =>
  memoFor(rankings, 'publishedPeriods', () => new Set([...groupedBy(rankings, 'period')].filter(([, rows]) => isPublishedList(rows)).map(([period]) => period)));

function parkHistory(tables: ProfileTables, parkId: string): HistoryEntry[] {
  const rows = new Map((groupedBy(tables.rankings, 'park_id').get(parkId) ?? []).map((r) => [r.period, r]));
  const published = publishedPeriods(tables.rankings);
  return tables.snapshots.map((snapshot, i) => {
    const row = rows.get(snapshot.period);
    const previousSnapshot = tables.snapshots[i - 1];
    const previous = previousSnapshot && rows.get(previousSnapshot.period);
    const isPublished = published.has(snapshot.period);
    const movement = standingMovement(row, previous, snapshot, previousSnapshot, isPublished);
    return { snapshot, row: row ?? null, published: isPublished, place: placeText(row, snapshot, isPublished), movement: movement || null };
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
    place: entry.place,
    listScope: entry.published ? listScope(snapshot, periodRankings.filter((r) => r.rank_source === 'published').length) : null,
    hasValues: standings.length > 0,
    movement: entry.movement,
    tier: tables.tiers.find((t) => t.tier === standing?.tier) ?? null,
    adjustments: inPeriod(tables.adjustments),
    rewardHits: inPeriod(tables.rewardHits),
    history,
    // A top-N list ranks nobody below N: its axis ends at the lowest rank published, not at the number evaluated.
    maxRanked: memoFor(tables.rankings, 'maxRanked', () => tables.rankings.reduce((most, r) =>
      Math.max(most, (r.rank_source === 'computed' || r.list_kind === 'complete' ? r.ranked_count : r.rank) ?? 0), 0)),
    categories: categoryStandings(tables, parkId, period, standings),
    publishedCategories: standings.length > 0 ? [] : publishedCategories(tables, parkId, period),
    perMu: standings.filter((s) => s.indicator.unit === PER_MU_UNIT),
    ...strengthsAndWeaknesses(standings),
    rivals: standing ? rivalsAbove(standing, periodRankings, standings) : [],
    tiebreak: tables.indicators.find((i) => i.tiebreak) ?? null,
  };
}
