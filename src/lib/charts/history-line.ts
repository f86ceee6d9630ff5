/**
 * History line: one park's value across periods against the provincial median, both labelled at
 * their right ends. The park is a solid line with filled dots, the median a dashed line with
 * hollow squares. A period without a value leaves a gap.
 */
import * as Plot from '@observablehq/plot';
import { extent, max, scaleLinear } from 'd3';
import { formatNumber } from '../format/number.ts';
import { plotNumberAxis } from './axes.ts';
import { labelStep, numberTicks, tickCount } from './ticks.ts';
import { endLabelsHeight, fitEndLabels, plotEndLabels } from './end-labels.ts';
import { type AreaOption, type ChartOptions, finishChart, makeFocusable, plotFrame, textSizes } from './frame.ts';
import { textWidth } from './labels.ts';
import { muted, primary, reference } from './palette.ts';

export interface HistoryRow {
  period: string;
  /** The park's value; null when it has none that period. */
  value: number | null;
  /** The provincial median that period. */
  median: number | null;
}

export interface HistoryOptions extends ChartOptions, AreaOption {
  /** The park's name, for its label and tooltips. */
  name: string;
  /** The value's unit, e.g. 万元/亩. */
  unit?: string;
  decimals?: number;
}

interface Series {
  key: 'value' | 'median';
  label: string;
  color: string;
  symbol: string;
  fill: string;
  dash: string | undefined;
}

interface Point {
  series: Series;
  /** The period's position along x. */
  index: number;
  period: string;
  value: number;
}

export function historyLine(rows: readonly HistoryRow[], options: HistoryOptions): SVGSVGElement {
  const { width, name, unit = '', decimals = 2 } = options;
  const sizes = textSizes(options.fontSize);
  const format = (value: number) => `${formatNumber(value, decimals)}${unit}`;
  const series: Series[] = [
    { key: 'value', label: name, color: primary, symbol: 'circle', fill: primary, dash: undefined },
    { key: 'median', label: `${options.area}中位数`, color: reference, symbol: 'square', fill: '#fff', dash: '6 4' },
  ];
  // Each series is drawn as one line with gaps: a missing value is NaN, which Plot's line skips.
  const lines = series.map((s) => rows.map((row, index) => ({ series: s, index, period: row.period, value: row[s.key] ?? NaN })));
  const points = lines.flat().filter((p) => Number.isFinite(p.value));

  const margin = { top: sizes.line, left: sizes.tick * 4, bottom: sizes.line * 1.6 };
  const inset = sizes.label;
  const last = Math.max(1, rows.length - 1);
  const { labels, marginRight } = fitEndLabels(series.flatMap((s, i) => {
    const end = lines[i]!.findLast((p) => Number.isFinite(p.value));
    return end ? [{ x: end.index, y: end.value, color: s.color, symbol: s.symbol, lines: [`${s.label} ${format(end.value)}`] }] : [];
  }), sizes, width, margin.left + inset, [0, last]);
  const height = options.height ?? Math.round(Math.max(width * 0.55, endLabelsHeight(labels, sizes) + margin.top + margin.bottom));
  const x = scaleLinear([0, last], [margin.left + inset, width - marginRight]);
  const [lo = 0, hi = 1] = extent(points, (p) => p.value);
  const y = scaleLinear([lo, hi], [height - margin.bottom, margin.top]).nice();
  const yTicks = numberTicks(y.domain() as [number, number], tickCount(height - margin.top - margin.bottom, sizes, 2.5));
  const periodEms = (max(rows, (r) => textWidth(r.period, sizes.tick)) ?? 0) / sizes.tick + 1.5;
  const periodStep = labelStep(rows.length, width - margin.left - inset - marginRight, sizes, periodEms);

  const svg = Plot.plot({
    ...plotFrame(options, height, { ...margin, right: marginRight }),
    x: { domain: x.domain(), range: x.range() },
    y: { domain: y.domain(), range: y.range() },
    marks: [
      plotNumberAxis('y', yTicks, sizes),
      Plot.axisX(rows.map((_, i) => i).filter((i) => (last - i) % periodStep === 0), {
        tickFormat: (i: number) => rows[i]!.period, tickSize: 0, tickPadding: 6, fontSize: sizes.tick, color: muted, label: null,
      }),
      series.map(({ color, dash }, i) => Plot.line(lines[i]!, { x: 'index', y: 'value', stroke: color, strokeWidth: dash ? 2 : 3, strokeDasharray: dash })),
      Plot.dot(points, {
        x: 'index',
        y: 'value',
        r: sizes.label * 0.25,
        symbol: (p: Point) => p.series.symbol,
        fill: (p: Point) => p.series.fill,
        stroke: (p: Point) => p.series.color,
        strokeWidth: 2,
        title: (p: Point) => `${p.series.label}，${p.period}：${format(p.value)}`,
        className: 'points',
      }),
      plotEndLabels(labels, sizes, y),
    ],
  }) as SVGSVGElement;

  makeFocusable([...(svg.querySelector('g.points')?.children ?? [])]);
  return finishChart(svg, options);
}
