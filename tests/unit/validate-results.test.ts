import { describe, expect, it } from 'vitest';
import { validateDataFolder } from '../../src/lib/validate/folder.ts';
import { editDistance, nameIndex } from '../../src/lib/validate/park-names.ts';
import { missingRanks } from '../../src/lib/validate/results.ts';
import { placed, validText, variant } from '../fixtures/validate/helpers.ts';

const HEADER = 'park_id,park,rank,total_score,tier,self_reported,source_url,source_doc,source_date,note';
const SNAPSHOT_2025 = JSON.parse(validText('snapshots/2025/snapshot.json')) as Record<string, unknown>;
const snapshot = (fields: Record<string, unknown>) => JSON.stringify({ ...SNAPSHOT_2025, ...fields });
const ALIASES = 'alias,park_id,valid_from,valid_to,note\n甲市开发区,P2,,2024,2025年更名前的名称\n甲高新,P1,,,简称\n乙市工业园区,P3,,,\n';

/** The valid folder with 2025 results (and its snapshot.json and aliases.csv) as given. */
function withResults(results: string, fields: Record<string, unknown> = { list_kind: 'complete', evaluated: 3 }, aliases = ALIASES) {
  return variant({
    'snapshots/2025/results.csv': `${HEADER}\n${results}`,
    'snapshots/2025/snapshot.json': snapshot(fields),
    'aliases.csv': aliases,
  });
}

describe('results.csv: names as published', () => {
  it('resolves names through parks.csv and aliases.csv, keeping the name as printed', async () => {
    const { dataset, issues } = await validateDataFolder(withResults(',甲高新,1,91.5,A,,,,,\n,甲市经开区,2,80,B,,,,,\nP3,乙市工业园区,3,,,,https://example.org/a,,2026-04-21,\n'));
    expect(issues).toEqual([]);
    expect(dataset!.results.map((r) => [r.park_id, r.park, r.rank, r.total_score, r.tier])).toEqual([
      ['P1', '甲高新', 1, 91.5, 'A'], ['P2', '甲市经开区', 2, 80, 'B'], ['P3', '乙市工业园区', 3, null, ''],
    ]);
    expect(dataset!.results[2]).toMatchObject({ source_url: 'https://example.org/a', source_date: '2026-04-21', self_reported: false });
  });

  it('reports an unknown name at its line and column with the closest known names', async () => {
    const { dataset, issues } = await validateDataFolder(withResults(',甲高新,1,,,,,,,\n,甲市经开去,2,,,,,,,\n,乙市工业园区,3,,,,,,,\n'));
    expect(dataset).toBeNull();
    expect(placed(issues)).toEqual(['snapshots/2025/results.csv:3:2 UNKNOWN_PARK_NAME']);
    expect(issues[0]!.zh).toBe('列“park”的值“甲市经开去”不是 parks.csv 中的园区名称，也不是 aliases.csv 中2025年适用的别名；最接近的名称：“甲市经开区”、“甲市高新区”、“甲市开发区”');
    expect(issues[0]!.en).toContain('closest: “甲市经开区”');
  });

  it('uses an alias only in the years it was in use', async () => {
    // 甲市开发区 was P2's name until 2024; in 2025 it is unknown.
    const { issues } = await validateDataFolder(withResults(',甲高新,1,,,,,,,\n,甲市开发区,2,,,,,,,\n,乙市工业园区,3,,,,,,,\n'));
    expect(placed(issues)).toEqual(['snapshots/2025/results.csv:3:2 UNKNOWN_PARK_NAME']);
  });

  it('reports a name and a park_id that stand for different parks, and two rows for one park', async () => {
    const { issues } = await validateDataFolder(withResults('P2,甲高新,1,,,,,,,\nP1,甲市高新区,2,,,,,,,\n,甲高新,3,,,,,,,\n'));
    expect(placed(issues)).toEqual(['snapshots/2025/results.csv:2:2 PARK_NAME_MISMATCH', 'snapshots/2025/results.csv:4:2 DUPLICATE_RESULT']);
    expect(issues[1]!.zh).toBe('园区“P1”在本期已有第 3 行的结果');
  });

  it('reports an alias that stands for two parks in one year, or is another park’s name', async () => {
    const { issues } = await validateDataFolder(withResults(',甲高新,1,,,,,,,\n', { list_kind: 'top_n', list_size: 1, evaluated: 3 },
      'alias,park_id,valid_from,valid_to,note\n甲高新,P1,2020,,\n甲高新,P2,2018,2021,\n乙市工业园,P1,,,\n'));
    expect(placed(issues)).toEqual(['aliases.csv:3:1 DUPLICATE_ALIAS', 'aliases.csv:4:1 DUPLICATE_ALIAS']);
  });
});

