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

/** The view's period and filters as a WHERE condition on rankings rows named `alias`. */
function viewFilter(view: RankingView, alias: string): string {
  const where = [`${alias}.period = ${literal(view.period)}`];
  if (view.city) where.push(`${alias}.city = ${literal(view.city)}`);
  if (view.level) where.push(`${alias}.level = ${literal(view.level)}`);
  if (view.kind) where.push(`${alias}.kind = ${literal(view.kind)}`);
  if (view.q) where.push(`contains(lower(${alias}.name_zh), lower(${literal(view.q)}))`);
  return where.join(' AND ');
}

/** The rows a long list shows: all of up to `limit` rows, else the first `head`, the last `tail` and every home-city row. */
export interface RowWindow {
  limit: number;
  head: number;
  tail: number;
}

/**
 * One period's rankings, filtered and sorted as the view says, cut to the rows the page shows,
 * each with listed_count, the number of rows in the view: only the rows shown leave the engine,
 * however many parks the province has.
 */
export function rankingRowsSql(view: RankingView, { limit, head, tail }: RowWindow): string {
  return `SELECT * EXCLUDE (position) FROM (
  SELECT r.*, count(*) OVER () AS listed_count, row_number() OVER (ORDER BY ${orderBy(view)}) AS position
  FROM official_rankings r WHERE ${viewFilter(view, 'r')}
) WHERE listed_count <= ${limit} OR position <= ${head} OR position > listed_count - ${tail} OR is_home_city
ORDER BY position`;
}

/** The category scores of the given parks in one period. */
export const categoryScoresSql = (period: string, parkIds: readonly string[]): string =>
  `SELECT park_id, category_id, score FROM official_category_scores WHERE period = ${literal(period)} AND ${
    parkIds.length > 0 ? `park_id IN (${parkIds.map(literal).join(', ')})` : 'false'}`;

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
 * one where the period has published results; only parks with values can be rescored): the view's
 * filtered parks cut to the rows shown, and every home-city park for the chart of how they would
 * move. Each row carries the view's counts: its parks, and how many would move up and down.
 */
export const whatIfSql = (view: RankingView, { limit, head, tail }: RowWindow): string => `
WITH whatif AS (
  SELECT w.park_id, w.name_zh, w.city, w.is_home_city, w.vetoed, w.score, o.score AS official_score,
         o.rank AS official_rank, w.rank AS whatif_rank, o.rank - w.rank AS moved, w.ranked_count,
         ${viewFilter(view, 'w')} AS in_view
  FROM computed_rankings w LEFT JOIN official_rankings o USING (period, park_id)
  WHERE w.period = ${literal(view.period)} AND (w.is_home_city OR ${viewFilter(view, 'w')})
),
listed AS (
  SELECT
    *,
    count(*) FILTER (WHERE in_view) OVER () AS listed_count,
    count(*) FILTER (WHERE in_view AND moved > 0) OVER () AS up_count,
    count(*) FILTER (WHERE in_view AND moved < 0) OVER () AS down_count,
    row_number() OVER (PARTITION BY in_view ORDER BY whatif_rank NULLS LAST, park_id) AS position
  FROM whatif
)
SELECT * EXCLUDE (position) FROM listed
WHERE is_home_city OR listed_count <= ${limit} OR position <= ${head} OR position > listed_count - ${tail}
ORDER BY whatif_rank NULLS LAST, park_id`;
