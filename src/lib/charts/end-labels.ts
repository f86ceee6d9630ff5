/**
 * Direct labels at the ends of line series (Plot charts): each label starts with its series'
 * symbol in its colour (a reference line has no symbol and muted text), sits level with the
 * series' last point, and is nudged apart from its neighbours.
 */
import * as Plot from '@observablehq/plot';
import { max, type ScaleLinear } from 'd3';
import { dodgeSpans, halo, textWidth, wrapText } from './labels.ts';
import { ink, muted } from './palette.ts';
import type { TextSizes } from './frame.ts';

export interface EndLabel {
  /** The series' last point, in data units. */
  x: number;
  y: number;
  lines: string[];
  color: string;
  /** The series' symbol; none for a reference line. */
  symbol?: string;
}

/** Labels may take this share of the plot's width, or the room right of their point if more. */
const MAX_SHARE = 0.45;

/** Room between the point and the label's symbol, the symbol, and the room after it. */
function gutter(sizes: TextSizes) {
  const r = sizes.label * 0.3;
  return { r, symbolAt: sizes.label * 0.5 + r, textAt: sizes.label * 0.5 + 2 * r + 6 };
}

/**
 * Wraps the labels to fit, and returns them with the right margin that keeps each one inside the
 * drawing beside its point, for a plot from `left` to the right margin over the x `domain`.
 */
export function fitEndLabels(labels: readonly EndLabel[], sizes: TextSizes, width: number, left: number, [lo, hi]: readonly [number, number]): { labels: EndLabel[]; marginRight: number } {
  const span = width - left;
  const { textAt } = gutter(sizes);
  const wrapped = labels.map((l) => {
    const room = Math.max(span * MAX_SHARE, span * ((hi - l.x) / (hi - lo)) - textAt);
    return { ...l, lines: l.lines.flatMap((line) => wrapText(line, room, sizes.label)) };
  });
  // With the plot ending `right` from the edge, a label at fraction f along x ends at
  // left + f × (span − right) + textAt + its width, which must stay within the width.
  const right = max(wrapped, (l) => {
    const f = (l.x - lo) / (hi - lo);
    const room = textAt + (max(l.lines, (line) => textWidth(line, sizes.label)) ?? 0);
    return f > 0 ? span - (span - room) / f : 0;
  }) ?? 0;
  return { labels: wrapped, marginRight: Math.max(sizes.label, Math.ceil(right)) };
}

/** Room between stacked labels. */
const padding = (sizes: TextSizes) => sizes.label * 0.4;

/** The height `labels` take stacked one above another: a plot at least this tall never overlaps them. */
export function endLabelsHeight(labels: readonly EndLabel[], sizes: TextSizes): number {
  return labels.reduce((sum, l) => sum + l.lines.length * sizes.line + padding(sizes), 0);
}

/** Plot marks drawing `labels` beside their points; `y` is the chart's y scale. */
export function plotEndLabels(labels: readonly EndLabel[], sizes: TextSizes, y: ScaleLinear<number, number>): Plot.Markish[] {
  const [bottom, top] = y.range() as [number, number];
  const centres = dodgeSpans(labels.map((l) => ({ at: y(l.y), size: l.lines.length * sizes.line })), [top - sizes.line / 2, bottom], padding(sizes));
  const firstLine = (l: EndLabel, i: number) => y.invert(centres[i]! - ((l.lines.length - 1) * sizes.line) / 2);
  const { r, symbolAt, textAt } = gutter(sizes);
  return [
    Plot.dot(labels.filter((l) => l.symbol), { x: 'x', y: (l: EndLabel) => firstLine(l, labels.indexOf(l)), dx: symbolAt, r, symbol: 'symbol', fill: 'color' }),
    Plot.text(labels, {
      x: 'x',
      y: (_: EndLabel, i: number) => y.invert(centres[i]!),
      dx: textAt,
      text: (l: EndLabel) => l.lines.join('\n'),
      lineHeight: sizes.line / sizes.label,
      textAnchor: 'start',
      fontSize: sizes.label,
      fill: (l: EndLabel) => (l.symbol ? ink : muted),
      ...halo,
    }),
  ];
}
