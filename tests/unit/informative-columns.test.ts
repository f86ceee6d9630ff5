import { describe, expect, it } from 'vitest';
import { informativeColumns } from '../../src/lib/views/informative-columns.ts';

describe('informativeColumns', () => {
  const columns = [
    { key: 'rank', label: '全省排名' },
    { key: 'park', label: '园区', header: true },
    { key: 'score', label: '总分' },
    { key: 'tier', label: '等次' },
  ];

  it('drops the columns that are empty in every row, keeping the row header', () => {
    const rows = [
      { rank: '未见于所录前30名（名单不全）', park: '—', score: '—', tier: '' },
      { rank: '第9位', park: '—', score: '—', tier: null },
    ];
    expect(informativeColumns(columns, rows).map((c) => c.key)).toEqual(['rank', 'park']);
  });

  it('keeps a column one row fills', () => {
    const rows = [{ rank: '第1位', park: '甲', score: '—', tier: 'A' }, { rank: '第2位', park: '乙', score: '88.10', tier: '—' }];
    expect(informativeColumns(columns, rows).map((c) => c.key)).toEqual(['rank', 'park', 'score', 'tier']);
  });
});
