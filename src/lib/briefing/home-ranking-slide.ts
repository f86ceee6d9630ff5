/** Slide 2: the home city's parks in the provincial ranking, with their movement since the previous period. */
import type { RankingRow } from '../sql/scoring.ts';
import { parkStatus, type Direction } from '../views/park-status.ts';
import { capped, isPartialList, previousPeriodName, type Capped } from './tables.ts';

export interface HomeRankingRow {
  parkId: string;
  name: string;
  /** Province rank; null when vetoed. */
  rank: number | null;
  score: number | null;
  tier: string | null;
  movement: string;
  direction: Direction;
}

export interface HomeRankingSlide {
  kind: 'home-ranking';
  id: 'home-ranking';
  heading: string;
  homeCity: string;
  /** Parks ranked in the province: the length of each row's position strip. */
  rankedCount: number;
  summary: string;
  rows: Capped<HomeRankingRow>;
}

/** Rows that fit the 1080-pixel canvas at a legible size. */
export const HOME_ROWS_SHOWN = 12;

/**
 * A published list that is not the complete ranking (top 30, tiers, a partial copy) says how many
 * parks it names out of how many were evaluated, and counts only the moves it can show.
 */
function summary(ranking: readonly RankingRow[], home: readonly RankingRow[], rankedCount: number, area: string): string {
  const partialList = isPartialList(ranking);
  const province = partialList ? `${area}${rankedCount}个园区参评，所录公布名单列出${ranking.length}个` : `${area}${rankedCount}个园区参与排名`;
  const word = previousPeriodName(ranking);
  if (!word) return `${province}；本期为首期评价`;
  const count = (direction: Direction) => home.filter((r) => parkStatus(r).direction === direction).length;
  const moves = ([['up', '进位'], ['down', '退位'], ['level', '持平']] as const).map(([direction, name]) => [count(direction), name] as const);
  if (!partialList) return `${province}；较${word}${moves.map(([n, name]) => `${n}个${name}`).join('、')}`;
  const shown = moves.filter(([n]) => n > 0);
  return `${province}；${shown.length > 0 ? `较${word}${shown.map(([n, name]) => `${n}个${name}`).join('、')}` : `与${word}无可比的名次变化`}`;
}

/** `ranking` is the period's rows in rank order; `area` names the field it covers (全省, 全国). */
export function homeRankingSlide(homeCity: string, area: string, ranking: readonly RankingRow[]): HomeRankingSlide {
  const home = ranking.filter((r) => r.is_home_city);
  const rankedCount = ranking[0]?.ranked_count ?? 0;
  return {
    kind: 'home-ranking',
    id: 'home-ranking',
    heading: `${homeCity}园区在${area}的位置`,
    homeCity,
    rankedCount,
    summary: summary(ranking, home, rankedCount, area),
    rows: capped(home.map((r) => ({
      parkId: r.park_id,
      name: r.name_zh,
      rank: r.rank,
      score: r.score,
      tier: r.tier,
      movement: parkStatus(r).phrase,
      direction: parkStatus(r).direction,
    })), HOME_ROWS_SHOWN),
  };
}
