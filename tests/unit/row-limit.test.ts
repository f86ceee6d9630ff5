import { describe, expect, it } from 'vitest';
import { atScale, hiddenRowsNote, limitRows, SCALE_LIMIT } from '../../src/lib/views/row-limit.ts';

const rows = Array.from({ length: 10 }, (_, i) => ({ id: i + 1, is_home_city: i === 6 || i === 8 }));

describe('limitRows', () => {
  it('keeps a table up to the limit whole', () => {
    expect(limitRows(rows, 10, 2, 1)).toEqual({ shown: rows, hidden: 0 });
  });

  it('keeps the head, the tail and every home-city row between them, and counts the rest', () => {
    const { shown, hidden } = limitRows(rows, 9, 2, 1);
    expect(shown.map((r) => r.id)).toEqual([1, 2, 7, 9, 10]);
    expect(hidden).toBe(5);
  });

  it('shows 30 + 10 + the home parks of a 5,000-park ranking', () => {
    const ranking = Array.from({ length: 5000 }, (_, i) => ({ rank: i + 1, is_home_city: i % 100 === 50 }));
    const { shown, hidden } = limitRows(ranking);
    // Home parks at ranks 51, 151, …, 4951: 50 of them, none in the head or the tail.
    expect(shown).toHaveLength(30 + 50 + 10);
    expect(shown.slice(28, 32).map((r) => r.rank)).toEqual([29, 30, 51, 151]);
    expect(shown.slice(-11).map((r) => r.rank)).toEqual([4951, 4991, 4992, 4993, 4994, 4995, 4996, 4997, 4998, 4999, 5000]);
    expect(hidden).toBe(4910);
  });

  it('says how many rows it left out and which it kept', () => {
    expect(hiddenRowsNote(5)).toBe('另有5个园区未列出（表中只列排在最前的30个、最后的10个和本市园区）：请用筛选缩小范围，或下载完整数据。');
    expect(hiddenRowsNote(5, '完整名单见数据下载')).toBe('另有5个园区未列出（表中只列排在最前的30个、最后的10个和本市园区）：完整名单见数据下载。');
    expect(hiddenRowsNote(0)).toBe('');
  });
});

describe('atScale', () => {
  it('starts above the limit, which the 140-park sample stays below', () => {
    expect(SCALE_LIMIT).toBe(300);
    expect(atScale(300)).toBe(false);
    expect(atScale(301)).toBe(true);
    expect(atScale(140)).toBe(false);
  });
});
