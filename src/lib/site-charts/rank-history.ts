/** The ranking page's rank-history chart: the home city's parks over every period. */
import { bumpChart } from '../charts/bump-chart.ts';
import { chartSvg, serverDocument } from '../charts/dom.ts';
import { snapshotCredit } from '../chart-export/credit.ts';
import { latestSnapshot, readParks, readRankings, readSite, readSnapshots } from '../site-data.ts';
import { methodBreaks, rankHistoryFileName, rankHistoryRows, rankHistoryTable, RANK_HISTORY_WIDTH } from '../views/rank-history.ts';
import type { EmbeddableChart } from './site-chart.ts';

export function homeRankHistoryChart(): EmbeddableChart {
  const site = readSite();
  const snapshots = readSnapshots();
  const periods = snapshots.map((s) => s.period);
  const breakBefore = methodBreaks(snapshots);
  const homeParks = readParks().filter((p) => p.city === site.home_city).map((p) => p.park_id);
  const history = rankHistoryRows(readRankings(), homeParks);
  const title = `${site.home_city}园区全省排名变化`;
  const description = `${site.home_city}各园区在${periods[0]}—${periods.at(-1)}年度全省排名中的位置，越靠上名次越好，中断处为当期未参与排名${breakBefore.size > 0 ? '或评价方法改变（口径变化）' : ''}。`;
  const svg = chartSvg(bumpChart(history, { document: serverDocument(), width: RANK_HISTORY_WIDTH, title, description, periods, breakBefore }));
  return {
    id: 'rank-history',
    title,
    description,
    svg,
    ...rankHistoryTable(history, periods),
    credit: snapshotCredit(latestSnapshot()),
    fileName: rankHistoryFileName(site.home_city, periods),
    embedPath: '/embed/rankings/rank-history/',
  };
}
