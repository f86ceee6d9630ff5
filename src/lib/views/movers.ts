/** The period's biggest movers up and down the province ranking. */
import type { RankingRow } from '../sql/scoring.ts';

type Moving = Pick<RankingRow, 'park_id' | 'rank_change'>;

export interface Movers<T> {
  up: T[];
  down: T[];
}

/** Up to `count` parks each way, largest move first; ties by park_id so the list is stable. */
export function biggestMovers<T extends Moving>(rows: readonly T[], count: number): Movers<T> {
  const moved = rows.filter((r): r is T & { rank_change: number } => r.rank_change !== null && r.rank_change !== 0);
  const byMove = (sign: 1 | -1) => (a: T & { rank_change: number }, b: T & { rank_change: number }) =>
    sign * (b.rank_change - a.rank_change) || a.park_id.localeCompare(b.park_id);
  return {
    up: moved.filter((r) => r.rank_change > 0).sort(byMove(1)).slice(0, count),
    down: moved.filter((r) => r.rank_change < 0).sort(byMove(-1)).slice(0, count),
  };
}
