-- Scoring and ranking: the loaded input tables in, the published figures out.
-- The same text runs in native DuckDB (build) and DuckDB-WASM (browser), so it uses only what
-- both DuckDB 1.4.3 and 1.5.6 offer, and it returns no DECIMAL (WASM would hand those to JS as
-- objects, not numbers).
--
-- Ranking rule, the same for the province, each level and each city:
--   1. total score, higher first, compared at round(score, 6): float noise is not a difference,
--   2. then the value of the tie-breaker indicator (the one with tiebreak = true), better first
--      by its direction, a missing value last (with no tie-breaker indicator only the score counts),
--   3. parks still equal share a rank and the next rank skips (competition ranking 1, 2, 2, 4).
-- Vetoed parks are listed with NULL ranks and are not counted in any ranked_count.
--
-- computed_rankings is what this scoring makes of the indicator values. rankings is the official
-- ranking: in a period with published results (results.csv) it is those results as published,
-- never a computed rank in their place; in any other period it is computed_rankings. reconciliation
-- compares the two wherever a period has both.
--
-- Every sum and average adds its terms in a fixed order, list_sum(list(x ORDER BY key)): a
-- parallel sum adds in whatever order the threads finish, and floating-point addition is not
-- associative, so the same data could otherwise give scores that differ in the last digit.
-- Semicolons appear only at the ends of statements, so the text may be split on them.

-- The what-if hook: the browser UPDATEs these points and re-queries the views below.
-- A category's weight scales every indicator score in it alike (each rule is linear in the
-- points), so the weights apply to whole categories, in category_scores: the views before it
-- do not read them, and the browser computes those once while the reader tries weights.
CREATE OR REPLACE TABLE category_weights AS
SELECT category_id, points FROM categories;

-- One row per period, park of that period (a park with any values row) and indicator, scored at
-- the method's own points.
CREATE OR REPLACE VIEW indicator_scores AS
WITH
effective_indicators AS (
  SELECT
    i.indicator_id, i.category_id, i.direction, i.method, i.cap, i.missing, i.benchmark,
    CASE WHEN c.points = 0 THEN 0 ELSE i.points END AS points
  FROM indicators AS i
  JOIN categories AS c USING (category_id)
),
cells AS (
  SELECT
    pp.period, pp.park_id, e.category_id, e.indicator_id, e.direction, e.method, e.cap, e.missing, e.points,
    v.value,
    CASE WHEN e.method = 'benchmark' THEN coalesce(b.benchmark, e.benchmark) END AS benchmark
  FROM (SELECT DISTINCT period, park_id FROM "values") AS pp
  CROSS JOIN effective_indicators AS e
  LEFT JOIN "values" AS v ON v.period = pp.period AND v.park_id = pp.park_id AND v.indicator_id = e.indicator_id
  LEFT JOIN benchmarks AS b ON b.period = pp.period AND b.indicator_id = e.indicator_id
),
value_scores AS (
  SELECT
    *,
    -- Benchmark scores cannot fall below 0: a value <= 0 is settled first and benchmarks are > 0.
    CASE
      WHEN value IS NULL THEN NULL
      WHEN method = 'minmax' THEN CASE
        WHEN best = worst THEN points
        -- value lies between worst and best, whichever way the direction runs.
        ELSE points * abs(value - worst) / abs(best - worst)
      END
      WHEN direction = 'higher' THEN CASE
        WHEN value <= 0 THEN 0
        ELSE least(cap * points, points * value / benchmark)
      END
      ELSE CASE
        WHEN value <= 0 THEN cap * points
        ELSE least(cap * points, points * benchmark / value)
      END
    END AS value_score
  FROM (
    -- Each indicator's range in the period, grouped rather than windowed: a window sorts every cell.
    SELECT
      cells.*,
      CASE WHEN direction = 'higher' THEN r.max_value ELSE r.min_value END AS best,
      CASE WHEN direction = 'higher' THEN r.min_value ELSE r.max_value END AS worst
    FROM cells
    LEFT JOIN (
      SELECT period, indicator_id, max(value) AS max_value, min(value) AS min_value
      FROM "values"
      GROUP BY period, indicator_id
    ) AS r USING (period, indicator_id)
  )
)
SELECT
  period, park_id, category_id, indicator_id, value,
  value IS NULL AS is_missing,
  benchmark, points,
  CASE
    WHEN value IS NOT NULL THEN value_score
    WHEN missing = 'average' THEN coalesce(m.mean_score, 0)
    ELSE 0
  END AS score,
  CASE WHEN value IS NULL THEN 'missing_' || missing ELSE method END AS score_rule
