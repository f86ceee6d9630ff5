import { describe, expect, it } from 'vitest';
import { reconciledPeriods } from '../../src/lib/views/reconciliation.ts';
import { reconciliation } from '../fixtures/hand-worked/published.ts';

describe('reconciledPeriods', () => {
  it('lists, period by period, the parks whose published and computed results differ, with the difference', () => {
    expect(reconciledPeriods(reconciliation)).toEqual([
      {
        period: '2024',
        compared: 5,
        differing: [
          { park: '西山工业园区', rank: '3 / 4', score: '76.50 / 76.00', tier: 'B / C', difference: '名次差 +1；总分差 -0.50；等次不同' },
          { park: '西山经济技术开发区', rank: '4 / 3', score: '78.00 / 78.00', tier: 'C / B', difference: '名次差 -1；等次不同' },
          { park: '东江工业园区', rank: '5 / 5', score: '47.00 / 47.00', tier: 'D / D', difference: '类别得分不同' },
        ],
      },
      { period: '2025', compared: 2, differing: [] },
    ]);
  });
});
