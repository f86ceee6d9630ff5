/**
 * Bump chart: parks' province ranks across periods, rank 1 at the top and the axis running to the
 * last ranked place. The parks in focus (by default the highlighted, home-city ones) are coloured
 * lines with markers and a label at their right end; every other park is a thin grey line behind
 * them, for context. A period where a park was not ranked (vetoed, or not yet evaluated) leaves a
 * gap in its line.
 */
import { line, max, scaleLinear, scalePoint, select, symbol, symbolCircle, symbolDiamond, ticks, type ScaleLinear, type ScalePoint } from 'd3';
import { drawGridY, labelStep } from './ticks.ts';
import { appendTextLines, BOLD_WIDTH, dodgeSpans, textWidth, wrapText } from './labels.ts';
import { type AreaOption, type ChartOptions, createSvg, finishChart, makeFocusable, textSizes, type TextSizes } from './frame.ts';
import { context, grid, ink, muted, seriesColor } from './palette.ts';

export interface BumpRow {
  period: string;
  park_id: string;
  name: string;
  /** Province rank; null when the park was not ranked that period. */
  rank: number | null;
  /** A home-city park: drawn with a heavier line, filled diamonds and a bold label. */
  highlight: boolean;
}

export interface BumpOptions extends ChartOptions, AreaOption {
  /** The periods along x, earliest first; by default the rows' periods in sorted order. */
  periods?: readonly string[];
  /** The last rank on the axis, e.g. how many parks were ranked; by default the lowest rank in the rows. */
  maxRank?: number;
  /** The parks drawn in colour and labelled; by default the highlighted ones (all, if none is). */
  focus?: readonly string[];
  /** Periods that start a new method: no line joins a rank to the one before it (口径变化). */
  breakBefore?: readonly string[];
}

interface ParkLine {
  park_id: string;
  name: string;
  highlight: boolean;
  color: string;
  /** One entry per period, in period order. */
  ranks: (number | null)[];
}

interface EndLabel {
  park: ParkLine;
  lines: string[];
  /** The park's last ranked point. */
  from: readonly [number, number];
}

interface BumpLayout {
  x: ScalePoint<string>;
  y: ScaleLinear<number, number>;
  periods: readonly string[];
  focus: ParkLine[];
  context: ParkLine[];
  labels: EndLabel[];
  /** Label centres along y, in the order of `labels`. */
  centres: number[];
  height: number;
  /** Where the frame ends and the label column starts. */
  right: number;
  sizes: TextSizes;
}

/** Height per width when the labels need no more. */
const ASPECT = 0.7;
/** The label column's share of the width at most: longer names wrap. */
const LABEL_SHARE = 0.34;
/** Room between stacked labels. */
const LABEL_GAP = 3;