FROM value_scores
LEFT JOIN (
  SELECT period, indicator_id, list_avg(list(value_score ORDER BY park_id)) AS mean_score
  FROM value_scores
  GROUP BY period, indicator_id
) AS m USING (period, indicator_id)
ORDER BY period, park_id, indicator_id;

-- Each category's indicator scores summed, at the method's own points.
CREATE OR REPLACE VIEW category_sums AS
SELECT period, park_id, category_id, list_sum(list(score ORDER BY indicator_id)) AS score
FROM indicator_scores
GROUP BY period, park_id, category_id;

-- What a park's ranking needs of its indicators besides their scores.
CREATE OR REPLACE VIEW park_facts AS
SELECT
  s.period, s.park_id,
  count(*) FILTER (WHERE s.is_missing) AS missing_count,
  max(s.value) FILTER (WHERE i.tiebreak) AS tiebreak_value,
  -- The tie-breaker value turned so that larger is always better.
  max(CASE WHEN i.direction = 'lower' THEN -s.value ELSE s.value END) FILTER (WHERE i.tiebreak) AS tiebreak_key
FROM indicator_scores AS s
JOIN indicators AS i USING (indicator_id)
GROUP BY s.period, s.park_id;

-- Category scores under the category weights: at the official weights the factor is exactly 1.
CREATE OR REPLACE VIEW category_scores AS
SELECT
  s.period, s.park_id, s.category_id, w.points,
  CASE WHEN c.points = 0 THEN 0 ELSE s.score * (w.points / c.points) END AS score
FROM category_sums AS s
JOIN categories AS c USING (category_id)
JOIN category_weights AS w USING (category_id)
ORDER BY s.period, s.park_id, s.category_id;

CREATE OR REPLACE VIEW computed_rankings AS
WITH
base_scores AS (
  SELECT period, park_id, list_sum(list(score ORDER BY category_id)) AS base_score
  FROM category_scores
  GROUP BY period, park_id
),
park_adjustments AS (
  SELECT
    period, park_id,
    list_sum(list(points ORDER BY points) FILTER (WHERE kind = 'bonus')) AS bonus,
    list_sum(list(points ORDER BY points) FILTER (WHERE kind = 'deduction')) AS deduction,
    bool_or(kind = 'veto') AS vetoed,
    string_agg(reason_zh, '、' ORDER BY reason_zh) FILTER (WHERE kind = 'veto') AS veto_reason
  FROM adjustments
  GROUP BY period, park_id
),
scored AS (
  SELECT
    b.period, b.park_id, p.name_zh, p.city, p.level, p.kind,
    b.base_score,
    coalesce(a.bonus, 0) AS bonus,
    coalesce(a.deduction, 0) AS deduction,
    b.base_score + coalesce(a.bonus, 0) - coalesce(a.deduction, 0) AS score,
    coalesce(a.vetoed, false) AS vetoed,
    a.veto_reason, f.missing_count, f.tiebreak_value, f.tiebreak_key,
    coalesce(p.city = site.home_city, false) AS is_home_city
  FROM base_scores AS b
  JOIN park_facts AS f USING (period, park_id)
  JOIN parks AS p USING (park_id)
  LEFT JOIN park_adjustments AS a USING (period, park_id)
  CROSS JOIN site
),
-- standing orders a period's parks by the ranking rule, so ranking any group of them by standing
-- applies the same rule within the group.
standings AS (
  SELECT
    *,
    dense_rank() OVER (PARTITION BY period, vetoed ORDER BY round(score, 6) DESC, tiebreak_key DESC NULLS LAST) AS standing
  FROM scored
),
ranked AS (
  SELECT
    *,
    CASE WHEN NOT vetoed THEN rank() OVER (PARTITION BY period, vetoed ORDER BY standing) END AS rank,
    CASE WHEN NOT vetoed THEN rank() OVER (PARTITION BY period, vetoed, level ORDER BY standing) END AS rank_level,
    CASE WHEN NOT vetoed THEN rank() OVER (PARTITION BY period, vetoed, city ORDER BY standing) END AS rank_city,
    count(*) FILTER (WHERE NOT vetoed) OVER (PARTITION BY period) AS ranked_count,
    count(*) FILTER (WHERE NOT vetoed) OVER (PARTITION BY period, level) AS level_count,
    count(*) FILTER (WHERE NOT vetoed) OVER (PARTITION BY period, city) AS city_count
  FROM standings
),
placed AS (
  -- 100 × rank first, then one division: 7 of 10 gives exactly 70, not 70.00000000000001.
  SELECT *, CAST(100 * rank AS DOUBLE) / ranked_count AS percentile
  FROM ranked
),
previous_periods AS (
  SELECT period, lag(period) OVER (ORDER BY period) AS previous_period
  FROM snapshots
)
SELECT
  r.period, r.park_id, r.name_zh, r.city, r.level, r.kind,
  r.base_score, r.bonus, r.deduction, r.score,
  r.vetoed, r.veto_reason, r.missing_count, r.tiebreak_value,
  r.rank, r.rank_level, r.rank_city, r.ranked_count, r.level_count, r.city_count,
  r.percentile, t.tier,
  pp.previous_period,
  previous.rank AS previous_rank,
  previous.rank - r.rank AS rank_change,
  r.is_home_city,
  -- null when the park was not evaluated in the previous period.
  previous.vetoed AS previous_vetoed
