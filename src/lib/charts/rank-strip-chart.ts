/**
 * Province strips: one row per park (the home city's), each a track from rank 1 (left) to the last
 * ranked place (right) with the park's place now as a filled diamond and, when it was ranked
 * before, a line from its previous place showing how far it moved. The park's name, rank and move
 * are written above its track, so rows never crowd each other at any width.
 */
import { select } from 'd3';
import { rankStripX } from './rank-strip.ts';
import { type AreaOption, type ChartOptions, createSvg, finishChart, makeFocusable, textSizes } from './frame.ts';
import { BOLD_WIDTH, textWidth } from './labels.ts';
import { gain, grid, ink, loss, muted, primary } from './palette.ts';

export interface RankStripRow {
  park_id: string;
  name: string;
  /** Province rank now; null when not ranked (vetoed). */
  rank: number | null;
  /** Province rank in the previous period; null when it had none. */
  previous_rank: number | null;
  /** The move in words, e.g. 较上年度后退8位 (from the views' wording). */
  movement: string;
}

export interface RankStripOptions extends ChartOptions, AreaOption {
  /** Parks ranked in the province: the far end of every track. */
  count: number;
}

const MARK_RADIUS = 6;

function colorOf(row: RankStripRow): string {
  if (row.rank === null || row.previous_rank === null || row.rank === row.previous_rank) return primary;
  return row.rank < row.previous_rank ? gain : loss;
}

export function rankStripChart(rows: readonly RankStripRow[], options: RankStripOptions): SVGSVGElement {
  const { document, width, count } = options;
  const sizes = textSizes(options.fontSize);
  const margin = { left: MARK_RADIUS + 2, right: MARK_RADIUS + 2, top: sizes.line * 1.2 };
  const track = { width: width - margin.left - margin.right, radius: 0 };
  const x = (rank: number) => margin.left + rankStripX(rank, count, track)!;

  // Name and rank on the left, the move on the right; on one line when both fit, else two.
  const headline = (r: RankStripRow) => (r.rank === null ? r.name : `${r.name} 第${r.rank}位`);
  const oneLine = (r: RankStripRow) => textWidth(headline(r), sizes.label * BOLD_WIDTH) + sizes.label + textWidth(r.movement, sizes.tick) <= width;
  const rowHeights = rows.map((r) => (oneLine(r) ? 1 : 2) * sizes.line + MARK_RADIUS * 2 + sizes.label);
  const tops = rowHeights.reduce<number[]>((at, h, i) => [...at, at[i]! + h], [margin.top]);
  const height = Math.round(tops.at(-1)! + 2);
  const svg = select(createSvg(document, width, height));

  // The scale once, at the top: first and last place, and round places between that clear them.
  const [first, last] = [`第1位`, `第${count}位（末位）`];
  const clearFrom = x(1) - margin.left + textWidth(first, sizes.tick) + sizes.tick * 2;
  const clearTo = x(count) + margin.right - textWidth(last, sizes.tick) - sizes.tick * 2;
  const step = [5, 10, 20, 25, 50, 100, 200, 500, 1000].find((s) => (track.width * s) / count >= sizes.tick * 4) ?? count;
  const between = Array.from({ length: Math.floor((count - 1) / step) }, (_, i) => (i + 1) * step)
    .filter((p) => x(p) - sizes.tick * 1.5 >= clearFrom && x(p) + sizes.tick * 1.5 <= clearTo);
  const places = [1, ...between, count];
  const axis = svg.append('g').attr('aria-hidden', 'true');
  axis.selectAll('line').data(places).join('line')
    .attr('x1', x).attr('x2', x).attr('y1', margin.top - 4).attr('y2', height - 2).attr('stroke', grid);
  axis.selectAll('text').data(places).join('text')
    .attr('x', x).attr('y', sizes.tick).attr('font-size', sizes.tick).attr('fill', muted)
    .attr('text-anchor', (_, i) => (i === 0 ? 'start' : i === places.length - 1 ? 'end' : 'middle'))
    .attr('dx', (_, i) => (i === 0 ? -margin.left : i === places.length - 1 ? margin.right : 0))
    .text((p, i) => (i === 0 ? first : i === places.length - 1 ? last : String(p)));

  const row = svg.append('g').selectAll('g').data(rows).join('g')
    .attr('transform', (_, i) => `translate(0,${tops[i]})`).attr('data-mark', (r) => r.name);
  row.append('text').attr('x', 0).attr('y', sizes.line * 0.8).attr('font-weight', 'bold').attr('fill', ink).text(headline);
  row.append('text')
    .attr('x', (r) => (oneLine(r) ? width : 0)).attr('y', (r) => sizes.line * (oneLine(r) ? 0.8 : 1.8))
    .attr('text-anchor', (r) => (oneLine(r) ? 'end' : 'start'))
    .attr('font-size', sizes.tick).attr('fill', muted).text((r) => r.movement);
  const trackY = (r: RankStripRow) => (oneLine(r) ? 1 : 2) * sizes.line + MARK_RADIUS + 2;
  row.append('line').attr('aria-hidden', 'true').attr('x1', x(1)).attr('x2', x(count))
    .attr('y1', trackY).attr('y2', trackY).attr('stroke', muted).attr('stroke-width', 1);
  const moved = row.filter((r) => r.rank !== null && r.previous_rank !== null);
  moved.append('line').attr('aria-hidden', 'true')
    .attr('x1', (r) => x(r.previous_rank!)).attr('x2', (r) => x(r.rank!)).attr('y1', trackY).attr('y2', trackY)
    .attr('stroke', colorOf).attr('stroke-width', 4).attr('stroke-linecap', 'round');
  moved.append('circle').attr('aria-hidden', 'true').attr('cx', (r) => x(r.previous_rank!)).attr('cy', trackY)
    .attr('r', MARK_RADIUS - 2).attr('fill', '#fff').attr('stroke', colorOf).attr('stroke-width', 2);
  const marks = row.filter((r) => r.rank !== null).append('path')
    .attr('transform', (r) => `translate(${x(r.rank!)},${trackY(r)})`)
    .attr('d', `M0,${-MARK_RADIUS - 1}L${MARK_RADIUS + 1},0L0,${MARK_RADIUS + 1}L${-MARK_RADIUS - 1},0Z`)
    .attr('fill', colorOf).attr('stroke', ink).attr('stroke-width', 1);
  marks.append('title').text((r) => `${r.name}：${options.area}第${r.rank}位，${r.movement}`);

  makeFocusable(marks.nodes());
  return finishChart(svg.node()!, options);
}
