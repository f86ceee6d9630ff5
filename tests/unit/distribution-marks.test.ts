import { describe, expect, it } from 'vitest';
import { distributionMarks } from '../../src/lib/views/distribution-marks.ts';

const park = (i: number, value: number | null, highlight = false) => ({ park_id: `P${i}`, name: `园区${i}`, value, highlight });

describe('distributionMarks', () => {
  it('draws every park up to the scale limit', () => {
    const rows = Array.from({ length: 300 }, (_, i) => park(i, i));
    expect(distributionMarks(rows)).toEqual({ rows, parksPerDot: null });
  });

  it('turns the other parks into quantile dots above it and keeps each home park', () => {
    // Values 1…400 for the others: 100 dots of 4 parks, at the 0.5 %, 1.5 %, … 99.5 % quantiles.
    const others = Array.from({ length: 400 }, (_, i) => park(i, 400 - i));
    const home = [park(900, 7.25, true), park(901, 399, true)];
    const { rows, parksPerDot, median } = distributionMarks([...others, park(902, null), ...home]);
    expect(parksPerDot).toBe(4);
    // The 402 valued parks' median: between the 201st and 202nd of 1, …, 7.25, …, 399, 399, 400.
    expect(median).toBe(200.5);
    expect(rows).toHaveLength(102);
    const dots = rows.filter((r) => !r.highlight);
    // (n − 1)·p + 1 = 399 × 0.005 + 1 = 2.995; 399 × 0.995 + 1 = 398.005.
    expect(dots[0]).toEqual({ park_id: 'q1', name: '约4个园区', value: 2.995, highlight: false });
    expect(dots[1]!.value).toBeCloseTo(6.985, 9);
    expect(dots[99]!.value).toBeCloseTo(398.005, 9);
    expect(rows.filter((r) => r.highlight)).toEqual(home);
  });
});
