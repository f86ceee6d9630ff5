/**
 * The overview's opening picture: where each home-city park stands in the province now and how
 * far it moved since the previous period, one strip per park from rank 1 to the last place.
 */
import { rankStripChart, type RankStripRow } from '../charts/rank-strip-chart.ts';
import { areaWord } from '../format/area-word.ts';
import { snapshotCredit } from '../chart-export/credit.ts';
import { exportFileName } from '../chart-export/file-name.ts';
import { latestSnapshot, readRankings, readSite } from '../site-data.ts';
import { parkStatus } from '../views/park-status.ts';
import { drawnChart } from './drawn-chart.ts';
import type { SiteChart } from './site-chart.ts';

/** The latest period's home-city parks as strip rows, best rank first, and how many parks the province ranked. */
export function homeStandingRows(): { rows: RankStripRow[]; count: number } {
  const snapshot = latestSnapshot();
  const rankings = readRankings();
  const current = rankings.filter((r) => r.period === snapshot.period);
  const previous = new Map(rankings.filter((r) => r.period === current[0]?.previous_period).map((r) => [r.park_id, r]));
  const rows = current
    .filter((r) => r.is_home_city)
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.park_id.localeCompare(b.park_id))
    .map((r) => ({
      park_id: r.park_id,
      name: r.name_zh,
      rank: r.rank,
      previous_rank: previous.get(r.park_id)?.rank ?? null,
      movement: parkStatus(r).phrase,
    }));
  return { rows, count: current[0]?.ranked_count ?? 0 };
}

export function homeStandingChart(): SiteChart {
  const site = readSite();
  const snapshot = latestSnapshot();
  const { rows, count } = homeStandingRows();
  const area = areaWord(site.region);
  const title = `${site.home_city}园区在${area}的位置与变化`;
  const description = `每行一个${site.home_city}园区：横条从${area}第1位（左）到第${count}位（右），菱形为${snapshot.period}年度名次，`
    + '空心圆为上期名次，两者之间的线段为进退位（绿色进位、橙色退位）。';
  return {
    id: 'standing',
    title,
    description,
    ...drawnChart('rank-strip', rankStripChart, rows, { title, description, area, count }),
    columns: [
      { key: 'name', label: '园区', header: true },
      { key: 'rank', label: `${area}排名`, numeric: true },
      { key: 'previous', label: '上期排名', numeric: true },
      { key: 'movement', label: '变化' },
    ],
    rows: rows.map((r) => ({ name: r.name, rank: r.rank ?? '—', previous: r.previous_rank ?? '—', movement: r.movement })),
    credit: snapshotCredit(snapshot),
    fileName: exportFileName(['overview', 'standing', site.home_city, snapshot.period]),
  };
}
