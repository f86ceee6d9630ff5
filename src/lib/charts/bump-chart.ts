/**
 * Bump chart: a few parks' province ranks across periods, rank 1 at the top, one line per park,
 * labelled at its right end. A period where a park was not ranked (vetoed, or not yet evaluated)
 * leaves a gap in its line.
 */
import { line, max, scaleLinear, scalePoint, select, symbol, symbolCircle, symbolDiamond, ticks, type ScaleLinear, type ScalePoint } from 'd3';
import { drawGridY, labelStep } from './axes.ts';
import { appendTextLines, dodgeSpans, textWidth, wrapText } from './labels.ts';
import { createSvg, finishChart, makeFocusable, textSizes, type ChartOptions } from './frame.ts';
import { grid, muted, seriesColor } from './palette.ts';

export interface BumpRow {
  period: string;
  park_id: string;
  name: string;
  /** Province rank; null when the park was not ranked that period. */
  rank: number | null;
  /** A home-city park: drawn with a heavier line, filled diamonds and a bold label. */
  highlight: boolean;
}

export interface BumpOptions extends ChartOptions {
  /** The periods along x, earliest first; by default the rows' periods in sorted order. */
  periods?: readonly string[];
  /** The last rank on the axis, e.g. how many parks were ranked; by default the lowest rank in the rows. */
  maxRank?: number;
  /** Periods that start a new method: no line joins a rank to the one before it (口径变化). */
  breakBefore?: ReadonlySet<string>;
}

interface ParkLine {
  park_id: string;
  name: string;
  highlight: boolean;
  color: string;
  /** One entry per period, in period order. */
  ranks: (number | null)[];
}

interface BumpLayout {
  x: ScalePoint<string>;
  y: ScaleLinear<number, number>;
  periods: readonly string[];
  parks: ParkLine[];
  height: number;
  /** Where the frame ends and the label column starts. */
  right: number;
  labelWidth: number;
}

const DEFAULT_ASPECT = 0.6;

function parkLines(rows: readonly BumpRow[], periods: readonly string[]): ParkLine[] {
  const byPark = new Map<string, ParkLine>();
  for (const row of rows) {
    let park = byPark.get(row.park_id);
    if (!park) {
      park = { park_id: row.park_id, name: row.name, highlight: row.highlight, color: seriesColor(byPark.size), ranks: periods.map(() => null) };
      byPark.set(row.park_id, park);
    }
    const at = periods.indexOf(row.period);
    if (at >= 0) park.ranks[at] = row.rank;
  }
  return [...byPark.values()];
}

/** The park's latest rank; from an earlier period it says which (2023年第19位), never a rank for a period without one. */
function rankLabel(park: ParkLine, periods: readonly string[]): string {
  const last = park.ranks.findLastIndex((rank) => rank !== null);
  if (last < 0) return '未排名';
  return last === park.ranks.length - 1 ? `第${park.ranks[last]}位` : `${periods[last]}年第${park.ranks[last]}位`;
}

const labelText = (park: ParkLine, periods: readonly string[]) => `${park.name} ${rankLabel(park, periods)}`;

function bumpLayout(rows: readonly BumpRow[], options: BumpOptions): BumpLayout {
  const { width } = options;
  const sizes = textSizes(width);
  const periods = options.periods ?? [...new Set(rows.map((r) => r.period))].sort();
  const parks = parkLines(rows, periods);
  const maxRank = Math.max(2, options.maxRank ?? max(rows, (r) => r.rank) ?? 2);
  const left = textWidth(String(maxRank), sizes.tick) + 14;
  const widest = max(parks, (p) => textWidth(labelText(p, periods), sizes.label)) ?? 0;
  // Long park names wrap rather than squeeze the lines.
  const labelWidth = Math.min(widest, width * 0.3);
  // Tall enough for every end label to sit apart from the others.
  const labelLines = parks.reduce((sum, p) => sum + wrapText(labelText(p, periods), labelWidth, sizes.label).length, 0);
  const height = options.height ?? Math.max(Math.round(width * DEFAULT_ASPECT), Math.round((labelLines + 3) * sizes.line));
  const right = width - labelWidth - sizes.label * 1.6;
  return {
    x: scalePoint<string>().domain(periods).range([left, right]).padding(0.2),
    y: scaleLinear().domain([1, maxRank]).range([sizes.line * 1.6, height - sizes.line * 2]),
    periods,
    parks,
    height,
    right,
    labelWidth,
  };
}

/** The chart's scales, to place things on it (or check where a mark went). */
export function bumpScales(rows: readonly BumpRow[], options: BumpOptions): { x: ScalePoint<string>; y: ScaleLinear<number, number> } {
  const { x, y } = bumpLayout(rows, options);
  return { x, y };
}

/** Rank 1 and the last rank always, and round ranks between that don't crowd them. */
function rankTicks(y: ScaleLinear<number, number>, minGap: number): number[] {
  const [, maxRank] = y.domain() as [number, number];
  const count = Math.max(2, Math.floor(Math.abs(y(maxRank) - y(1)) / (minGap * 2.5)));
  const between = ticks(1, maxRank, count).filter((t) => Number.isInteger(t) && y(t) - y(1) >= minGap && y(maxRank) - y(t) >= minGap);
  return [1, ...between, maxRank];
}

