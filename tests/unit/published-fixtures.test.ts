/**
 * The fixture folders of tests/fixtures/published/: a results-only folder (no values.csv anywhere,
 * published category scores), a partial top-N list and a tiers-only list, each validated, scored
 * by the SQL and read through the views the pages use.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/lib/contract/dataset.ts';
import type { SqlEngine } from '../../src/lib/sql/engine.ts';
import { openNativeEngine } from '../../src/lib/sql/engine-native.ts';
import { loadInputs } from '../../src/lib/sql/load-inputs.ts';
import { applyScoring, type CategoryScoreRow, type IndicatorScoreRow, type PublishedCategoryScoreRow, type RankingRow, type RewardHitRow } from '../../src/lib/sql/scoring.ts';
import { readScoringSql } from '../../src/lib/sql/scoring-sql-node.ts';
import { validateDataFolder } from '../../src/lib/validate/folder.ts';
import { nodeSource } from '../../src/lib/validate/node-source.ts';
import { homeStandings } from '../../src/lib/views/list-standing.ts';
import { buildParkProfile, type ProfileTables } from '../../src/lib/views/park-profile.ts';

const folder = (name: string) => fileURLToPath(new URL(`../fixtures/published/${name}`, import.meta.url));

/** A fixture folder validated without a single issue, scored, and its published tables as the pages read them. */
async function scored(name: string): Promise<{ data: Dataset; tables: ProfileTables; engine: SqlEngine }> {
  const { dataset, issues } = await validateDataFolder(nodeSource(folder(name)));
  expect(issues).toEqual([]);
  const data = dataset!;
  const engine = await openNativeEngine();
  await loadInputs(engine, data);
  await applyScoring(engine, readScoringSql());
  const tables: ProfileTables = {
    ...data,
    rankings: await engine.query<RankingRow>('SELECT * FROM rankings'),
    categoryScores: await engine.query<CategoryScoreRow>('SELECT * FROM category_scores'),
    publishedCategoryScores: await engine.query<PublishedCategoryScoreRow>('SELECT * FROM published_category_scores'),
    indicatorScores: await engine.query<IndicatorScoreRow>('SELECT * FROM indicator_scores'),
    rewardHits: await engine.query<RewardHitRow>('SELECT * FROM reward_hits'),
  };
  return { data, tables, engine };
}

