/**
 * The ranking page's rank-history chart: the home city's parks over every period, in colour, with
 * every other park behind them in grey (the ranking page's picker brings others into focus).
 */
import { bumpChart } from '../charts/bump-chart.ts';
import { areaWord } from '../format/area-word.ts';
import { drawnChart } from './drawn-chart.ts';
import { snapshotCredit } from '../chart-export/credit.ts';
import { latestSnapshot, readParks, readRankings, readSite, readSnapshots } from '../site-data.ts';
import { defaultFocus, MAX_FOCUS_PARKS, methodBreaks, rankHistoryFileName, rankHistoryRows, rankHistoryTable } from '../views/rank-history.ts';
import { groupedBy } from '../views/memo.ts';
import { atScale } from '../views/row-limit.ts';
import type { EmbeddableChart } from './site-chart.ts';

/** The home-city parks the chart shows in colour before the reader picks others (and how many the city has). */
export function homeFocusParks(): { focus: string[]; homeCount: number } {
  const homeCity = readSite().home_city;
  const home = readParks().filter((p) => p.city === homeCity).map((p) => p.park_id);
  const latest = groupedBy(readRankings(), 'period').get(latestSnapshot().period) ?? [];
  return { focus: defaultFocus(home, latest), homeCount: home.length };
}

export function homeRankHistoryChart(): EmbeddableChart {
  const site = readSite();
  const snapshots = readSnapshots();
  const periods = snapshots.map((s) => s.period);
  const breakBefore = methodBreaks(snapshots);
  const parks = readParks();
  const rankings = readRankings();
  const { focus: homeParks, homeCount } = homeFocusParks();
  const history = rankHistoryRows(rankings, homeParks);
  // At scale the grey context would outweigh the page: then only the parks in focus are drawn.
  const context = !atScale(parks.length);
  const drawn = context ? rankHistoryRows(rankings, [...homeParks, ...parks.map((p) => p.park_id)]) : history;
  const maxRank = rankings.reduce((most, r) => Math.max(most, r.ranked_count ?? 0), 0);
  const area = areaWord(site.region);
  const title = `${site.home_city}园区${area}排名变化`;
  const which = homeParks.length < homeCount ? `${site.home_city}${homeCount}个园区中最新一期名次最好的${MAX_FOCUS_PARKS}个` : `${site.home_city}各园区`;
  const description = `${which}在${periods[0]}—${periods.at(-1)}年度${area}排名中的位置，越靠上名次越好（纵轴覆盖全部参与排名的园区${context ? '，灰线为其他园区' : ''}），中断处为当期未参与排名${breakBefore.length > 0 ? '或评价方法改变（口径变化）' : ''}。`;
  return {
    id: 'rank-history',
    title,
    description,
    ...drawnChart('bump', bumpChart, drawn, { title, description, area, periods, maxRank, focus: homeParks, breakBefore }),
    ...rankHistoryTable(history, periods),
    credit: snapshotCredit(latestSnapshot()),
    fileName: rankHistoryFileName(site.home_city, periods),
    embedPath: '/embed/rankings/rank-history/',
  };
}
