import { describe, expect, it } from 'vitest';
import { hiddenRowsNote, limitRows } from '../../src/lib/views/row-limit.ts';

const rows = Array.from({ length: 10 }, (_, i) => ({ id: i + 1, is_home_city: i === 7 }));

describe('limitRows', () => {
  it('keeps a short table whole', () => {
    expect(limitRows(rows, 10)).toEqual({ shown: rows, hidden: 0 });
  });

  it('keeps the head and every home-city row, and counts the rest', () => {
    const { shown, hidden } = limitRows(rows, 3);
    expect(shown.map((r) => r.id)).toEqual([1, 2, 3, 8]);
    expect(hidden).toBe(6);
    expect(hiddenRowsNote(hidden)).toBe('另有6个园区未列出：请用筛选缩小范围，或下载完整数据。');
    expect(hiddenRowsNote(0)).toBe('');
  });
});
