/** Ticks and gridlines in one style for every chart, without Plot: light gridlines, muted tick labels, Chinese number style. */
import { precisionFixed, ticks as linearTicks, type Selection } from 'd3';
import { formatNumber } from '../format/number.ts';
import { grid, muted } from './palette.ts';
import type { TextSizes } from './frame.ts';

export interface NumberTicks {
  values: number[];
  format: (value: number) => string;
}

/** About `count` round ticks over [lo, hi], formatted with as many decimals as their step needs. */
export function numberTicks([lo, hi]: readonly [number, number], count: number): NumberTicks {
  const values = linearTicks(lo, hi, Math.max(2, count));
  const step = values.length > 1 ? values[1]! - values[0]! : 1;
  const decimals = precisionFixed(step);
  return { values, format: (value) => formatNumber(value, decimals) };
}

/** How many ticks fit along `length` px when each needs about `ems` em of room. */
export function tickCount(length: number, sizes: TextSizes, ems: number): number {
  return Math.max(2, Math.floor(length / (ems * sizes.tick)));
}

/**
 * Label every how many of `count` evenly spaced positions (months, periods) along `length` px,
 * when each label needs about `ems` em of room.
 */
export function labelStep(count: number, length: number, sizes: TextSizes, ems: number): number {
  const fit = Math.max(1, Math.floor(length / (ems * sizes.tick)));
  return Math.max(1, Math.ceil((count - 1) / fit));
}

type Layer = Selection<SVGGElement, unknown, null, undefined>;

interface GridOptions {
  /** Where a tick value goes. */
  position: (value: number) => number;
  /** The frame's extent across the gridlines. */
  across: readonly [number, number];
  /** Tick label text for a value. */
  format: (value: number) => string;
  sizes: TextSizes;
}

/** Horizontal gridlines with tick labels at the left, for D3 charts. */
export function drawGridY(layer: Layer, values: readonly number[], { position, across: [x1, x2], format, sizes }: GridOptions): void {
  const tick = layer.append('g').attr('aria-hidden', 'true').selectAll('g').data(values).join('g')
    .attr('transform', (v) => `translate(0,${position(v)})`);
  tick.append('line').attr('x1', x1).attr('x2', x2).attr('stroke', grid);
  tick.append('text').attr('x', x1 - 6).attr('dy', '0.32em').attr('text-anchor', 'end')
    .attr('fill', muted).attr('font-size', sizes.tick).attr('font-variant', 'tabular-nums').text(format);
}

/** Vertical gridlines with tick labels underneath, for D3 charts. */
export function drawGridX(layer: Layer, values: readonly number[], { position, across: [y1, y2], format, sizes }: GridOptions): void {
  const tick = layer.append('g').attr('aria-hidden', 'true').selectAll('g').data(values).join('g')
    .attr('transform', (v) => `translate(${position(v)},0)`);
  tick.append('line').attr('y1', y1).attr('y2', y2).attr('stroke', grid);
  tick.append('text').attr('y', y2 + 6).attr('dy', '0.71em').attr('text-anchor', 'middle')
    .attr('fill', muted).attr('font-size', sizes.tick).attr('font-variant', 'tabular-nums').text(format);
}
