/** What a revision changed in the ranking: each park whose total, rank or tier differs between two scorings of a period. */
import type { ComputedRankingRow as RankingRow } from '../sql/scoring.ts';
import type { RevisionKey } from './revision-key.ts';
import { round6 } from './score-precision.ts';

export type RevisionRankRow = RevisionKey & {
  park_id: string;
  name_zh: string;
  city: string;
  score_before: number | null;
  score_after: number | null;
  rank_before: number | null;
  rank_after: number | null;
  /** rank_before − rank_after: positive when the revision moved the park up. */
  rank_change: number | null;
  tier_before: string | null;
  tier_after: string | null;
};

const sameScore = (a: number | null, b: number | null) => (a === null || b === null ? a === b : round6(a) === round6(b));

/** The parks of `key.period` whose score, rank or tier differs between the `before` and `after` rankings (of any periods). */
export function rankMoves(key: RevisionKey, before: readonly RankingRow[], after: readonly RankingRow[]): RevisionRankRow[] {
  const ofPeriod = (rows: readonly RankingRow[]) => new Map(rows.filter((row) => row.period === key.period).map((row) => [row.park_id, row]));
  const earlier = ofPeriod(before);
  const current = ofPeriod(after);
  const parks = [...new Set([...earlier.keys(), ...current.keys()])];
  return parks.flatMap((park_id) => {
    const b = earlier.get(park_id);
    const a = current.get(park_id);
    const row: RevisionRankRow = {
      ...key,
      park_id,
      name_zh: (a ?? b)!.name_zh,
      city: (a ?? b)!.city,
      score_before: b?.score ?? null,
      score_after: a?.score ?? null,
      rank_before: b?.rank ?? null,
      rank_after: a?.rank ?? null,
      rank_change: b?.rank != null && a?.rank != null ? b.rank - a.rank : null,
      tier_before: b?.tier ?? null,
      tier_after: a?.tier ?? null,
    };
    const same = sameScore(row.score_before, row.score_after) && row.rank_before === row.rank_after && row.tier_before === row.tier_after;
    return same ? [] : [row];
  });
}
