/**
 * Slide 6, one per home-city park: its standing, its score by category against the provincial
 * median and best, and its rank in every period.
 */
import type { CategoryBarRow } from '../charts/category-bars.ts';
import { KIND_LABELS, LEVEL_LABELS } from '../format/labels.ts';
import { buildParkProfile } from '../views/park-profile.ts';
import { parkSlideId } from './controls.ts';
import { movementDirection, type BriefingTables, type Direction } from './tables.ts';

export interface RankHistoryEntry {
  period: string;
  /** null: not ranked (vetoed) or not evaluated that period. */
  rank: number | null;
  /** 第2位, 未排名 or 未参评. */
  label: string;
}

export interface ParkSlide {
  kind: 'park';
  id: string;
  heading: string;
  parkId: string;
  /** 国家级 · 高新区 · 兴城区. */
  facts: string;
  rank: number | null;
  rankedCount: number | null;
  /** 第5位, 第95位（园区自报）… (list-standing.ts) */
  place: string;
  /** Why the park was vetoed; null when it was ranked. */
  vetoReason: string | null;
  movement: string;
  direction: Direction;
  score: number | null;
  tier: string | null;
  categories: CategoryBarRow[];
  /** The periods up to this one, earliest first. */
  history: RankHistoryEntry[];
  /** The most parks ranked in any period: the far end of the history's position strips. */
  maxRanked: number;
}

/** The park's slide for `period`; null when it was not evaluated then. */
export function parkSlide(tables: BriefingTables, parkId: string, period: string): ParkSlide | null {
  const profile = buildParkProfile(tables, parkId, period);
  const { park, standing } = profile;
  if (!standing) return null;
  const upToPeriod = profile.history.slice(0, profile.history.findIndex((h) => h.snapshot.period === period) + 1);
  return {
    kind: 'park',
    id: parkSlideId(parkId),
    heading: park.name_zh,
    parkId,
    facts: [LEVEL_LABELS[park.level], KIND_LABELS[park.kind], park.county].filter(Boolean).join(' · '),
    rank: standing.rank,
    rankedCount: standing.ranked_count,
    vetoReason: standing.vetoed ? standing.veto_reason ?? '一票否决' : null,
    movement: profile.movement ?? '',
    direction: movementDirection(standing.rank_change),
    score: standing.score,
    tier: standing.tier,
    categories: profile.categories.map((c) => ({ category: c.category.name_zh, score: c.score, points: c.points, median: c.median, best: c.best })),
    place: profile.place,
    history: upToPeriod.map(({ snapshot, row, place }) => ({
      period: snapshot.period,
      rank: row?.rank ?? null,
      label: place,
    })),
    maxRanked: profile.maxRanked,
  };
}