FROM placed AS r
LEFT JOIN previous_periods AS pp USING (period)
LEFT JOIN placed AS previous ON previous.period = pp.previous_period AND previous.park_id = r.park_id
LEFT JOIN tiers AS t ON t.from_pct < r.percentile AND r.percentile <= t.to_pct
ORDER BY r.period, r.rank NULLS LAST, r.park_id;

-- The official ranking. A rank change is only worked out between two official ranks of one park
-- under the same method version and of the same kind (published or self-reported against
-- published, computed against computed); across a method change the previous rank is kept but
-- rank_change is NULL and method_changed says why.
CREATE OR REPLACE VIEW rankings AS
WITH
published_periods AS (
  SELECT DISTINCT period FROM results
),
list_facts AS (
  SELECT
    s.period, s.list_kind, s.evaluated, s.method_version,
    s.list_kind = 'complete' AND NOT s.partial AS complete_list
  FROM snapshots AS s
),
published AS (
  SELECT
    r.period, r.park_id, p.name_zh, p.city, p.level, p.kind,
    r.rank, r.total_score, nullif(r.tier, '') AS tier, r.self_reported,
    r.park AS published_name, r.source_url, r.source_doc, CAST(r.source_date AS VARCHAR) AS source_date,
    f.list_kind, f.evaluated, f.complete_list,
    coalesce(p.city = site.home_city, false) AS is_home_city
  FROM results AS r
  JOIN parks AS p USING (park_id)
  JOIN list_facts AS f USING (period)
  CROSS JOIN site
),
published_ranked AS (
  SELECT
    *,
    CASE WHEN complete_list AND rank IS NOT NULL AND NOT self_reported
      THEN rank() OVER (PARTITION BY period, level, rank IS NULL OR self_reported ORDER BY rank) END AS rank_level,
    CASE WHEN complete_list AND rank IS NOT NULL AND NOT self_reported
      THEN rank() OVER (PARTITION BY period, city, rank IS NULL OR self_reported ORDER BY rank) END AS rank_city,
    coalesce(evaluated, CASE WHEN complete_list THEN count(*) OVER (PARTITION BY period) END) AS ranked_count,
    CASE WHEN complete_list THEN count(*) OVER (PARTITION BY period, level) END AS level_count,
    CASE WHEN complete_list THEN count(*) OVER (PARTITION BY period, city) END AS city_count
  FROM published
),
official AS (
  SELECT
    period, park_id, name_zh, city, level, kind,
    CAST(NULL AS DOUBLE) AS base_score, CAST(NULL AS DOUBLE) AS bonus, CAST(NULL AS DOUBLE) AS deduction,
    total_score AS score, false AS vetoed, CAST(NULL AS VARCHAR) AS veto_reason,
    CAST(NULL AS BIGINT) AS missing_count, CAST(NULL AS DOUBLE) AS tiebreak_value,
    rank, rank_level, rank_city, ranked_count, level_count, city_count,
    CASE WHEN rank IS NOT NULL AND ranked_count IS NOT NULL THEN CAST(100 * rank AS DOUBLE) / ranked_count END AS percentile,
    tier, is_home_city,
    CASE WHEN self_reported THEN 'self_reported' ELSE 'published' END AS rank_source,
    list_kind, published_name, source_url, source_doc, source_date
  FROM published_ranked
  UNION ALL
  SELECT
    c.period, c.park_id, c.name_zh, c.city, c.level, c.kind,
    c.base_score, c.bonus, c.deduction, c.score, c.vetoed, c.veto_reason, c.missing_count, c.tiebreak_value,
    c.rank, c.rank_level, c.rank_city, c.ranked_count, c.level_count, c.city_count, c.percentile, c.tier, c.is_home_city,
    'computed' AS rank_source,
    CAST(NULL AS VARCHAR) AS list_kind, CAST(NULL AS VARCHAR) AS published_name,
    CAST(NULL AS VARCHAR) AS source_url, CAST(NULL AS VARCHAR) AS source_doc, CAST(NULL AS VARCHAR) AS source_date
  FROM computed_rankings AS c
  WHERE c.period NOT IN (SELECT period FROM published_periods)
),
previous_periods AS (
  SELECT period, method_version, lag(period) OVER (ORDER BY period) AS previous_period,
    lag(method_version) OVER (ORDER BY period) AS previous_method
  FROM snapshots
)
SELECT
  o.period, o.park_id, o.name_zh, o.city, o.level, o.kind,
  o.base_score, o.bonus, o.deduction, o.score,
  o.vetoed, o.veto_reason, o.missing_count, o.tiebreak_value,
  o.rank, o.rank_level, o.rank_city, o.ranked_count, o.level_count, o.city_count,
  o.percentile, o.tier,
  pp.previous_period,
  previous.rank AS previous_rank,
  CASE WHEN pp.method_version IS NOT DISTINCT FROM pp.previous_method AND (o.rank_source = 'computed') = (previous.rank_source = 'computed')
    THEN previous.rank - o.rank END AS rank_change,
  o.is_home_city,
  -- null when the park was not evaluated in the previous period.
  previous.vetoed AS previous_vetoed,
  o.rank_source, o.list_kind, o.published_name, o.source_url, o.source_doc, o.source_date,
  pp.previous_period IS NOT NULL AND pp.method_version IS DISTINCT FROM pp.previous_method AS method_changed
