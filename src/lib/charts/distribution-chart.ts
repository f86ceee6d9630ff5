/**
 * Distribution chart: one indicator's values across all parks in a period as a beeswarm along x,
 * with the median and the benchmark as rules labelled at their feet. Home-city parks are filled
 * diamonds (the rest hollow circles) on the top edge of the swarm, named above it where the names
 * fit.
 */
import * as Plot from '@observablehq/plot';
import { extent, median, scaleLinear } from 'd3';
import { formatNumber } from '../format/number.ts';
import { plotNumberAxis } from './axes.ts';
import { numberTicks, tickCount } from './ticks.ts';
import { beeswarm } from './beeswarm.ts';
import { finishChart, makeFocusable, pixelY, plotFrame, textSizes, type ChartOptions } from './frame.ts';
import { assignLanes, BOLD_WIDTH, extentsAround, halo, textWidth, type LabelSide } from './labels.ts';
import { home, ink, primary, reference } from './palette.ts';

export interface DistributionRow {
  park_id: string;
  name: string;
  /** Null when the park has no value; such parks are left out. */
  value: number | null;
  /** A home-city park. */
  highlight: boolean;
}

export interface DistributionOptions extends ChartOptions {
  /** The period's benchmark (标杆值), drawn as a dashed rule; none for min–max indicators. */
  benchmark?: number | null;
  /** The indicator's unit, shown on the axis and in tooltips. */
  unit?: string;
  /** Decimals for values in labels and tooltips. */
  decimals?: number;
  /** The median rule's value when the rows are not one per park; else the rows' median. */
  median?: number;
}

type Park = DistributionRow & { value: number };

/** Rows of labels above and below the swarm; names that fit in none are left to the tooltip. */
const MAX_LANES = 3;
/** A swarm taller than this share of the width gets smaller dots. */
const MAX_SWARM_ASPECT = 0.4;

/**
 * Dots sized to the text, shrunk (down to a floor) when a crowded swarm would be taller than
 * `maxHeight`: a swarm's height grows with the square of the radius.
 */
function fitSwarm(xs: readonly number[], upward: readonly boolean[], fontSize: number, maxHeight: number): { r: number; offsets: number[] } {
  const spread = (offsets: number[], r: number) => Math.max(0, ...offsets) - Math.min(0, ...offsets) + 2 * r;
  const r = fontSize * 0.25;
  const offsets = beeswarm(xs, r, upward);
  const height = spread(offsets, r);
  if (height <= maxHeight) return { r, offsets };
  const smaller = Math.max(fontSize * 0.15, r * Math.sqrt(maxHeight / height));
  return { r: smaller, offsets: beeswarm(xs, smaller, upward) };
}

interface Label {
  text: string;
  /** Value the label points at. */
  value: number;
  /** The labelled park's index in `parks` (named above the swarm); null for a reference rule (below). */
  park: number | null;
  dash: string | null;
  /** Preferred places beside the leader. */
  order: readonly LabelSide[];
}

type PlacedLabel = Label & { at: number; lane: number };

