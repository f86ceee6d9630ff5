/** The city's cumulative targets month by month against time progress: on the targets page and as an embed. */
import { targetProgress } from '../charts/target-progress.ts';
import { drawnChart } from './drawn-chart.ts';
import { exportFileName } from '../chart-export/file-name.ts';
import { formatMonth } from '../format/month.ts';
import { readSite } from '../site-data.ts';
import { formatPercent, PERCENT_DECIMALS } from '../views/target-verdict.ts';
import type { EmbeddableChart } from './site-chart.ts';
import { isCityTotal, type TargetYear } from './target-year.ts';

export function targetProgressChart({ year, progress, latest, asOf }: TargetYear): EmbeddableChart {
  const cityTotals = latest.filter(isCityTotal);
  const chartRows = progress.filter(isCityTotal);
  const title = `${year}年全市累计目标完成进度`;
  const description = `全市 ${cityTotals.length} 项累计目标每月的累计完成率（占年度目标的百分比），与时序进度（虚线，月份 ÷ 12）对比，截至${formatMonth(year, asOf)}。`;
  const drawn = drawnChart('target-progress', targetProgress,
    chartRows.map((r) => ({ target_id: r.target_id, name: r.name_zh, month: r.month, completion_pct: r.completion_pct, gap_pp: r.gap_pp })),
    { title, description, decimals: PERCENT_DECIMALS },
  );
  const months = Array.from({ length: asOf }, (_, i) => i + 1);
  return {
    id: 'progress',
    title,
    description,
    ...drawn,
    columns: [
      { key: 'month', label: '月份', header: true },
      { key: 'time', label: '时序进度', numeric: true },
      ...cityTotals.map((t) => ({ key: t.target_id, label: `${t.name_zh}完成率`, numeric: true })),
    ],
    rows: months.map((month) => {
      const inMonth = chartRows.filter((r) => r.month === month);
      return {
        month: formatMonth(year, month),
        time: inMonth[0] ? formatPercent(inMonth[0].time_pct) : '—',
        ...Object.fromEntries(inMonth.map((r) => [r.target_id, formatPercent(r.completion_pct)])),
      };
    }),
    credit: { source: readSite().publisher, asOf: formatMonth(year, asOf) },
    fileName: exportFileName(['targets', 'progress', year]),
    embedPath: '/embed/targets/progress/',
  };
}
