/** The targets page's lead: the city's targets as bullet bars over the whole year against 时序进度, as the briefing shows them. */
import { targetBullets } from '../charts/target-bullets.ts';
import { exportFileName } from '../chart-export/file-name.ts';
import { bulletRows, type TargetsSlide } from '../briefing/targets-slide.ts';
import { readSite } from '../site-data.ts';
import { formatPercent } from '../views/target-verdict.ts';
import { drawnChart } from './drawn-chart.ts';
import type { SiteChart } from './site-chart.ts';

export function targetBulletsChart(slide: TargetsSlide, year: number): SiteChart {
  const rows = bulletRows(slide);
  const title = `${year}年全市目标完成情况（截至${slide.asOf}）`;
  const description = `每项累计目标一条横条，满格为全年目标（12月末时序进度 100%）；黑色竖线为当前时序进度 ${formatPercent(slide.timePct)}。`
    + '落后时序进度的目标为橙色；里程碑以文字说明是否完成。';
  return {
    id: 'bullets',
    title,
    description,
    ...drawnChart('target-bullets', targetBullets, rows, { title, description, timePct: slide.timePct, timeText: formatPercent(slide.timePct) }),
    columns: [
      { key: 'name', label: '目标', header: true },
      { key: 'completion', label: '完成率', numeric: true },
      { key: 'detail', label: '较时序进度 / 说明' },
      { key: 'status', label: '判断' },
    ],
    rows: rows.map((r) => ({ name: r.name, completion: r.kind === 'cumulative' ? r.completion_text : '—', detail: r.detail, status: r.status_text })),
    credit: { source: readSite().publisher, asOf: slide.asOf },
    fileName: exportFileName(['targets', 'bullets', year]),
  };
}