describe('results.csv: the list against snapshot.json', () => {
  it('reports a rank beyond the number evaluated', async () => {
    const { issues } = await validateDataFolder(withResults(',甲高新,1,,,,,,,\n,甲市经开区,2,,,,,,,\n,乙市工业园区,4,,,,,,,\n'));
    expect(placed(issues)).toEqual(['snapshots/2025/results.csv:null:null RANK_GAP', 'snapshots/2025/results.csv:4:3 RANK_OUT_OF_RANGE']);
    expect(issues[0]!.zh).toBe('完整排名缺少名次 3；如所见公布文本不全，请在 snapshot.json 中设 "partial": true');
  });

  it('accepts shared ranks in a complete list (1, 1, 3) and a partial list with gaps', async () => {
    expect((await validateDataFolder(withResults(',甲高新,1,,,,,,,\n,甲市经开区,1,,,,,,,\n,乙市工业园区,3,,,,,,,\n'))).issues).toEqual([]);
    expect((await validateDataFolder(withResults(',甲高新,1,,,,,,,\n,乙市工业园区,3,,,,,,,\n', { list_kind: 'complete', evaluated: 3, partial: true }))).issues).toEqual([]);
  });

  it('wants N rows in a top-N list unless it is marked partial, all within the top N', async () => {
    const short = await validateDataFolder(withResults(',甲高新,1,,,,,,,\n', { list_kind: 'top_n', list_size: 2, evaluated: 3 }));
    expect(placed(short.issues)).toEqual(['snapshots/2025/results.csv:null:null LIST_SIZE_MISMATCH']);
    expect(short.issues[0]!.en).toBe('the list should have 2 rows (snapshot.json list_size) but has 1; if the copy found is incomplete, set "partial": true in snapshot.json and say why in list_note');
    const partial = await validateDataFolder(withResults(',甲高新,1,,,,,,,\n', { list_kind: 'top_n', list_size: 2, evaluated: 3, partial: true }));
    expect(partial.issues).toEqual([]);
    const outside = await validateDataFolder(withResults(',甲高新,1,,,,,,,\n,乙市工业园区,3,,,,,,,\n', { list_kind: 'top_n', list_size: 2, evaluated: 3 }));
    expect(placed(outside.issues)).toEqual(['snapshots/2025/results.csv:3:3 RANK_OUT_OF_RANGE']);
  });

  it('lets a self-reported rank lie outside the top N', async () => {
    const { issues } = await validateDataFolder(withResults(',甲高新,1,,,,,,,\n,乙市工业园区,3,,,true,https://example.org/news,,,\n', { list_kind: 'mixed', evaluated: 3 }));
    expect(issues).toEqual([]);
  });

  it('wants list_size for a top-N list', async () => {
    const { issues } = await validateDataFolder(withResults(',甲高新,1,,,,,,,\n', { list_kind: 'top_n', evaluated: 3 }));
    expect(placed(issues)).toEqual(['snapshots/2025/snapshot.json:null:null LIST_SIZE_MISSING']);
  });

  it('reports a tier that tiers.csv does not have', async () => {
    const { issues } = await validateDataFolder(withResults(',甲高新,,,A,,,,,\n,甲市经开区,,,E,,,,,\n', { list_kind: 'tiers', evaluated: 3 }));
    expect(placed(issues)).toEqual(['snapshots/2025/results.csv:3:5 UNKNOWN_TIER']);
    expect(issues[0]!.zh).toBe('列“tier”的值“E”不是 tiers.csv 中的等次（A、B、C）');
  });
});

describe('a period of results only', () => {
  it('needs no values.csv, but a period with neither is an error', async () => {
    const resultsOnly = variant({
      'snapshots/2025/values.csv': null,
      'snapshots/2025/results.csv': `${HEADER}\n,甲市高新区,1,,,,,,,\n`,
      'snapshots/2025/snapshot.json': snapshot({ list_kind: 'top_n', list_size: 1, evaluated: 3 }),
    });
    const { dataset, issues } = await validateDataFolder(resultsOnly);
    expect(issues).toEqual([]);
    expect(dataset!.values.every((v) => v.period === '2024')).toBe(true);
    expect(dataset!.snapshots[1]).toMatchObject({ list_kind: 'top_n', list_size: 1, evaluated: 3, partial: false, method_version: '' });
  });

  it('wants categories and indicators when there are values to score', async () => {
    const { issues } = await validateDataFolder(variant({ 'methodology/indicators.csv': null, 'snapshots/2024/benchmarks.csv': null, 'snapshots/2025/benchmarks.csv': null }));
    expect(placed(issues)).toContain('methodology/indicators.csv:null:null METHOD_MISSING');
  });
});

