import { describe, expect, it } from 'vitest';
import { bestValue, medianValue, rankByValue, summarisePeriods } from '../../src/lib/views/indicator-summary.ts';

describe('median and best value', () => {
  it('takes the mean of the middle two for an even count', () => {
    expect(medianValue([40, 10, 30, 20])).toBe(25);
    expect(medianValue([3, 1, 2])).toBe(2);
    expect(medianValue([])).toBeNull();
  });

  it('picks the best by direction', () => {
    expect(bestValue([0.8, 0.35, 1.2], 'higher')).toBe(1.2);
    expect(bestValue([0.8, 0.35, 1.2], 'lower')).toBe(0.35);
    expect(bestValue([], 'higher')).toBeNull();
  });
});

describe('rankByValue', () => {
  const rows = [
    { park_id: 'C', value: 20 },
    { park_id: 'A', value: 30 },
    { park_id: 'D', value: null },
    { park_id: 'B', value: 20 },
    { park_id: 'E', value: 5 },
  ];

  it('ranks better first with shared ranks (1, 2, 2, 4) and leaves missing values out', () => {
    expect(rankByValue(rows, 'higher').map((r) => [r.park_id, r.rank])).toEqual([['A', 1], ['B', 2], ['C', 2], ['E', 4]]);
  });

  it('puts the lowest first for a lower-is-better indicator', () => {
    expect(rankByValue(rows, 'lower').map((r) => [r.park_id, r.rank])).toEqual([['E', 1], ['B', 2], ['C', 2], ['A', 4]]);
  });
});

describe('summarisePeriods', () => {
  it('gives each period its median, best, benchmark and counts, in period order', () => {
    const rows = [
      { period: '2025', value: 0.5, benchmark: 0.35 },
      { period: '2024', value: 0.9, benchmark: 0.361 },
      { period: '2025', value: 0.3, benchmark: 0.35 },
      { period: '2024', value: 0.6, benchmark: 0.361 },
      { period: '2025', value: null, benchmark: 0.35 },
      { period: '2025', value: 0.2, benchmark: 0.35 },
      { period: '2025', value: 0.4, benchmark: 0.35 },
    ];
    expect(summarisePeriods(rows, 'lower', ['2023', '2024', '2025'])).toEqual([
      { period: '2024', median: 0.75, best: 0.6, benchmark: 0.361, valued: 2, missing: 0 },
      { period: '2025', median: 0.35, best: 0.2, benchmark: 0.35, valued: 4, missing: 1 },
    ]);
  });
});
