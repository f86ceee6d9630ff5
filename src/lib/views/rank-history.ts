/** Rank history for the bump chart and its data table, from rankings rows. */
import type { BumpRow } from '../charts/bump-chart.ts';
import { exportFileName } from '../chart-export/file-name.ts';
import { groupedBy } from './memo.ts';

/** Parks the rank-history chart puts in focus at most (the picker's limit): beyond that their labels crowd out the chart. */
export const MAX_FOCUS_PARKS = 20;

interface RankingLike {
  period: string;
  park_id: string;
  name_zh: string;
  rank: number | null;
  is_home_city: boolean;
}

/** The parks' rows in the order the parks are given, each park's in the order of `rankings`. */
export function rankHistoryRows(rankings: readonly RankingLike[], parkIds: readonly string[]): BumpRow[] {
  const byPark = groupedBy(rankings, 'park_id');
  return [...new Set(parkIds)]
    .flatMap((id) => byPark.get(id) ?? [])
    .map((r) => ({ period: r.period, park_id: r.park_id, name: r.name_zh, rank: r.rank, highlight: r.is_home_city }));
}

/** One row per park, one column per period: the table behind the chart. */
export function rankHistoryTable(rows: readonly BumpRow[], periods: readonly string[]) {
  const columns: { key: string; label: string; header?: boolean; numeric?: boolean }[] = [
    { key: 'name', label: '园区', header: true },
    ...periods.map((p) => ({ key: p, label: `${p}年度`, numeric: true })),
  ];
  const byPark = new Map<string, Record<string, string>>();
  for (const row of rows) {
    const entry = byPark.get(row.park_id) ?? { name: row.name };
    entry[row.period] = row.rank === null ? '未排名' : `第${row.rank}位`;
    byPark.set(row.park_id, entry);
  }
  return { columns, rows: [...byPark.values()] };
}

/** Download name of the ranking page's chart: whose parks (the home city, or “自选N个园区”) over which periods. */
export const rankHistoryFileName = (view: string, periods: readonly string[]): string =>
  exportFileName(['rankings', 'rank-history', view, `${periods[0]}-${periods.at(-1)}`]);
