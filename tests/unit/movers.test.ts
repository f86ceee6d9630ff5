import { describe, expect, it } from 'vitest';
import { biggestMovers } from '../../src/lib/views/movers.ts';

describe('biggestMovers', () => {
  const rows = [
    { park_id: 'A', rank_change: 3 },
    { park_id: 'B', rank_change: -7 },
    { park_id: 'C', rank_change: null },
    { park_id: 'D', rank_change: 12 },
    { park_id: 'E', rank_change: 0 },
    { park_id: 'F', rank_change: -2 },
    { park_id: 'G', rank_change: 3 },
  ];

  it('lists the largest rises and falls first, leaving out new and unmoved parks', () => {
    const { up, down } = biggestMovers(rows, 2);
    expect(up.map((r) => r.park_id)).toEqual(['D', 'A']);
    expect(down.map((r) => r.park_id)).toEqual(['B', 'F']);
  });

  it('breaks equal moves by park id', () => {
    expect(biggestMovers(rows, 5).up.map((r) => r.park_id)).toEqual(['D', 'A', 'G']);
  });
});
