import { describe, expect, it } from 'vitest';
import { rankShifts, scaleWeights, totalNote, weightTotal } from '../../src/lib/views/what-if.ts';

describe('what-if weights', () => {
  it('adds the weights up as they are typed', () => {
    expect(weightTotal({ a: 25, b: 25, c: 20, d: 15, e: 15 })).toBe(100);
    expect(weightTotal({ a: 60, b: 5, c: 20, d: 15, e: 20 })).toBe(120);
  });

  it('scales weights to the official total in proportion, the largest taking the rounding', () => {
    // 60 + 5 + 20 + 15 + 20 = 120 → × 100/120: 50, 4.17, 16.67, 12.5, 16.67 — 100.01, so 60's share becomes 49.99.
    expect(scaleWeights({ a: 60, b: 5, c: 20, d: 15, e: 20 }, 100)).toEqual({ a: 49.99, b: 4.17, c: 16.67, d: 12.5, e: 16.67 });
    expect(scaleWeights({ a: 0, b: 0 }, 100)).toEqual({ a: 0, b: 0 });
  });

  it('says when the total is not the official one', () => {
    expect(totalNote(100, 100)).toEqual({ balanced: true, text: '合计100.00分，与官方权重合计相同。' });
    const off = totalNote(120, 100);
    expect(off.balanced).toBe(false);
    expect(off.text).toContain('合计120.00分，不等于官方的100.00分');
  });
});

describe('rank shifts of the home city’s parks', () => {
  it('places both ranks on a strip from first to last, in what-if order, leaving out vetoed parks', () => {
    const shifts = rankShifts([
      { park_id: 'C', name_zh: '东江工业园区', official_rank: 1, whatif_rank: 4, ranked_count: 4 },
      { park_id: 'A', name_zh: '东江高新区', official_rank: 4, whatif_rank: 2, ranked_count: 4 },
      { park_id: 'E', name_zh: '东江物流园区', official_rank: null, whatif_rank: null, ranked_count: 4 },
    ]);
    expect(shifts.map((s) => [s.parkId, s.officialAt, s.whatIfAt, s.direction, s.text])).toEqual([
      ['A', 100, 100 / 3, 'up', '第4位 → 第2位（↑2）'],
      ['C', 0, 100, 'down', '第1位 → 第4位（↓3）'],
    ]);
  });
});
