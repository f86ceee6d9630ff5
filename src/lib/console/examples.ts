/**
 * The SQL console's example queries, in Chinese and English. They read only the published tables
 * and find the latest period and the home city in the data, so they work on any data folder.
 * A unit test runs each one in native DuckDB over the sample.
 */
export interface ExampleQuery {
  id: string;
  title_zh: string;
  title_en: string;
  sql: string;
}

const LATEST_PERIOD = '(SELECT max(period) FROM snapshots)';

export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
  {
    id: 'top-tax-per-mu',
    title_zh: '亩均税收前十',
    title_en: 'Top 10 by tax per mu',
    sql: `-- 最新期次亩均税收最高的 10 个园区
SELECT p.name_zh AS "园区", p.city AS "城市", v.value AS "亩均税收（万元/亩）"
FROM "values" AS v
JOIN parks AS p USING (park_id)
JOIN indicators AS i USING (indicator_id)
WHERE v.period = ${LATEST_PERIOD}
  AND i.name_zh = '亩均税收'
  AND v.value IS NOT NULL
ORDER BY v.value DESC, p.park_id
LIMIT 10`,
  },
  {
    id: 'home-city-rank-changes',
    title_zh: '本市园区名次变化',
    title_en: "Rank changes of the home city's parks",
    sql: `-- 本市各园区最新期次的全省排名、上期排名和名次变化（正数为进位）
SELECT name_zh AS "园区", rank AS "全省排名", previous_rank AS "上期排名", rank_change AS "名次变化", tier AS "等次"
FROM rankings
WHERE is_home_city AND period = ${LATEST_PERIOD}
ORDER BY rank NULLS LAST, park_id`,
  },
  {
    id: 'mean-category-scores',
    title_zh: '各类别平均得分',
    title_en: 'Mean category scores',
    sql: `-- 最新期次各评价类别的全省平均分与本市平均分
SELECT c.name_zh AS "类别", c.points AS "满分",
       round(avg(s.score), 2) AS "全省平均",
       round(avg(s.score) FILTER (WHERE r.is_home_city), 2) AS "本市平均"
FROM category_scores AS s
JOIN categories AS c USING (category_id)
JOIN rankings AS r USING (period, park_id)
WHERE s.period = ${LATEST_PERIOD}
GROUP BY c.category_id, c.name_zh, c.points, c.sort_order
ORDER BY c.sort_order`,
  },
  {
    id: 'cities',
    title_zh: '各市园区数与平均总分',
    title_en: 'Parks and mean score by city',
    sql: `-- 最新期次各城市参与排名的园区数、平均总分和最好名次
SELECT city AS "城市", count(*) AS "园区数", round(avg(score), 2) AS "平均总分", min(rank) AS "最好名次"
FROM rankings
WHERE period = ${LATEST_PERIOD} AND rank IS NOT NULL
GROUP BY city
ORDER BY avg(score) DESC`,
  },
  {
    id: 'targets-behind',
    title_zh: '落后时序进度的目标',
    title_en: 'Targets behind time progress',
    sql: `-- 每个累计目标最近一次报送的进度，只列落后于时序进度的
SELECT year AS "年度", month AS "月份", scope AS "范围", name_zh AS "目标",
       round(completion_pct, 1) AS "完成率（%）", round(time_pct, 1) AS "时序进度（%）", round(gap_pp, 1) AS "差距（百分点）"
FROM target_progress
WHERE kind = 'cumulative'
QUALIFY month = max(month) OVER (PARTITION BY year, target_id) AND status = 'behind'
ORDER BY gap_pp`,
  },
  {
    id: 'missing-values',
    title_zh: '缺失数据最多的指标',
    title_en: 'Indicators with the most missing values',
    sql: `-- 各期各指标缺失数值的园区数
SELECT s.period AS "期次", i.name_zh AS "指标", count(*) FILTER (WHERE s.is_missing) AS "缺失园区数", count(*) AS "参评园区数"
FROM indicator_scores AS s
JOIN indicators AS i USING (indicator_id)
GROUP BY s.period, i.indicator_id, i.name_zh
HAVING count(*) FILTER (WHERE s.is_missing) > 0
ORDER BY "缺失园区数" DESC, s.period DESC, i.indicator_id`,
  },
];
