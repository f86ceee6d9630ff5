/**
 * The SQL the live pages send to DuckDB-WASM, over the views of scoring.sql. Values from the URL
 * are quoted as SQL literals, never spliced in raw.
 */
import type { RankingView } from '../state/ranking-view.ts';
import { SORTABLE } from '../state/ranking-view.ts';

export const literal = (value: string | number): string =>
  typeof value === 'number' ? String(value) : `'${value.replaceAll("'", "''")}'`;

function orderBy(view: RankingView): string {
  const dir = view.dir === 'desc' ? 'DESC' : 'ASC';
  const category = /^cat:(.+)$/.exec(view.sort);
  const key = category
    ? `(SELECT c.score FROM official_category_scores c WHERE c.period = r.period AND c.park_id = r.park_id AND c.category_id = ${literal(category[1]!)})`
    : view.sort === 'score' ? 'round(r.score, 6)' // as the ranking compares scores: float noise is no difference
    : (SORTABLE as readonly string[]).includes(view.sort) ? `r.${view.sort}` : 'r.rank';
  return `${key} ${dir} NULLS LAST, r.rank NULLS LAST, r.park_id`;
}

/** One period's rankings, filtered and sorted as the view says. */
export function rankingRowsSql(view: RankingView): string {
  const where = [`r.period = ${literal(view.period)}`];
  if (view.city) where.push(`r.city = ${literal(view.city)}`);
  if (view.level) where.push(`r.level = ${literal(view.level)}`);
  if (view.kind) where.push(`r.kind = ${literal(view.kind)}`);
  if (view.q) where.push(`contains(lower(r.name_zh), lower(${literal(view.q)}))`);
  return `SELECT r.* FROM official_rankings r WHERE ${where.join(' AND ')} ORDER BY ${orderBy(view)}`;
}

export const categoryScoresSql = (period: string): string =>
  `SELECT park_id, category_id, score FROM official_category_scores WHERE period = ${literal(period)}`;

export const rankHistorySql = (parkIds: readonly string[]): string =>
  `SELECT period, park_id, name_zh, rank, is_home_city FROM official_rankings WHERE park_id IN (${parkIds.map(literal).join(', ')}) ORDER BY park_id, period`;

/**
 * The official results, computed once by the scoring views and kept as tables: the views
 * recompute every score on each query, which only the what-if needs.
 */
export const SNAPSHOT_OFFICIAL_SQL = `
CREATE OR REPLACE TABLE official_rankings AS SELECT * FROM rankings;
CREATE OR REPLACE TABLE official_category_scores AS SELECT * FROM category_scores`;

export function setWeightsSql(weights: Readonly<Record<string, number>>): string {
  const cases = Object.entries(weights).map(([id, w]) => `WHEN ${literal(id)} THEN ${literal(w)}`).join(' ');
  return cases
    ? `UPDATE category_weights SET points = CASE category_id ${cases} ELSE points END`
    : 'UPDATE category_weights SET points = (SELECT c.points FROM categories c WHERE c.category_id = category_weights.category_id)';
}

export const RESET_WEIGHTS_SQL = setWeightsSql({});

/**
 * Each park's rank computed under the current weights against its official rank (the published
 * one where the period has published results). Only parks with values can be rescored.
 */
export const whatIfSql = (period: string): string => `
SELECT w.park_id, w.name_zh, w.city, w.is_home_city, w.vetoed, w.score, o.score AS official_score,
       o.rank AS official_rank, w.rank AS whatif_rank, o.rank - w.rank AS moved
FROM computed_rankings w LEFT JOIN official_rankings o USING (period, park_id)
WHERE w.period = ${literal(period)}
ORDER BY w.rank NULLS LAST, w.park_id`;
