import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handWorked } from '../fixtures/hand-worked/dataset.ts';
import { whatIfWeights } from '../fixtures/hand-worked/expected.ts';
import { openNativeEngine } from '../../src/lib/sql/engine-native.ts';
import type { SqlEngine } from '../../src/lib/sql/engine.ts';
import {
  categoryScoresSql, rankingRowsSql, RESET_WEIGHTS_SQL, setWeightsSql, SNAPSHOT_OFFICIAL_SQL, whatIfSql,
} from '../../src/lib/sql/live-queries.ts';
import { loadInputs } from '../../src/lib/sql/load-inputs.ts';
import { scoreForWhatIf, unweightedViews } from '../../src/lib/sql/scoring.ts';
import { readScoringSql } from '../../src/lib/sql/scoring-sql-node.ts';
import { defaultView } from '../../src/lib/state/ranking-view.ts';

// 2025 in the hand-worked example: C and D share 1st (79.6), B 3rd and A 4th (76, B ahead on the
// tie-breaker), E vetoed. Under whatIfWeights: B 1, A 2, D 3, C 4.
let engine: SqlEngine;
beforeAll(async () => {
  engine = await openNativeEngine();
  await loadInputs(engine, handWorked);
  // As the browser scores: what the weights do not change stored as tables, the rest views over them.
  await scoreForWhatIf(engine, readScoringSql());
  await engine.exec(SNAPSHOT_OFFICIAL_SQL);
});
afterAll(() => engine.close());

const everyRow = { limit: 100, head: 100, tail: 0 };
const parkIds = async (sql: string) => (await engine.query<{ park_id: string }>(sql)).map((r) => r.park_id);

describe('live ranking queries', () => {
  it('filter by city and keep rank order, vetoed parks last', async () => {
    expect(await parkIds(rankingRowsSql({ ...defaultView('2025'), city: '东江市' }, everyRow))).toEqual(['C', 'A', 'E']);
  });

  it('search names, filter by level and kind', async () => {
    expect(await parkIds(rankingRowsSql({ ...defaultView('2025'), q: '工业园' }, everyRow))).toEqual(['C', 'D']);
    expect(await parkIds(rankingRowsSql({ ...defaultView('2025'), level: 'national' }, everyRow))).toEqual(['B', 'A']);
    expect(await parkIds(rankingRowsSql({ ...defaultView('2024'), kind: 'logistics' }, everyRow))).toEqual(['E']);
  });

  it('sort by any column either way, ties falling back to rank', async () => {
    expect(await parkIds(rankingRowsSql({ ...defaultView('2025'), sort: 'score', dir: 'asc' }, everyRow))).toEqual(['B', 'A', 'C', 'D', 'E']);
    // Names sort by code point (no ICU collation offline): 西 > 东, then 经 > 工 and 高 > 现 > 工.
    expect(await parkIds(rankingRowsSql({ ...defaultView('2024'), sort: 'name_zh', dir: 'desc' }, everyRow))).toEqual(['B', 'D', 'A', 'E', 'C']);
  });

  it('cut a long list to its head, its tail and the home city’s parks, and count every row', async () => {
    // 2025 by rank: C, D, B, A, E; the home city 东江市 has C, A and E.
    const short = { limit: 3, head: 1, tail: 1 };
    const rows = await engine.query<{ park_id: string; listed_count: number }>(rankingRowsSql(defaultView('2025'), short));
    expect(rows.map((r) => [r.park_id, r.listed_count])).toEqual([['C', 5], ['A', 5], ['E', 5]]);
    // By the 发展质量 (quality) score, lowest first: B 36, A 51, D 56.6, C 60.2, E 90; D alone is cut.
    expect(await parkIds(rankingRowsSql({ ...defaultView('2025'), sort: 'cat:quality', dir: 'asc' }, short))).toEqual(['B', 'A', 'C', 'E']);
  });

  it('quote what comes from the URL instead of running it', async () => {
    expect(await parkIds(rankingRowsSql({ ...defaultView('2025'), city: "x' OR '1'='1" }, everyRow))).toEqual([]);
  });

  it('give category scores of the parks shown in one period', async () => {
    const rows = await engine.query<{ park_id: string; category_id: string; score: number }>(`${categoryScoresSql('2025', ['A', 'C'])} ORDER BY park_id, category_id`);
    expect(rows.map((r) => [r.park_id, r.category_id, r.score])).toEqual([
      ['A', 'environment', 25], ['A', 'quality', 51], ['C', 'environment', 20], ['C', 'quality', 60.2],
    ]);
    expect(await engine.query(categoryScoresSql('2025', []))).toEqual([]);
  });
});

