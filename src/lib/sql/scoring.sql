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
-- Every sum and average adds its terms in a fixed order, list_sum(list(x ORDER BY key)): a
-- parallel sum adds in whatever order the threads finish, and floating-point addition is not
-- associative, so the same data could otherwise give scores that differ in the last digit.
-- Semicolons appear only at the ends of statements, so the text may be split on them.

-- The what-if hook: the browser UPDATEs these points and re-queries the views below.
CREATE OR REPLACE TABLE category_weights AS
SELECT category_id, points FROM categories;

-- One row per period, park of that period (a park with any values row) and indicator.
CREATE OR REPLACE VIEW indicator_scores AS
WITH
effective_indicators AS (
  SELECT
    i.indicator_id, i.category_id, i.direction, i.method, i.cap, i.missing, i.benchmark,
    CASE WHEN c.points = 0 THEN 0 ELSE i.points * w.points / c.points END AS points
  FROM indicators AS i
  JOIN categories AS c USING (category_id)
  JOIN category_weights AS w USING (category_id)
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
    SELECT
      *,
      CASE WHEN direction = 'higher' THEN max(value) OVER same_indicator ELSE min(value) OVER same_indicator END AS best,
      CASE WHEN direction = 'higher' THEN min(value) OVER same_indicator ELSE max(value) OVER same_indicator END AS worst
    FROM cells
    WINDOW same_indicator AS (PARTITION BY period, indicator_id)
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

CREATE OR REPLACE VIEW category_scores AS
SELECT s.period, s.park_id, s.category_id, w.points, list_sum(list(s.score ORDER BY s.indicator_id)) AS score
FROM indicator_scores AS s
JOIN category_weights AS w USING (category_id)
GROUP BY s.period, s.park_id, s.category_id, w.points
ORDER BY s.period, s.park_id, s.category_id;

CREATE OR REPLACE VIEW rankings AS
WITH
base_scores AS (
  SELECT period, park_id, list_sum(list(score ORDER BY category_id)) AS base_score
  FROM category_scores
  GROUP BY period, park_id
),
indicator_facts AS (
  SELECT
    s.period, s.park_id,
    count(*) FILTER (WHERE s.is_missing) AS missing_count,
    max(s.value) FILTER (WHERE i.tiebreak) AS tiebreak_value,
    -- The tie-breaker value turned so that larger is always better.
    max(CASE WHEN i.direction = 'lower' THEN -s.value ELSE s.value END) FILTER (WHERE i.tiebreak) AS tiebreak_key
  FROM indicator_scores AS s
  JOIN indicators AS i USING (indicator_id)
  GROUP BY s.period, s.park_id
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
  JOIN indicator_facts AS f USING (period, park_id)
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