const count = (engine: SqlEngine, table: string) => engine.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${table}`).then((rows) => rows[0]!.n);

describe('results only: no values.csv in any period', () => {
  let fixture: Awaited<ReturnType<typeof scored>>;
  beforeAll(async () => {
    fixture = await scored('results-only');
  });
  afterAll(() => fixture.engine.close());

  it('computes nothing and reconciles nothing', async () => {
    expect(fixture.data.values).toEqual([]);
    for (const table of ['computed_rankings', 'category_scores', 'indicator_scores', 'reconciliation']) expect(await count(fixture.engine, table)).toBe(0);
  });

  it('ranks by the published list, with moves between two published ranks', () => {
    const ranks = fixture.tables.rankings.filter((r) => r.period === '2025')
      .map((r) => [r.park_id, r.rank, r.score, r.tier, r.previous_rank, r.rank_change, r.rank_source]);
    expect(ranks).toEqual([
      ['P5', 1, 90, 'A', 2, 1, 'published'],
      ['P2', 2, 84.5, 'B', 3, 1, 'published'],
      ['P1', 3, 83, 'B', 1, -2, 'published'],
      ['P4', 4, 70, 'B', 5, 1, 'published'],
      ['P3', 5, 65, 'C', 4, -1, 'published'],
      ['P6', 6, 58, 'C', 6, 0, 'published'],
    ]);
  });

  it('carries the published category scores with no computed ones beside them', () => {
    expect(fixture.tables.publishedCategoryScores).toEqual([
      { period: '2025', park_id: 'P1', category_id: 'quality', points: 60, published_score: 51, computed_score: null, score_difference: null, score_agrees: null },
      { period: '2025', park_id: 'P2', category_id: 'quality', points: 60, published_score: 50.5, computed_score: null, score_difference: null, score_agrees: null },
      { period: '2025', park_id: 'P2', category_id: 'momentum', points: 40, published_score: 34, computed_score: null, score_difference: null, score_agrees: null },
    ]);
  });

  it('gives the park page the published place, move and category scores, and no computed breakdown', () => {
    const p2 = buildParkProfile(fixture.tables, 'P2', '2025');
    expect([p2.place, p2.movement, p2.hasValues, p2.listScope]).toEqual(['第2位', '较上年度前进1位', false, '本期公布完整排名，参评园区共6个。']);
    expect(p2.categories).toEqual([]);
    expect(p2.publishedCategories.map((c) => [c.category.name_zh, c.score, c.points])).toEqual([['发展质量', 50.5, 60], ['发展动力', 34, 40]]);
    expect(p2.history.map((h) => h.place)).toEqual(['第3位', '第2位']);
    // A park with no published category scores has neither breakdown.
    expect(buildParkProfile(fixture.tables, 'P4', '2025').publishedCategories).toEqual([]);
  });
});

describe('a partial top-N list: the top 5 of 6, of which only 3 were found for 2025', () => {
  let fixture: Awaited<ReturnType<typeof scored>>;
  beforeAll(async () => {
    fixture = await scored('partial-list');
  });
  afterAll(() => fixture.engine.close());

  it('ranks only the parks listed, out of the 6 evaluated, with no level or city rank', () => {
    expect(fixture.tables.rankings.filter((r) => r.period === '2025').map((r) => [r.park_id, r.rank, r.ranked_count, r.rank_level, r.rank_city, r.score, r.rank_change]))
      .toEqual([['P1', 1, 6, null, null, null, 2], ['P4', 2, 6, null, null, null, null], ['P5', 3, 6, null, null, null, -2]]);
  });

  it('never ranks a park outside the list, and does not call a park missing from a partial copy 出榜', () => {
    const p2 = buildParkProfile(fixture.tables, 'P2', '2025');
    expect([p2.standing, p2.place, p2.movement, p2.hasValues]).toEqual([null, '未见于所录前5名（名单不全）', null, false]);
    expect(p2.listScope).toBe('本期公布前5名（所见公布文本不全，只录得3个），参评园区共6个；名单以外的园区未公布名次，本站不作推算。');
    expect(p2.history.map((h) => [h.snapshot.period, h.place])).toEqual([['2024', '第2位'], ['2025', '未见于所录前5名（名单不全）']]);
  });

  it('shows a park that entered the list as 入榜 and one never listed as outside it', () => {
    const p4 = buildParkProfile(fixture.tables, 'P4', '2025');
    expect([p4.place, p4.movement]).toEqual(['第2位', '入榜（上年度未进入前5）']);
    expect(buildParkProfile(fixture.tables, 'P4', '2024').place).toBe('未进入前5');
    expect(homeStandings(fixture.tables.rankings, fixture.data.snapshots, '2025').map((s) => [s.name_zh, s.place, s.movement]))
      .toEqual([['甲市高新区', '第1位', '较上年度前进2位'], ['甲市经开区', '未见于所录前5名（名单不全）', '']]);
  });
});

describe('tiers only: a tier for each park, no rank', () => {
  let fixture: Awaited<ReturnType<typeof scored>>;
  beforeAll(async () => {
    fixture = await scored('tiers-only');
  });
  afterAll(() => fixture.engine.close());

  it('keeps every park’s published tier and gives none a rank, percentile or move', () => {
    expect(fixture.tables.rankings.map((r) => [r.park_id, r.tier, r.rank, r.percentile, r.rank_change, r.ranked_count]))
      .toEqual([['P1', 'A', null, null, null, 6], ['P2', 'B', null, null, null, 6], ['P3', 'B', null, null, null, 6], ['P4', 'C', null, null, null, 6], ['P5', 'A', null, null, null, 6], ['P6', 'C', null, null, null, 6]]);
  });

  it('words the park page’s place as the tier', () => {
    const p1 = buildParkProfile(fixture.tables, 'P1', '2025');
    expect([p1.place, p1.listScope, p1.hasValues]).toEqual(['等次A', '本期公布等次，参评园区共6个；名单以外的园区未公布名次，本站不作推算。', false]);
  });
});
