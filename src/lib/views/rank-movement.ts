/** A park's province rank against the previous period, in the press's words: 较上年度前进3位. */
import type { RankingRow } from '../sql/scoring.ts';

type Standing = Pick<RankingRow, 'period' | 'rank' | 'vetoed' | 'previous_period' | 'rank_change'>;

/** 上年度 when both periods are years (2024 → 2025), else 上期 (e.g. 2025H1 → 2025H2). */
export function previousPeriodWord(period: string, previous: string): string {
  return /^\d{4}$/.test(period) && /^\d{4}$/.test(previous) ? '上年度' : '上期';
}

/** `previous` is the park's row in the previous period; undefined when it was not evaluated then. */
export function movementPhrase(current: Standing, previous: Pick<RankingRow, 'rank'> | undefined): string {
  if (current.vetoed) return '一票否决，不参与排名';
  if (current.previous_period === null) return '首期评价，无上期排名';
  const word = previousPeriodWord(current.period, current.previous_period);
  if (!previous) return '新参评';
  if (previous.rank === null) return `${word}一票否决，未排名`;
  const change = current.rank_change ?? 0;
  if (change > 0) return `较${word}前进${change}位`;
  if (change < 0) return `较${word}后退${-change}位`;
  return `较${word}持平`;
}