describe('what-if', () => {
  it('stores the scoring views the weights do not reach, and keeps the others as views', async () => {
    expect(unweightedViews(readScoringSql())).toEqual(['indicator_scores', 'category_sums', 'park_facts', 'target_progress']);
    const kinds = await engine.query<{ name: string; kind: string }>(
      "SELECT table_name AS name, 'table' AS kind FROM duckdb_tables() UNION ALL SELECT view_name, 'view' FROM duckdb_views() WHERE NOT internal ORDER BY name");
    const kindOf = Object.fromEntries(kinds.map((k) => [k.name, k.kind]));
    expect([kindOf.indicator_scores, kindOf.park_facts, kindOf.category_scores, kindOf.computed_rankings]).toEqual(['table', 'table', 'view', 'view']);
  });


  it('re-ranks every park under other weights against its official rank, then resets', async () => {
    await engine.exec(setWeightsSql(whatIfWeights));
    const rows = await engine.query<{ park_id: string; official_rank: number | null; whatif_rank: number | null; moved: number | null }>(whatIfSql(defaultView('2025'), everyRow));
    expect(rows.map((r) => [r.park_id, r.official_rank, r.whatif_rank, r.moved])).toEqual([
      ['B', 3, 1, 2], ['A', 4, 2, 2], ['D', 1, 3, -2], ['C', 1, 4, -3], ['E', null, null, null],
    ]);
    await engine.exec(RESET_WEIGHTS_SQL);
    const reset = await engine.query<{ moved: number | null }>(whatIfSql(defaultView('2025'), everyRow));
    expect(reset.map((r) => r.moved)).toEqual([0, 0, 0, 0, null]);
  });

  it('cuts the view to the rows shown, counting its parks and how many move up and down', async () => {
    await engine.exec(setWeightsSql(whatIfWeights));
    const rows = await engine.query<{ park_id: string; listed_count: number; up_count: number; down_count: number }>(
      whatIfSql(defaultView('2025'), { limit: 3, head: 1, tail: 1 }));
    await engine.exec(RESET_WEIGHTS_SQL);
    // By what-if rank B, A, D, C, E: B heads, E tails, A, C and E are the home city's; D is cut.
    expect(rows.map((r) => r.park_id)).toEqual(['B', 'A', 'C', 'E']);
    expect(rows.map((r) => [r.listed_count, r.up_count, r.down_count])).toEqual(Array(4).fill([5, 2, 2]));
  });

  it('keeps the view’s filter, and the home city’s parks for the chart', async () => {
    await engine.exec(setWeightsSql(whatIfWeights));
    const rows = await engine.query<{ park_id: string; whatif_rank: number | null; in_view: boolean; is_home_city: boolean }>(
      whatIfSql({ ...defaultView('2025'), level: 'national' }, everyRow));
    await engine.exec(RESET_WEIGHTS_SQL);
    // National parks B and A are the view; the home city's (C, A, E) come along for the chart, outside the view.
    expect(rows.map((r) => [r.park_id, r.whatif_rank, r.in_view, r.is_home_city])).toEqual([
      ['B', 1, true, false], ['A', 2, true, true], ['C', 4, false, true], ['E', null, false, true],
    ]);
  });
});