FROM official AS o
LEFT JOIN previous_periods AS pp USING (period)
LEFT JOIN official AS previous ON previous.period = pp.previous_period AND previous.park_id = o.park_id
ORDER BY o.period, o.rank NULLS LAST, o.park_id;

-- Category scores as published (result_categories), beside the computed ones where the park has
-- values that period: the published breakdown of a park known only from its results, and its
-- reconciliation where both exist. Like total scores, they agree within 0.005 points.
CREATE OR REPLACE VIEW published_category_scores AS
SELECT
  p.period, p.park_id, p.category_id, c.points,
  p.score AS published_score,
  s.score AS computed_score,
  round(s.score - p.score, 6) AS score_difference,
  CASE WHEN s.score IS NULL THEN NULL ELSE abs(s.score - p.score) < 0.005 END AS score_agrees
FROM result_categories AS p
JOIN categories AS c USING (category_id)
LEFT JOIN category_scores AS s USING (period, park_id, category_id)
ORDER BY p.period, p.park_id, c.sort_order, p.category_id;

-- Published against computed, park by park, in every period that has both results and values.
-- A park the computation ranks inside a complete or top-N list that did not publish it is listed
-- too. Published scores are usually rounded to two decimals, so a score agrees within 0.005.
CREATE OR REPLACE VIEW reconciliation AS
WITH
both_periods AS (
  SELECT DISTINCT r.period FROM results AS r JOIN computed_rankings AS c USING (period)
),
published AS (
  SELECT r.period, r.park_id, r.rank, r.total_score, nullif(r.tier, '') AS tier
  FROM results AS r
  WHERE r.period IN (SELECT period FROM both_periods) AND NOT r.self_reported
),
computed AS (
  SELECT c.period, c.park_id, c.rank, c.score, c.tier, s.list_kind, s.list_size, s.partial
  FROM computed_rankings AS c
  JOIN snapshots AS s USING (period)
  WHERE c.period IN (SELECT period FROM both_periods)
),
paired AS (
  SELECT
    coalesce(p.period, c.period) AS period, coalesce(p.park_id, c.park_id) AS park_id,
    p.park_id IS NOT NULL AS is_published,
    p.rank AS published_rank, c.rank AS computed_rank,
    p.total_score AS published_score, c.score AS computed_score,
    p.tier AS published_tier, c.tier AS computed_tier
  FROM published AS p
  FULL JOIN computed AS c USING (period, park_id)
  WHERE p.park_id IS NOT NULL
    OR (NOT c.partial AND (c.list_kind = 'complete' OR (c.list_kind = 'top_n' AND c.rank <= c.list_size)))
),
category_checks AS (
  SELECT period, park_id, bool_and(score_agrees) AS categories_agree
  FROM published_category_scores
  WHERE score_agrees IS NOT NULL
  GROUP BY period, park_id
),
compared AS (
  SELECT
    paired.*, k.categories_agree,
    computed_rank - published_rank AS rank_difference,
    round(computed_score - published_score, 6) AS score_difference,
    CASE
      WHEN NOT is_published THEN false
      WHEN published_rank IS NULL THEN NULL
      ELSE published_rank IS NOT DISTINCT FROM computed_rank
    END AS rank_agrees,
    CASE WHEN published_score IS NULL THEN NULL ELSE abs(computed_score - published_score) < 0.005 END AS score_agrees,
    CASE WHEN published_tier IS NULL THEN NULL ELSE published_tier IS NOT DISTINCT FROM computed_tier END AS tier_agrees
  FROM paired
  LEFT JOIN category_checks AS k USING (period, park_id)
)
SELECT
  c.period, c.park_id, p.name_zh, p.city, c.is_published,
  c.published_rank, c.computed_rank, c.rank_difference,
  c.published_score, c.computed_score, c.score_difference,
  c.published_tier, c.computed_tier,
  c.rank_agrees, c.score_agrees, c.tier_agrees, c.categories_agree,
  coalesce(c.rank_agrees, true) AND coalesce(c.score_agrees, true) AND coalesce(c.tier_agrees, true)
    AND coalesce(c.categories_agree, true) AS agrees
