/**
 * Slide 3: the province's biggest rises and falls, and the home city's parks that meet a reward or
 * penalty rule, with what follows from it.
 */
import type { RankingRow, RewardHitRow } from '../sql/scoring.ts';
import { biggestMovers } from '../views/movers.ts';
import { capped, previousPeriodName, type Capped } from './tables.ts';

export interface MoverRow {
  parkId: string;
  name: string;
  city: string;
  isHome: boolean;
  previousRank: number;
  rank: number;
  /** Places moved: positive up, negative down. */
  change: number;
}

export interface RuleHit {
  parkId: string;
  name: string;
  kind: 'reward' | 'penalty';
  rule: string;
  consequence: string;
}

export interface MoversSlide {
  kind: 'movers';
  id: 'movers';
  heading: string;
  /** 上年度 or 上期; null in the first period, which has no movement. */
  comparedWith: string | null;
  up: MoverRow[];
  down: MoverRow[];
  homeCity: string;
  /** The home city's parks that meet a rule, rewards first, then by rank. */
  hits: Capped<RuleHit>;
  /** Every park's hits in the province, by kind. */
  provinceHits: { reward: number; penalty: number };
}

export const MOVERS_SHOWN = 5;
export const HITS_SHOWN = 5;

function moverRow(r: RankingRow): MoverRow {
  return {
    parkId: r.park_id,
    name: r.name_zh,
    city: r.city,
    isHome: r.is_home_city,
    previousRank: r.previous_rank!,
    rank: r.rank!,
    change: r.rank_change!,
  };
}

/** `ranking` is the period's rows in rank order; `hits` every period's reward_hits rows. */
export function moversSlide(homeCity: string, ranking: readonly RankingRow[], hits: readonly RewardHitRow[]): MoversSlide {
  const period = ranking[0]?.period;
  const { up, down } = biggestMovers(ranking, MOVERS_SHOWN);
  const rowOf = new Map(ranking.map((r) => [r.park_id, r]));
  const periodHits = hits.filter((h) => h.period === period && rowOf.has(h.park_id));
  const place = (h: RewardHitRow) => rowOf.get(h.park_id)!.rank ?? Infinity;
  const homeHits = periodHits
    .filter((h) => rowOf.get(h.park_id)!.is_home_city)
    .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'reward' ? -1 : 1) || place(a) - place(b) || a.rule_id.localeCompare(b.rule_id));
  return {
    kind: 'movers',
    id: 'movers',
    heading: '进退位与奖惩',
    comparedWith: previousPeriodName(ranking),
    up: up.map(moverRow),
    down: down.map(moverRow),
    homeCity,
    hits: capped(homeHits.map((h) => ({
      parkId: h.park_id,
      name: rowOf.get(h.park_id)!.name_zh,
      kind: h.kind === 'penalty' ? 'penalty' : 'reward',
      rule: h.label_zh,
      consequence: h.consequence_zh,
    })), HITS_SHOWN),
    provinceHits: {
      reward: periodHits.filter((h) => h.kind === 'reward').length,
      penalty: periodHits.filter((h) => h.kind === 'penalty').length,
    },
  };
}
