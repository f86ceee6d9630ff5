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

/**
 * The parks the chart brings into focus before any are picked: the home city's, or, when it has
 * more than MAX_FOCUS_PARKS, those of them best ranked in `latest` (unranked last).
 */
export function defaultFocus(homeParks: readonly string[], latest: readonly { park_id: string; rank: number | null }[]): string[] {
  if (homeParks.length <= MAX_FOCUS_PARKS) return [...homeParks];
  const rank = new Map(latest.map((r) => [r.park_id, r.rank ?? Number.MAX_SAFE_INTEGER]));
  const rankOf = (id: string) => rank.get(id) ?? Number.MAX_SAFE_INTEGER;
  return [...homeParks].sort((a, b) => rankOf(a) - rankOf(b)).slice(0, MAX_FOCUS_PARKS);
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

/** The periods whose method version differs from the period before: rank lines break there (口径变化). */
export function methodBreaks(snapshots: readonly { period: string; method_version: string }[]): string[] {
  return snapshots.filter((s, i) => i > 0 && s.method_version !== snapshots[i - 1]!.method_version).map((s) => s.period);
}
