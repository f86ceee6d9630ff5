/**
 * Slide 6, one per home-city park: its standing, its score by category against the provincial
 * median and best, and its rank in every period.
 */
import type { CategoryBarRow } from '../charts/category-bars.ts';
import { KIND_LABELS, LEVEL_LABELS } from '../format/labels.ts';
import { isOverFull, OVER_FULL_MARK, overFullShortNote } from '../views/over-full.ts';
import { buildParkProfile } from '../views/park-profile.ts';
import { parkSlideId } from './controls.ts';
import { parkStatus, type Direction } from '../views/park-status.ts';
import type { BriefingTables } from './tables.ts';

export interface RankHistoryEntry {
  period: string;
  /** null: not ranked (vetoed) or not evaluated that period. */
  rank: number | null;
  /** 第2位, 未排名 or 未参评. */
  label: string;
}

export interface SlideHit {
  kind: 'reward' | 'penalty';
  /** The rule met, e.g. 全市末位. */
  label: string;
  /** What follows from it, e.g. 通报批评并扣减绩效奖金20%. */
  consequence: string;
}

export interface ParkSlide {
  kind: 'park';
  id: string;
  heading: string;
  parkId: string;
  /** 国家级 · 高新区 · 兴城区. */
  facts: string;
  rank: number | null;
  rankedCount: number;
  /** Why the park was vetoed; null when it was ranked. */
  vetoReason: string | null;
  movement: string;
  direction: Direction;
  score: number;
  tier: string | null;
  categories: CategoryBarRow[];
  /** Why a category scores above full marks; null when none does. */
  overFull: string | null;
  /** The reward and penalty rules the park meets this period (进位奖励, 末位通报…). */
  hits: SlideHit[];
  /** Its weakest indicators against the median park, by name. */
  weakest: string[];
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
    direction: parkStatus(standing).direction,
    score: standing.score,
    tier: standing.tier,
    categories: profile.categories.map((c) => ({
      category: c.category.name_zh, score: c.score, points: c.points, median: c.median, best: c.best, ...(isOverFull(c) ? { note: OVER_FULL_MARK } : {}),
    })),
    overFull: overFullShortNote(profile.categories.map((c) => ({ category_id: c.category.category_id, name: c.category.name_zh, score: c.score, points: c.points })), tables.indicators),
    hits: profile.rewardHits.map((h) => ({ kind: h.kind === 'reward' ? 'reward' : 'penalty', label: h.label_zh, consequence: h.consequence_zh })),
    weakest: profile.weaknesses.map(({ standing: s }) => s.indicator.name_zh),
    history: upToPeriod.map(({ snapshot, row }) => ({
      period: snapshot.period,
      rank: row?.rank ?? null,
      label: row === null ? '未参评' : row.rank === null ? '未排名' : `第${row.rank}位`,
    })),
    maxRanked: profile.maxRanked,
  };
}