FROM compared AS c
JOIN parks AS p USING (park_id)
ORDER BY c.period, agrees, c.published_rank NULLS LAST, c.computed_rank NULLS LAST, c.park_id;

-- Reward and penalty rules read the official ranks: published ones where a period has them.
CREATE OR REPLACE VIEW reward_hits AS
WITH city_last AS (
  SELECT period, city, max(rank_city) AS last_rank_city
  FROM rankings
  GROUP BY period, city
)
SELECT r.period, r.park_id, w.rule_id, w.kind, w.label_zh, w.consequence_zh
FROM rankings AS r
JOIN city_last AS c USING (period, city)
CROSS JOIN rewards AS w
WHERE (w.scope = 'all' OR r.is_home_city)
  AND CASE w.condition
    WHEN 'moved_up' THEN r.rank_change >= w.threshold
    WHEN 'moved_down' THEN r.rank_change <= -w.threshold
    WHEN 'top_n' THEN r.rank <= w.threshold
    WHEN 'bottom_n' THEN r.rank > r.ranked_count - w.threshold
    WHEN 'last_in_city' THEN r.rank_city = c.last_rank_city
  END
ORDER BY r.period, r.park_id, w.rule_id;

CREATE OR REPLACE VIEW target_progress AS
WITH measured AS (
  SELECT
    t.year, t.target_id, t.scope, t.parent_id, t.name_zh, t.unit, t.kind, t.target, t.due_month,
    p.month, p.actual,
    100 * p.actual / t.target AS completion_pct,
    CAST(100 * p.month AS DOUBLE) / 12 AS time_pct
  FROM targets AS t
  JOIN progress AS p USING (year, target_id)
),
gaps AS (
  SELECT *, completion_pct - time_pct AS gap_pp FROM measured
)
SELECT
  *,
  CASE
    WHEN kind = 'cumulative' THEN CASE WHEN round(gap_pp, 6) >= 0 THEN 'ahead' ELSE 'behind' END
    WHEN actual >= 1 THEN 'done'
    WHEN month >= due_month THEN 'overdue'
    ELSE 'pending'
  END AS status
FROM gaps
ORDER BY year, target_id, month;
