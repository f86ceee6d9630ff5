import { describe, expect, it } from 'vitest';
import type { RankingRow } from '../../src/lib/sql/scoring.ts';
import { rivalsAbove } from '../../src/lib/views/gap-to-next.ts';

const row = (park_id: string, rank: number | null, score: number | null) =>
  ({ park_id, rank, score, rank_source: 'computed' }) as RankingRow;

// P2 and P3 share second place; P5 is vetoed (no rank); the table is not in rank order.
const period = [row('P4', 4, 70), row('P3', 2, 80), row('P6', 5, 60), row('P1', 1, 90), row('P5', null, null), row('P2', 2, 80)];
const rivalIds = (park: RankingRow) => rivalsAbove(park, period, []).map((r) => r.row.park_id);

describe('rivalsAbove', () => {
  it('lists the three parks ranked just above, closest first, a shared place by park id', () => {
    expect(rivalIds(period[2]!)).toEqual(['P4', 'P2', 'P3']);
    expect(rivalsAbove(period[2]!, period, []).map((r) => r.gap)).toEqual([10, 20, 20]);
  });

  it('passes over the parks that share its place and stops at the top', () => {
    expect(rivalIds(period[0]!)).toEqual(['P2', 'P3', 'P1']);
    expect(rivalIds(period[5]!)).toEqual(['P1']);
    expect(rivalIds(period[3]!)).toEqual([]);
  });
});
