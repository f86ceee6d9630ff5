import { describe, expect, it } from 'vitest';
import { nameIndex, nameSimilarity } from '../../src/lib/validate/park-names.ts';
import { parsePublishedList, resolveList } from '../../src/lib/validate/published-list.ts';

const PARKS = [
  { park_id: 'G311013', name_zh: '漕河泾新兴技术开发区' },
  { park_id: 'G441034', name_zh: '广州经济技术开发区' },
  { park_id: 'G221009', name_zh: '长春经济技术开发区' },
  { park_id: 'G221071', name_zh: '长春汽车经济技术开发区' },
];
const ALIASES = [
  { alias: '上海漕河泾经开区', park_id: 'G311013', valid_from: null, valid_to: null },
  { alias: '广州经开区', park_id: 'G441034', valid_from: null, valid_to: null },
  { alias: '长春汽车经开区', park_id: 'G221071', valid_from: 2022, valid_to: null },
];
const index = nameIndex(PARKS, ALIASES);

describe('parsePublishedList', () => {
  it('splits pasted names in order and gives an ordered list their places', () => {
    expect(parsePublishedList('广州经开区、上海漕河泾经开区，长春汽车经开区\n', 'top_n')).toEqual([
      { name: '广州经开区', rank: 1, tier: '' }, { name: '上海漕河泾经开区', rank: 2, tier: '' }, { name: '长春汽车经开区', rank: 3, tier: '' },
    ]);
  });

  it('keeps printed ranks and drops bracketed remarks such as [sic]', () => {
    expect(parsePublishedList('1 苏州工业园区; 第4名 昆山\n29、上海曹河泾新兴技术开发区 [sic, = 漕河泾]', 'top_n')).toEqual([
      { name: '苏州工业园区', rank: 1, tier: '' }, { name: '昆山', rank: 4, tier: '' }, { name: '上海曹河泾新兴技术开发区', rank: 29, tier: '' },
    ]);
  });

  it('reads a CSV or TSV export by its column names, and leaves an unordered list unranked', () => {
    expect(parsePublishedList('\uFEFF排行,国家级经开区,省份\n1,苏州工业园区,江苏\n2,广州经济技术开发区,广东\n', 'top_n').map((e) => [e.rank, e.name]))
      .toEqual([[1, '苏州工业园区'], [2, '广州经济技术开发区']]);
    expect(parsePublishedList('园区\t等次\n甲园区\tA\n乙园区\tB\n', 'tiers')).toEqual([{ name: '甲园区', rank: null, tier: 'A' }, { name: '乙园区', rank: null, tier: 'B' }]);
    expect(parsePublishedList('甲园区、乙园区', 'unordered').map((e) => e.rank)).toEqual([null, null]);
  });
});

describe('resolveList', () => {
  it('resolves names through aliases in the years they apply, and lists the rest with the closest names', () => {
    const { rows, unresolved } = resolveList(parsePublishedList('广州经开区、长春汽车经开区、曹河泾经开区', 'top_n'), index, '2021');
    expect(rows).toEqual([{ park_id: 'G441034', park: '广州经开区', rank: 1, tier: '' }]);
    // 长春汽车经开区 is listed as an alias from 2022 only; the misprint 曹河泾 points at 漕河泾 first.
    expect(unresolved.map((u) => [u.name, u.line, u.closest[0]])).toEqual([['长春汽车经开区', 2, '长春汽车经济技术开发区'], ['曹河泾经开区', 3, '上海漕河泾经开区']]);
  });

  it('measures name similarity by shared character pairs', () => {
    expect(nameSimilarity('曹河泾经开区', '上海漕河泾经开区')).toBeCloseTo(8 / 12, 9);
    expect(nameSimilarity('长春经开区', '长春汽车经开区')).toBeCloseTo(6 / 10, 9);
  });
});