export function bumpChart(rows: readonly BumpRow[], options: BumpOptions): SVGSVGElement {
  const { document, width } = options;
  const sizes = textSizes(width);
  const { x, y, periods, parks, height, right, labelWidth } = bumpLayout(rows, options);
  const [top, bottom] = y.range() as [number, number];
  const svg = select(createSvg(document, width, height));

  drawGridY(svg.append('g'), rankTicks(y, sizes.tick * 1.4), { position: y, across: [x.range()[0], right], format: String, sizes });
  svg.append('text').attr('x', x.range()[0] - 6).attr('y', top - sizes.line).attr('text-anchor', 'end')
    .attr('fill', muted).attr('font-size', sizes.tick).text('名次');
  const periodAxis = svg.append('g').attr('aria-hidden', 'true').selectAll('g').data(periods).join('g')
    .attr('transform', (p) => `translate(${x(p)},0)`);
  periodAxis.append('line').attr('y1', top).attr('y2', bottom).attr('stroke', grid);
  const periodEms = (max(periods, (p) => textWidth(p, sizes.tick)) ?? 0) / sizes.tick + 1.5;
  const step = labelStep(periods.length, right - x.range()[0], sizes, periodEms);
  periodAxis.filter((_, i) => (periods.length - 1 - i) % step === 0).append('text').attr('y', bottom + sizes.line).attr('text-anchor', 'middle')
    .attr('fill', muted).attr('font-size', sizes.tick).text((p) => p);

  const rankLine = line<number | null>()
    .defined((rank) => rank !== null)
    .x((_, i) => x(periods[i]!)!)
    .y((rank) => y(rank!));
  const markerSize = (park: ParkLine) => (park.highlight ? 1.6 : 1.1) * sizes.label * 4;
  const marker = (park: ParkLine) => symbol(park.highlight ? symbolDiamond : symbolCircle, markerSize(park))()!;
  const strokeWidth = (park: ParkLine) => (park.highlight ? 3.5 : 2);

  const series = svg.append('g').selectAll('g').data(parks).join('g').attr('data-mark', (p) => p.name);
  const breaks = periods.flatMap((p, i) => (i > 0 && options.breakBefore?.has(p) ? [i] : []));
  const segments = (ranks: readonly (number | null)[]) => [0, ...breaks].map((from, k) => {
    const to = breaks[k] ?? ranks.length;
    return ranks.map((rank, i) => (i >= from && i < to ? rank : null));
  });
  series.selectAll(null).data((p) => segments(p.ranks).map((ranks) => ({ park: p, ranks }))).join('path')
    .attr('d', (d) => rankLine(d.ranks)).attr('fill', 'none')
    .attr('stroke', (d) => d.park.color).attr('stroke-width', (d) => strokeWidth(d.park)).attr('stroke-linejoin', 'round');
  const points = series.append('g').attr('class', 'points').selectAll('path')
    .data((park) => park.ranks.flatMap((rank, i) => (rank === null ? [] : [{ park, rank, period: periods[i]! }])))
    .join('path')
    .attr('transform', (d) => `translate(${x(d.period)},${y(d.rank)})`)
    .attr('d', (d) => marker(d.park))
    .attr('fill', (d) => (d.park.highlight ? d.park.color : '#fff'))
    .attr('stroke', (d) => d.park.color)
    .attr('stroke-width', (d) => strokeWidth(d.park));
  points.append('title').text((d) => `${d.park.name}，${d.period}：全省第${d.rank}位`);

  // Each label sits level with the park's last ranked point, nudged apart from its neighbours; a
  // dotted leader (never mistaken for the line itself across a gap) joins them.
  const labelled = parks.flatMap((park) => {
    const last = park.ranks.findLastIndex((rank) => rank !== null);
    if (last < 0) return [];
    const lines = wrapText(labelText(park, periods), labelWidth, sizes.label);
    return [{ park, lines, from: [x(periods[last]!)!, y(park.ranks[last]!)] as const }];
  });
  const centres = dodgeSpans(labelled.map((l) => ({ at: l.from[1], size: l.lines.length * sizes.line })), [top - sizes.line, height - 4]);
  const labelX = right + sizes.label * 1.6;
  const labels = svg.append('g').selectAll('g').data(labelled).join('g');
  labels.append('path').attr('aria-hidden', 'true')
    .attr('d', (l, i) => `M${l.from[0] + sizes.label * 0.8},${l.from[1]}L${labelX - sizes.label * 0.5},${centres[i]}`)
    .attr('fill', 'none').attr('stroke', (l) => l.park.color).attr('stroke-width', 1.5).attr('stroke-dasharray', '2 3');
  labels.append('text').attr('x', labelX).attr('y', (_, i) => centres[i]!)
    .attr('font-weight', (l) => (l.park.highlight ? 'bold' : null))
    .each(function (l) {
      appendTextLines(select(this), l.lines, sizes.line, sizes.label);
    });

  const pointNodes = (highlight: boolean) => points.filter((d) => d.park.highlight === highlight).nodes() as SVGPathElement[];
  makeFocusable([...pointNodes(true), ...pointNodes(false)]);
  return finishChart(svg.node()!, options);
}