export function distributionChart(rows: readonly DistributionRow[], options: DistributionOptions): SVGSVGElement {
  const { width, unit = '', decimals = 2, benchmark = null } = options;
  const sizes = textSizes(options.fontSize);
  const format = (value: number) => formatNumber(value, decimals);
  // Home-city parks are placed last and only upward: on the swarm's top edge, where leaders from
  // their names reach them without crossing other dots.
  const parks = rows.filter((r): r is Park => r.value !== null && Number.isFinite(r.value))
    .sort((a, b) => Number(a.highlight) - Number(b.highlight));
  const mid = options.median ?? median(parks, (p) => p.value) ?? null;

  const margin = { left: sizes.label, right: sizes.label, bottom: sizes.line * 2.4 };
  const [lo = 0, hi = 1] = extent([...parks.map((p) => p.value), ...(benchmark === null ? [] : [benchmark])]);
  const x = scaleLinear().domain([lo, hi]).range([margin.left, width - margin.right]).nice();
  const ticks = numberTicks(x.domain() as [number, number], tickCount(width - margin.left - margin.right, sizes, 5));
  const { r, offsets } = fitSwarm(parks.map((p) => x(p.value)), parks.map((p) => p.highlight), sizes.label, width * MAX_SWARM_ASPECT);

  // The median's label goes on the side away from the benchmark, the benchmark's on the other; the
  // one nearer the middle takes the inner lane, so the other's rule can pass beside it.
  const benchmarkAbove = benchmark !== null && mid !== null && benchmark >= mid;
  const references: Label[] = [
    ...(mid === null ? [] : [{ text: `中位数 ${format(mid)}`, value: mid, park: null, dash: null, order: benchmarkAbove ? ['end', 'start', 'middle'] as const : ['start', 'end', 'middle'] as const }]),
    ...(benchmark === null ? [] : [{ text: `标杆值 ${format(benchmark)}`, value: benchmark, park: null, dash: '6 4', order: benchmarkAbove ? ['start', 'end', 'middle'] as const : ['end', 'start', 'middle'] as const }]),
  ];
  const middle = (x.range()[0]! + x.range()[1]!) / 2;
  references.sort((a, b) => Math.abs(x(a.value) - middle) - Math.abs(x(b.value) - middle));
  const names = parks
    .flatMap((p, i): Label[] => (p.highlight ? [{ text: p.name, value: p.value, park: i, dash: null, order: ['middle', 'start', 'end'] }] : []))
    .sort((a, b) => a.value - b.value);
  const place = (wanted: Label[]): PlacedLabel[] => {
    const places = assignLanes(wanted.map((w) => ({
      anchor: x(w.value),
      // Park names are bold.
      extents: extentsAround(x(w.value), textWidth(w.text, sizes.label * (w.park === null ? 1 : BOLD_WIDTH)), [0, width], w.order),
    })), MAX_LANES);
    return wanted.flatMap((w, i) => {
      const p = places[i];
      return p ? [{ ...w, at: (p.extent[0] + p.extent[1]) / 2, lane: p.lane }] : [];
    });
  };
  const [parkLabels, referenceLabels] = [place(names), place(references)];
  const laneCount = (labels: PlacedLabel[]) => Math.max(0, ...labels.map((l) => l.lane + 1));

  const gap = sizes.label * 0.5;
  const marginTop = laneCount(parkLabels) * sizes.line + gap;
  const centre = marginTop + Math.max(0, ...offsets) + r;
  const swarmBottom = centre + Math.max(0, ...offsets.map((o) => -o)) + r;
  const frameBottom = swarmBottom + laneCount(referenceLabels) * sizes.line + gap;
  const height = options.height ?? Math.round(frameBottom + margin.bottom);
  const y = offsets.map((o) => centre - o);
  const labelY = (l: PlacedLabel) => (l.park === null ? swarmBottom + gap + (l.lane + 0.5) * sizes.line : marginTop - gap - (l.lane + 0.5) * sizes.line);
  // Leaders run from the label's edge facing the swarm: a name's to just above its dot, a
  // reference's (its rule) up across the swarm.
  const labelEdge = (l: PlacedLabel) => labelY(l) + (l.park === null ? -1 : 1) * sizes.label * 0.6;
  const labelText = (subset: PlacedLabel[], fontWeight: string) =>
    Plot.text(subset, { x: (l: PlacedLabel) => x.invert(l.at), y: labelY, text: 'text', fontSize: sizes.label, fontWeight, fill: ink, ...halo });

  const svg = Plot.plot({
    ...plotFrame(options, height, { top: marginTop, right: margin.right, bottom: height - frameBottom, left: margin.left }),
    x: { domain: x.domain(), range: x.range() },
    y: pixelY,
    marks: [
      plotNumberAxis('x', ticks, sizes, unit || undefined),
      // A reference whose label found no room still gets its rule, named by its tooltip.
      references.map((ref) => {
        const label = referenceLabels.find((l) => l.text === ref.text);
        return Plot.link([ref], {
          x1: 'value', x2: 'value', y1: () => marginTop, y2: () => (label ? labelEdge(label) : swarmBottom),
          stroke: reference, strokeWidth: 2, strokeDasharray: ref.dash ?? undefined, title: 'text',
        });
      }),
      Plot.link(parkLabels, { x1: 'value', x2: 'value', y1: labelEdge, y2: (l: PlacedLabel) => y[l.park!]! - r * 1.8, stroke: ink, strokeWidth: 1 }),
      Plot.dot(parks, {
        x: 'value',
        y: (_: Park, i: number) => y[i]!,
        r,
        symbol: (p: Park) => (p.highlight ? 'diamond' : 'circle'),
        fill: (p: Park) => (p.highlight ? home : '#fff'),
        stroke: (p: Park) => (p.highlight ? ink : primary),
        strokeWidth: 1.5,
        title: (p: Park) => `${p.name}：${format(p.value)}${unit}`,
        className: 'parks',
      }),
      labelText(referenceLabels, 'normal'),
      labelText(parkLabels, 'bold'),
    ],
  }) as SVGSVGElement;

  const dots = [...(svg.querySelector('g.parks')?.children ?? [])];
  makeFocusable(dots.filter((_, i) => parks[i]!.highlight));
  return finishChart(svg, options);
}
