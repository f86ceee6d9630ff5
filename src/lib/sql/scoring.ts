/**
 * Scoring and ranking: runs scoring.sql on an engine whose inputs are loaded, and names what it
 * produces. The SQL text is passed in because each runtime reads it its own way: the browser bundle
 * imports `./scoring.sql?raw`, Node scripts call readScoringSql() from ./scoring-sql-node.ts.
 */
import type { SqlEngine } from './engine.ts';
import { materializeViewSql } from './publish-queries.ts';

// The row types are type aliases, not interfaces, so that they satisfy SqlEngine's Row.

export type IndicatorScoreRow = {
  period: string;
  park_id: string;
  category_id: string;
  indicator_id: string;
  value: number | null;
  is_missing: boolean;
  /** The benchmark in force for the period; null for min–max indicators. */
  benchmark: number | null;
  /** Effective points, after the what-if category weights. */
  points: number;
  score: number;
  score_rule: 'benchmark' | 'minmax' | 'missing_zero' | 'missing_average';
};

export type CategoryScoreRow = { period: string; park_id: string; category_id: string; points: number; score: number };

/** A row of computed_rankings: what the scoring makes of the values. */
export type ComputedRankingRow = {
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
  tiebreak_value: number | null;
  /** Ranks, percentile and tier are null for a vetoed park. */
  rank: number | null;
  rank_level: number | null;
  rank_city: number | null;
  ranked_count: number;
  level_count: number;
  city_count: number;
  percentile: number | null;
  tier: string | null;
  previous_period: string | null;
  previous_rank: number | null;
  /** previous_rank − rank: positive means the park moved up. */
  rank_change: number | null;
  is_home_city: boolean;
  /** Whether the park was vetoed in the previous period; null when it was not evaluated then. */
  previous_vetoed: boolean | null;
};

export type RankSource = 'published' | 'self_reported' | 'computed';

/**
 * A row of rankings, the official ranking: published results where a period has them (only what
 * was published, so scores, counts and ranks may be null), computed_rankings elsewhere.
 */
export type RankingRow = Omit<ComputedRankingRow, 'base_score' | 'bonus' | 'deduction' | 'score' | 'missing_count' | 'ranked_count' | 'level_count' | 'city_count'> & {
  base_score: number | null;
  bonus: number | null;
  deduction: number | null;
  score: number | null;
  missing_count: number | null;
  /** Parks evaluated: null when a published list did not say. */
  ranked_count: number | null;
  level_count: number | null;
  city_count: number | null;
  rank_source: RankSource;
  list_kind: string | null;
  published_name: string | null;
  source_url: string | null;
  source_doc: string | null;
  source_date: string | null;
  /** The method version differs from the previous period's: rank_change is null. */
  method_changed: boolean;
};

export type ReconciliationRow = {
  period: string;
  park_id: string;
  name_zh: string;
  city: string;
  is_published: boolean;
  published_rank: number | null;
  computed_rank: number | null;
  rank_difference: number | null;
  published_score: number | null;
  computed_score: number | null;
  score_difference: number | null;
  published_tier: string | null;
  computed_tier: string | null;
  rank_agrees: boolean | null;
  score_agrees: boolean | null;
  tier_agrees: boolean | null;
  categories_agree: boolean | null;
  agrees: boolean;
};

/** A row of published_category_scores: a published category score, and the computed one where values exist. */
export type PublishedCategoryScoreRow = {
  period: string;
  park_id: string;
  category_id: string;
  points: number;
  published_score: number;
  computed_score: number | null;
  score_difference: number | null;
  score_agrees: boolean | null;
};

export type RewardHitRow = { period: string; park_id: string; rule_id: string; kind: string; label_zh: string; consequence_zh: string };

export type TargetProgressRow = {
  year: number;
  target_id: string;
  scope: string;
  parent_id: string | null;
  name_zh: string;
  unit: string | null;
  kind: 'cumulative' | 'milestone';
  target: number;
  due_month: number;
  month: number;
  actual: number;
  completion_pct: number;
  time_pct: number;
  gap_pp: number;
  status: 'ahead' | 'behind' | 'done' | 'overdue' | 'pending';
};

/**
 * Creates the views and the what-if table category_weights (category_id, points), its points
 * starting at categories.points: UPDATE them and re-query the views to see the ranking under other
 * category weights. Running it again resets the weights.
 */
export async function applyScoring(engine: SqlEngine, scoringSql: string): Promise<void> {
  await engine.exec(scoringSql);
}

/** The views scoring.sql creates, in the order it creates them: each reads only the ones before it. */
export function scoringViews(scoringSql: string): string[] {
  return [...scoringSql.matchAll(/^CREATE OR REPLACE VIEW (\w+)/gm)].map((match) => match[1]!);
}

/**
 * The views whose rows do not change with the what-if weights: those that read neither
 * category_weights nor, through another view, anything that does. Upstream first.
 */
export function unweightedViews(scoringSql: string): string[] {
  const weighted = new Set(['category_weights']);
  const unweighted: string[] = [];
  const code = scoringSql.replace(/--[^\n]*/g, '');
  for (const [, name, body] of code.matchAll(/^CREATE OR REPLACE VIEW (\w+) AS([^;]*)/gm)) {
    const reads = new Set(body!.match(/\w+/g));
    if ([...weighted].some((w) => reads.has(w))) weighted.add(name!);
    else unweighted.push(name!);
  }
  return unweighted;
}

/** Replaces each of `views` by a table of its rows, in the order given (upstream first). */
async function materializeViews(engine: SqlEngine, views: readonly string[]): Promise<void> {
  for (const view of views) await engine.exec(materializeViewSql(view));
}

/**
 * Replaces each scoring view by a table of its rows, upstream first, so every figure is computed
 * once: the CSV, Parquet and page files written afterwards all read the same stored rows.
 */
export const materializeScoring = (engine: SqlEngine, scoringSql: string): Promise<void> =>
  materializeViews(engine, scoringViews(scoringSql));

/**
 * Scores the input rows loaded so far, again after more have arrived: the unweighted views are
 * computed once and stored as tables, the weighted ones stay views over them, so trying other
 * weights re-weights and re-ranks without scoring every indicator again.
 */
export async function scoreForWhatIf(engine: SqlEngine, scoringSql: string): Promise<void> {
  const stored = unweightedViews(scoringSql);
  const tables = await engine.query<{ table_name: string }>('SELECT table_name FROM duckdb_tables()');
  for (const { table_name: name } of tables) if (stored.includes(name)) await engine.exec(`DROP TABLE ${name}`);
  await applyScoring(engine, scoringSql);
  await materializeViews(engine, stored);
}
