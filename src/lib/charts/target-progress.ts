/**
 * Target progress: cumulative completion by month for one or more targets against 时序进度 (time
 * progress, month ÷ 12), each target labelled at its latest month with how far it runs ahead of or
 * behind time.
 */
import * as Plot from '@observablehq/plot';
import { groups, max, scaleLinear } from 'd3';
import { formatNumber } from '../format/number.ts';
import { labelStep, numberTicks, plotNumberAxis, tickCount } from './axes.ts';
import { finishChart, makeFocusable, plotFrame, textSizes, type ChartOptions } from './frame.ts';
import { endLabelsHeight, fitEndLabels, plotEndLabels } from './end-labels.ts';
import { muted, reference, seriesColor, seriesSymbol } from './palette.ts';
import { describeGap } from '../format/gap.ts';

export interface TargetProgressRow {
  target_id: string;
  /** The target's name, e.g. 技工贸总收入. */
  name: string;
  /** 1–12. */
  month: number;
  /** Cumulative completion, % of the year's target; null for a month not reported yet. */
  completion_pct: number | null;
  /** Completion − time progress, in percentage points (target_progress.gap_pp). */
  gap_pp: number | null;
}

export interface TargetProgressOptions extends ChartOptions {
  /** Decimals for percentages. */
  decimals?: number;
}

/** Time progress at the end of `month`, in %. */
function timeProgress(month: number): number {
  return (month / 12) * 100;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const TIME_LABEL = '时序进度';

type Point = TargetProgressRow & { completion_pct: number; series: number };

export function targetProgress(rows: readonly TargetProgressRow[], options: TargetProgressOptions): SVGSVGElement {
  const { width, decimals = 1 } = options;
  const sizes = textSizes(options.fontSize);
  const percent = (value: number) => `${formatNumber(value, decimals)}%`;
  const targets = groups(rows, (r) => r.target_id).map(([, rs], series) => ({
    name: rs[0]!.name,
    series,
    points: rs.filter((r): r is Point => r.completion_pct !== null).map((r) => ({ ...r, series })).sort((a, b) => a.month - b.month),
  }));
  const points = targets.flatMap((t) => t.points);

  const margin = { top: sizes.line, left: sizes.tick * 3.6, bottom: sizes.line * 1.6 };
  // Month 1 sits in from the y axis so its label clears the 0% tick.
  const inset = sizes.label;
  const { labels, marginRight } = fitEndLabels([
    { x: 12, y: 100, color: reference, lines: [TIME_LABEL] },
    ...targets.flatMap((t) => {
      const last = t.points.at(-1);
      return last
        ? [{ x: last.month, y: last.completion_pct, color: seriesColor(t.series), symbol: seriesSymbol(t.series), lines: [`${t.name} ${percent(last.completion_pct)}`, ...(last.gap_pp === null ? [] : [describeGap(last.gap_pp, decimals)])] }]
        : [];
    }),
  ], sizes, width, margin.left + inset, [1, 12]);
  const height = options.height ?? Math.round(Math.max(width * 0.62, endLabelsHeight(labels, sizes) + margin.top + margin.bottom));
  const x = scaleLinear([1, 12], [margin.left + inset, width - marginRight]);
  const y = scaleLinear([0, Math.max(100, max(points, (p) => p.completion_pct) ?? 0)], [height - margin.bottom, margin.top]).nice();
  const yTicks = numberTicks(y.domain() as [number, number], tickCount(height - margin.top - margin.bottom, sizes, 2.5));
  const monthStep = labelStep(12, width - margin.left - inset - marginRight, sizes, 3.5);

  const svg = Plot.plot({
    ...plotFrame(options, height, { ...margin, right: marginRight }),
    x: { domain: x.domain(), range: x.range() },
    y: { domain: y.domain(), range: y.range() },
    marks: [
      plotNumberAxis('y', { values: yTicks.values, format: (v) => `${yTicks.format(v)}%` }, sizes),
      Plot.axisX(MONTHS.filter((m) => (m - 1) % monthStep === 0), { tickFormat: (m: number) => `${m}月`, tickSize: 0, tickPadding: 6, fontSize: sizes.tick, color: muted, label: null }),
      Plot.line(MONTHS, { x: (m: number) => m, y: timeProgress, stroke: reference, strokeWidth: 2, strokeDasharray: '6 4' }),
      Plot.line(points, { x: 'month', y: 'completion_pct', z: 'target_id', stroke: (p: Point) => seriesColor(p.series), strokeWidth: 3 }),
      Plot.dot(points, {
        x: 'month',
        y: 'completion_pct',
        r: sizes.label * 0.25,
        symbol: (p: Point) => seriesSymbol(p.series),
        fill: (p: Point) => seriesColor(p.series),
        stroke: '#fff',
        title: (p: Point) => `${p.name}，${p.month}月：完成 ${percent(p.completion_pct)}（${TIME_LABEL} ${percent(timeProgress(p.month))}）`,
        className: 'points',
      }),
      plotEndLabels(labels, sizes, y),
    ],
  }) as SVGSVGElement;

  makeFocusable([...(svg.querySelector('g.points')?.children ?? [])]);
  return finishChart(svg, options);
}