describe('park-names', () => {
  it('measures edit distance by character', () => {
    expect(editDistance('曹河泾', '漕河泾')).toBe(1);
    expect(editDistance('', '甲乙')).toBe(2);
    expect(editDistance('广州经开区', '广州经济技术开发区')).toBe(4);
  });

  it('ignores spacing and full-width forms when matching', () => {
    const index = nameIndex([{ park_id: 'G1', name_zh: '上海漕河泾新兴技术开发区' }], [{ alias: '上海曹河泾新兴技术开发区', park_id: 'G1', valid_from: null, valid_to: null }]);
    expect(index.resolve(' 上海漕河泾新兴技术开发区 ', '2021')).toBe('G1');
    expect(index.resolve('上海曹河泾新兴技术开发区', '2020')).toBe('G1');
    expect(index.resolve('漕河泾', '2020')).toBeNull();
  });

  it('finds ranks missing from a list where equal parks share a rank', () => {
    expect(missingRanks([1, 2, 2, 4])).toEqual([]);
    expect(missingRanks([1, 2, 2, 5])).toEqual([4]);
    expect(missingRanks([2, 3])).toEqual([1]);
    expect(missingRanks([1, 1, 2])).toEqual([]);
  });
});

describe('result_categories.csv: published category scores', () => {
  const RESULTS = ',甲高新,1,91.5,A,,,,,\n,甲市经开区,2,80,B,,,,,\n,乙市工业园区,3,,,,,,,\n';
  const withCategories = (rows: string) => variant({
    'snapshots/2025/results.csv': `${HEADER}\n${RESULTS}`,
    'snapshots/2025/snapshot.json': snapshot({ list_kind: 'complete', evaluated: 3 }),
    'aliases.csv': ALIASES,
    'snapshots/2025/result_categories.csv': `park_id,park,category_id,score\n${rows}`,
  });

  it('reads one row per park and category, names resolved as in results.csv', async () => {
    const { dataset, issues } = await validateDataFolder(withCategories(',甲高新,quality,55.5\n,甲高新,momentum,36\nP2,甲市经开区,quality,48\n'));
    expect(issues).toEqual([]);
    expect(dataset!.result_categories).toEqual([
      { period: '2025', park_id: 'P1', park: '甲高新', category_id: 'quality', score: 55.5 },
      { period: '2025', park_id: 'P1', park: '甲高新', category_id: 'momentum', score: 36 },
      { period: '2025', park_id: 'P2', park: '甲市经开区', category_id: 'quality', score: 48 },
    ]);
  });

  it('reports an unknown category, a score that is not a number or below 0, at its line and column', async () => {
    const { dataset, issues } = await validateDataFolder(withCategories(',甲高新,qualty,55.5\n,甲高新,momentum,三十\n,甲市经开区,quality,-1\n'));
    expect(dataset).toBeNull();
    expect(placed(issues)).toEqual([
      'snapshots/2025/result_categories.csv:2:3 UNKNOWN_REFERENCE',
      'snapshots/2025/result_categories.csv:3:4 BAD_NUMBER',
      'snapshots/2025/result_categories.csv:4:4 OUT_OF_RANGE',
    ]);
    expect(issues[0]!.zh).toContain('qualty');
    expect(issues[0]!.en).toContain('qualty');
  });

  it('reports a park with no published result, and a category given twice for one park', async () => {
    const { issues } = await validateDataFolder(variant({
      'snapshots/2025/results.csv': `${HEADER}\n,甲高新,1,,,,,,,\n`,
      'snapshots/2025/snapshot.json': snapshot({ list_kind: 'top_n', list_size: 1, evaluated: 3 }),
      'aliases.csv': ALIASES,
      'snapshots/2025/result_categories.csv': 'park_id,park,category_id,score\n,甲高新,quality,50\n,甲高新,quality,51\n,乙市工业园区,quality,40\n',
    }));
    expect(placed(issues)).toEqual([
      'snapshots/2025/result_categories.csv:3:3 DUPLICATE_RESULT',
      'snapshots/2025/result_categories.csv:4:2 CATEGORY_WITHOUT_RESULT',
    ]);
    expect(issues[1]!.zh).toBe('园区“P3”在 snapshots/2025/results.csv 中没有结果行；公布的类别得分须与其公布结果一同录入');
  });

  it('warns, without failing, about a score above the category’s full marks', async () => {
    const { dataset, issues } = await validateDataFolder(withCategories(',甲高新,momentum,42.5\n'));
    expect(dataset).not.toBeNull();
    expect(placed(issues)).toEqual(['snapshots/2025/result_categories.csv:2:4 CATEGORY_ABOVE_FULL']);
    expect(issues[0]!.severity).toBe('warning');
    expect(issues[0]!.zh).toBe('列“score”的值“42.5”高于类别“momentum”的满分 40 分（categories.csv）；如公布原文如此（封顶计分可高于满分），可忽略此警告');
  });
});
