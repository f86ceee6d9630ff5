/**
 * The ranking page's rank-history chart: the home city's parks over every period, in colour, with
 * every other park behind them in grey (the ranking page's picker brings others into focus).
 */
import { bumpChart } from '../charts/bump-chart.ts';
import { drawnChart } from './drawn-chart.ts';
import { snapshotCredit } from '../chart-export/credit.ts';
import { latestSnapshot, readParks, readRankings, readSite, readSnapshots } from '../site-data.ts';
import { rankHistoryFileName, rankHistoryRows, rankHistoryTable } from '../views/rank-history.ts';
import type { EmbeddableChart } from './site-chart.ts';

/** The most parks whose lines are drawn as context. */
const CONTEXT_LIMIT = 250;

export function homeRankHistoryChart(): EmbeddableChart {
  const site = readSite();
  const periods = readSnapshots().map((s) => s.period);
  const parks = readParks();
  const homeParks = parks.filter((p) => p.city === site.home_city).map((p) => p.park_id);
  const rankings = readRankings();
  const history = rankHistoryRows(rankings, homeParks);
  // At scale the grey context would outweigh the page: then only the parks in focus are drawn.
  const drawn = parks.length <= CONTEXT_LIMIT ? rankHistoryRows(rankings, [...homeParks, ...parks.map((p) => p.park_id)]) : history;
  const maxRank = Math.max(...rankings.map((r) => r.ranked_count));
  const title = `${site.home_city}园区全省排名变化`;
  const description = `${site.home_city}各园区在${periods[0]}—${periods.at(-1)}年度全省排名中的位置，越靠上名次越好（纵轴覆盖全部参与排名的园区，灰线为其他园区），中断处为当期未参与排名。`;
  return {
    id: 'rank-history',
    title,
    description,
    ...drawnChart('bump', bumpChart, drawn, { title, description, periods, maxRank, focus: homeParks }),
    ...rankHistoryTable(history, periods),
    credit: snapshotCredit(latestSnapshot()),
    fileName: rankHistoryFileName(site.home_city, periods),
    embedPath: '/embed/rankings/rank-history/',
  };
}
