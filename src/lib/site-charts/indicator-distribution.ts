/** How the latest period's parks spread on one indicator: on the indicator's page and as an embed. */
import type { IndicatorRow } from '../contract/dataset.ts';
import { distributionChart } from '../charts/distribution-chart.ts';
import { drawnChart } from './drawn-chart.ts';
import { exportFileName } from '../chart-export/file-name.ts';
import { snapshotCredit } from '../chart-export/credit.ts';
import { formatNumber } from '../format/number.ts';
import { latestSnapshot, readSite } from '../site-data.ts';
import { formatIndicatorValue } from '../views/indicator-standing.ts';
import { distributionMarks } from '../views/distribution-marks.ts';
import { memoFor } from '../views/memo.ts';
import { hiddenRowsNote, limitRows } from '../views/row-limit.ts';
import type { IndicatorFigures } from './indicator-figures.ts';
import type { EmbeddableChart } from './site-chart.ts';

/** “数值（万元/亩）”: a column label with the indicator's unit, when it has one. */
export const withUnitLabel = (indicator: IndicatorRow, label: string): string => (indicator.unit ? `${label}（${indicator.unit}）` : label);

/** Drawn once per indicator's figures: its embed and its page show the same chart. */
export function indicatorDistributionChart(indicator: IndicatorRow, figures: IndicatorFigures): EmbeddableChart {
  return memoFor(figures, 'distribution-chart', () => drawDistribution(indicator, figures));
}

function drawDistribution(indicator: IndicatorRow, { period, ranked, latestRows, history, parks, isHome }: IndicatorFigures): EmbeddableChart {
  const homeCity = readSite().home_city;
  const { name_zh: name, decimals } = indicator;
  const now = history.at(-1);
  const benchmark = now?.benchmark ?? null;
  const withUnit = (v: number | null) => formatIndicatorValue(v, indicator);
  const parkName = (id: string) => parks.get(id)?.name_zh ?? id;
  const title = `${period}年度各园区${name}分布`;
  const marks = distributionMarks(latestRows.map((r) => ({ park_id: r.park_id, name: parkName(r.park_id), value: r.value, highlight: isHome(r.park_id) })));
  const dots = marks.parksPerDot === null
    ? `${ranked.length} 个有数据的园区各为一个点`
    : `${ranked.length} 个有数据的园区中，${homeCity}以外的园区按数值等分为 ${marks.rows.filter((r) => !r.highlight).length} 份，每个空心圆为一份（约 ${Math.round(marks.parksPerDot)} 个园区）的中间值`;
  const description = `${dots}；中位数 ${withUnit(now?.median ?? null)}（实线）`
    + (benchmark === null ? '' : `，标杆值 ${withUnit(benchmark)}（虚线）`)
    + `；${homeCity}园区为实心菱形并标注名称，其余为空心圆。`;
  const drawn = drawnChart('distribution', distributionChart, marks.rows,
    // An empty unit cell (a plain ratio) arrives as null.
    { title, description, benchmark, unit: indicator.unit ?? '', decimals, median: marks.median },
  );
  const listed = limitRows(ranked.map((r) => ({ ...r, is_home_city: isHome(r.park_id) })));
  return {
    id: 'distribution',
    title,
    description,
    ...drawn,
    columns: [
      { key: 'rank', label: '名次', numeric: true },
      { key: 'name', label: '园区', header: true },
      { key: 'value', label: withUnitLabel(indicator, '数值'), numeric: true },
      { key: 'score', label: '得分', numeric: true },
      { key: 'city', label: '城市' },
    ],
    rows: listed.shown.map((r) => ({
      rank: r.rank,
      name: isHome(r.park_id) ? `${parkName(r.park_id)}（本市）` : parkName(r.park_id),
      city: parks.get(r.park_id)?.city,
      value: formatNumber(r.value, decimals),
      score: formatNumber(r.score, 2),
    })),
    note: hiddenRowsNote(listed.hidden, `完整名单见数据下载中${period}年度的指标得分表（indicator_scores）`),
    credit: snapshotCredit(latestSnapshot()),
    fileName: exportFileName(['indicators', indicator.indicator_id, 'distribution', period]),
    embedPath: `/embed/indicators/${indicator.indicator_id}/distribution/`,
  };
}
