/**
 * How a park's standing in a period is worded against the period before: the one place that
 * decides 新参评 / 上年度一票否决 / 一票否决 / 进位 / 退位 / 持平, for every page, chart label,
 * download and slide.
 */
import { formatRankChange } from '../format/number.ts';
import type { RankingRow } from '../sql/scoring.ts';

export type ParkStanding = Pick<RankingRow, 'period' | 'vetoed' | 'previous_period' | 'previous_vetoed' | 'rank_change'>;

export type StatusKind = 'vetoed' | 'first-period' | 'new' | 'previously-vetoed' | 'up' | 'down' | 'level';

/** Which way a park moved; none when there is no previous rank to compare with. */
export type Direction = 'up' | 'down' | 'level' | 'none';

export interface ParkStatus {
  kind: StatusKind;
  direction: Direction;
  /** For a table cell or a chart label: ↑3, ↓2, 持平, 新参评, 上年度一票否决, 一票否决, —. */
  short: string;
  /** For a sentence, as the press writes it: 较上年度前进3位. */
  phrase: string;
}

/** 上年度 when both periods are years (2024 → 2025), else 上期 (e.g. 2025H1 → 2025H2). */
export function previousPeriodWord(period: string, previous: string): string {
  return /^\d{4}$/.test(period) && /^\d{4}$/.test(previous) ? '上年度' : '上期';
}

const status = (kind: StatusKind, direction: Direction, short: string, phrase: string): ParkStatus => ({ kind, direction, short, phrase });

export function parkStatus(row: ParkStanding): ParkStatus {
  if (row.vetoed) return status('vetoed', 'none', '一票否决', '一票否决，不参与排名');
  if (row.previous_period === null) return status('first-period', 'none', '—', '首期评价，无上期排名');
  const word = previousPeriodWord(row.period, row.previous_period);
  if (row.previous_vetoed === null) return status('new', 'none', '新参评', '新参评');
  if (row.previous_vetoed || row.rank_change === null) return status('previously-vetoed', 'none', `${word}一票否决`, `${word}一票否决，未排名`);
  const change = row.rank_change;
  const short = formatRankChange(change);
  if (change > 0) return status('up', 'up', short, `较${word}前进${change}位`);
  if (change < 0) return status('down', 'down', short, `较${word}后退${-change}位`);
  return status('level', 'level', short, `较${word}持平`);
}