function parkLines(rows: readonly BumpRow[], periods: readonly string[]): ParkLine[] {
  const byPark = new Map<string, ParkLine>();
  for (const row of rows) {
    let park = byPark.get(row.park_id);
    if (!park) {
      park = { park_id: row.park_id, name: row.name, highlight: row.highlight, color: context, ranks: periods.map(() => null) };
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

/** The parks in focus, in the order asked for, each with its colour; the rest are context. */
function splitFocus(parks: ParkLine[], focusIds: readonly string[] | undefined): { focus: ParkLine[]; context: ParkLine[] } {
  const ids = focusIds ?? (parks.some((p) => p.highlight) ? parks.filter((p) => p.highlight) : parks).map((p) => p.park_id);
  const byId = new Map(parks.map((p) => [p.park_id, p]));
  const focus = [...new Set(ids)].flatMap((id) => byId.get(id) ?? []).map((p, i) => ({ ...p, color: seriesColor(i) }));
  const inFocus = new Set(focus.map((p) => p.park_id));
  return { focus, context: parks.filter((p) => !inFocus.has(p.park_id)) };
}

function bumpLayout(rows: readonly BumpRow[], options: BumpOptions): BumpLayout {
  const { width } = options;
  const sizes = textSizes(options.fontSize);
  const periods = options.periods ?? [...new Set(rows.map((r) => r.period))].sort();
  const { focus, context } = splitFocus(parkLines(rows, periods), options.focus);
  const maxRank = Math.max(2, options.maxRank ?? max(rows, (r) => r.rank) ?? 2);
  const left = textWidth(String(maxRank), sizes.tick) + 10;
  const labelText = (p: ParkLine) => `${p.name} ${rankLabel(p, periods)}`;
  // Bold labels run wider than the estimate for regular text.
  const boldSize = sizes.label * BOLD_WIDTH;
  const labelWidth = Math.min(max(focus, (p) => textWidth(labelText(p), boldSize)) ?? 0, width * LABEL_SHARE);
  const right = width - labelWidth - sizes.label * 1.6;
  const labelled = focus.flatMap((park) => {
    const last = park.ranks.findLastIndex((rank) => rank !== null);
    return last < 0 ? [] : [{ park, last, lines: wrapText(labelText(park), labelWidth, boldSize) }];
  });
  // Tall enough for every label to sit clear of the others.
  const top = sizes.line * 1.6;
  const bottomMargin = sizes.line * 2;
  const stack = labelled.reduce((sum, l) => sum + l.lines.length * sizes.line + LABEL_GAP, 0);
  const height = options.height ?? Math.round(Math.max(width * ASPECT, stack + top + bottomMargin));
  const x = scalePoint<string>().domain(periods).range([left, right]).padding(0.15);
  const y = scaleLinear().domain([1, maxRank]).range([top, height - bottomMargin]);
  const labels = labelled.map(({ park, last, lines }) => ({ park, lines, from: [x(periods[last]!)!, y(park.ranks[last]!)] as const }));
  const centres = dodgeSpans(labels.map((l) => ({ at: l.from[1], size: l.lines.length * sizes.line })), [top - sizes.line / 2, height - 4], LABEL_GAP);
  return { x, y, periods, focus, context, labels, centres, height, right, sizes };
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
  const { x, y, periods, focus, context: others, labels, centres, height, right, sizes } = bumpLayout(rows, options);
  const [top, bottom] = y.range() as [number, number];
  const svg = select(createSvg(document, width, height));

  drawGridY(svg.append('g'), rankTicks(y, sizes.tick * 1.4), { position: y, across: [x.range()[0], right], format: String, sizes });
  svg.append('text').attr('x', 2).attr('y', top - sizes.line * 0.9).attr('text-anchor', 'start')
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
  // A period that starts a new method starts a new stretch of line: ranks across it are not like for like.
  const breaks = periods.flatMap((p, i) => (i > 0 && options.breakBefore?.includes(p) ? [i] : []));
  const rankPath = (ranks: readonly (number | null)[]) => [0, ...breaks]
    .map((from, k) => rankLine(ranks.map((rank, i) => (i >= from && i < (breaks[k] ?? ranks.length) ? rank : null))) ?? '')
    .join('');

  svg.append('g').attr('class', 'context').attr('aria-hidden', 'true').attr('fill', 'none').attr('stroke', context).attr('stroke-width', 1)
    .selectAll('path').data(others).join('path').attr('d', (p) => rankPath(p.ranks));

  const markerArea = (park: ParkLine) => (park.highlight ? 2.6 : 1.8) * sizes.label * 2;
  const marker = (park: ParkLine) => symbol(park.highlight ? symbolDiamond : symbolCircle, markerArea(park))()!;
  const strokeWidth = (park: ParkLine) => (park.highlight ? 2.5 : 2);
  const series = svg.append('g').selectAll('g').data(focus).join('g').attr('data-mark', (p) => p.name);
  series.append('path').attr('d', (p) => rankPath(p.ranks)).attr('fill', 'none')
    .attr('stroke', (p) => p.color).attr('stroke-width', strokeWidth).attr('stroke-linejoin', 'round');
  const points = series.append('g').attr('class', 'points').selectAll('path')
    .data((park) => park.ranks.flatMap((rank, i) => (rank === null ? [] : [{ park, rank, period: periods[i]! }])))
    .join('path')
    .attr('transform', (d) => `translate(${x(d.period)},${y(d.rank)})`)
    .attr('d', (d) => marker(d.park))
    .attr('fill', (d) => (d.park.highlight ? d.park.color : '#fff'))
    .attr('stroke', (d) => d.park.color)
    .attr('stroke-width', 1.5);
  points.append('title').text((d) => `${d.park.name}，${d.period}：${options.area}第${d.rank}位`);

  // Each label sits level with the park's last ranked point, nudged clear of its neighbours; a
  // leader in the park's colour joins them, so a label that had to move still points at its line.
  const labelX = right + sizes.label * 1.6;
  const label = svg.append('g').attr('class', 'end-labels').selectAll('g').data(labels).join('g');
  label.append('path').attr('aria-hidden', 'true')
    .attr('d', (l, i) => `M${l.from[0] + 6},${l.from[1]}L${labelX - 4},${centres[i]}`)
    .attr('fill', 'none').attr('stroke', (l) => l.park.color).attr('stroke-width', 1.5);
  label.append('text').attr('x', labelX).attr('y', (_, i) => centres[i]!)
    .attr('fill', ink)
    .attr('font-weight', (l) => (l.park.highlight ? 'bold' : null))
    .each(function (l) {
      appendTextLines(select(this), l.lines, sizes.line, sizes.label);
    });

  const pointNodes = (highlight: boolean) => points.filter((d) => d.park.highlight === highlight).nodes() as SVGPathElement[];
  makeFocusable([...pointNodes(true), ...pointNodes(false)]);
  return finishChart(svg.node()!, options);
}
