/** Number axes for Plot charts, in the style of ./ticks.ts (kept apart so D3-only charts load no Plot). */
import * as Plot from '@observablehq/plot';
import { grid, muted } from './palette.ts';
import type { TextSizes } from './frame.ts';
import type { NumberTicks } from './ticks.ts';

/** Plot marks for a number axis with gridlines across the frame. */
export function plotNumberAxis(dimension: 'x' | 'y', ticks: NumberTicks, sizes: TextSizes, label?: string): Plot.Markish[] {
  const common = { ticks: ticks.values, tickFormat: ticks.format, tickSize: 0, fontSize: sizes.tick, color: muted, label: label ?? null };
  return dimension === 'x'
    ? [Plot.gridX(ticks.values, { stroke: grid, strokeOpacity: 1 }), Plot.axisX({ ...common, tickPadding: 6, labelAnchor: 'right', labelArrow: 'none', labelOffset: sizes.tick * 2.4 })]
    : [Plot.gridY(ticks.values, { stroke: grid, strokeOpacity: 1 }), Plot.axisY({ ...common, tickPadding: 6, labelAnchor: 'top', labelArrow: 'none' })];
}
