/**
 * Category bars: one park's score in each category as a bar inside an outline of the points
 * available, with the provincial median (a line across the bar) and the best park's score (a
 * triangle under it). Each category's name and score sit on a line above its bar, so bars get the
 * full width on a phone.
 */
import * as Plot from '@observablehq/plot';
import { max, scaleLinear } from 'd3';
import { formatNumber } from '../format/number.ts';
import { plotNumberAxis } from './axes.ts';
import { numberTicks, tickCount } from './ticks.ts';
import { type AreaOption, type ChartOptions, finishChart, makeFocusable, pixelY, plotFrame, textSizes } from './frame.ts';
import { textWidth } from './labels.ts';
import { ink, muted, primary } from './palette.ts';

export interface CategoryBarRow {
  /** The category's display name, e.g. 发展质量. */
  category: string;
  /** The park's score. */
  score: number;
  /** Points available in the category. */
  points: number;
  /** Provincial median score in the category. */
  median: number;
  /** The best park's score in the category. */
  best: number;
  /** A mark after the score that a note under the chart explains, e.g. * for a score above full marks. */
  note?: string;
}

export interface CategoryBarOptions extends ChartOptions, AreaOption {
  /** Decimals for scores. */
  decimals?: number;
}

export function categoryBars(rows: readonly CategoryBarRow[], options: CategoryBarOptions): SVGSVGElement {
  const { width, decimals = 2 } = options;
  const sizes = textSizes(options.fontSize);
  const format = (value: number) => formatNumber(value, decimals);
  const medianKeyText = `${options.area}中位数`;
  const bestKeyText = `${options.area}最高`;
  const bar = Math.round(sizes.label * 1.1);
  const marker = sizes.label * 0.4;
  const rowHeight = sizes.line + bar + 2 * marker + sizes.label * 0.3;
  const margin = { top: sizes.line * 1.65, left: sizes.label * 0.5, right: sizes.label, bottom: sizes.line * 1.6 };
  const height = options.height ?? Math.round(margin.top + rows.length * rowHeight + margin.bottom);

  const nameY = (_: CategoryBarRow, i: number) => margin.top + i * rowHeight + sizes.line * 0.5;
  const barTop = (d: CategoryBarRow, i: number) => nameY(d, i) + sizes.line * 0.6;
  const barBottom = (d: CategoryBarRow, i: number) => barTop(d, i) + bar;
  const domain: [number, number] = [0, max(rows, (r) => Math.max(r.points, r.score, r.best)) ?? 1];
  const ticks = numberTicks(domain, tickCount(width - margin.left - margin.right, sizes, 5));
  const x = scaleLinear(domain, [margin.left, width - margin.right]);

  // The key names the two reference marks once, drawn as they are in the rows (positions in px).
  // Low enough that a CJK glyph box (taller than the text size) stays inside the top edge.
  const keyY = sizes.line * 0.75;
  const medianKey = margin.left + marker;
  const bestKey = medianKey + 2 * marker + textWidth(medianKeyText, sizes.tick) + sizes.label;
  const keyLabels = [{ text: medianKeyText, at: medianKey + marker + 6 }, { text: bestKeyText, at: bestKey + marker + 6 }];

  const svg = Plot.plot({
    ...plotFrame(options, height, margin),
    x: { domain, range: x.range() },
    y: pixelY,
    marks: [
      plotNumberAxis('x', ticks, sizes),
      Plot.rect(rows, { x1: 0, x2: 'points', y1: barTop, y2: barBottom, fill: '#fff', stroke: muted, strokeWidth: 1.5 }),
      Plot.rect(rows, {
        x1: 0,
        x2: 'score',
        y1: barTop,
        y2: barBottom,
        fill: primary,
        title: (d: CategoryBarRow) => `${d.category}：${format(d.score)} 分（满分 ${format(d.points)}）；${medianKeyText} ${format(d.median)}，${bestKeyText} ${format(d.best)}`,
        className: 'scores',
      }),
      Plot.ruleX(rows, { x: 'median', y1: (d: CategoryBarRow, i: number) => barTop(d, i) - 4, y2: (d: CategoryBarRow, i: number) => barBottom(d, i) + 4, stroke: ink, strokeWidth: 3 }),
      Plot.dot(rows, { x: 'best', y: (d: CategoryBarRow, i: number) => barBottom(d, i) + marker + 2, symbol: 'triangle', r: marker, fill: ink }),
      Plot.text(rows, { x: 0, y: nameY, text: 'category', textAnchor: 'start', fontSize: sizes.label, fill: ink }),
      Plot.text(rows, { x: domain[1], y: nameY, text: (d: CategoryBarRow) => `${format(d.score)} / ${format(d.points)} 分${d.note ?? ''}`, textAnchor: 'end', fontSize: sizes.label, fontWeight: 'bold', fill: ink }),
      Plot.ruleX([medianKey], { x: x.invert, y1: () => keyY - marker * 1.4, y2: () => keyY + marker * 1.4, stroke: ink, strokeWidth: 3 }),
      Plot.dot([bestKey], { x: x.invert, y: () => keyY, symbol: 'triangle', r: marker, fill: ink }),
      Plot.text(keyLabels, { x: (k: (typeof keyLabels)[number]) => x.invert(k.at), y: () => keyY, text: 'text', textAnchor: 'start', fontSize: sizes.tick, fill: muted }),
    ],
  }) as SVGSVGElement;

  makeFocusable([...(svg.querySelector('g.scores')?.children ?? [])]);
  return finishChart(svg, options);
}
