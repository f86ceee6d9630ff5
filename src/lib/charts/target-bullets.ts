/**
 * Bullet bars: each target's completion as a bar over the whole year (0 to 100% of the year's
 * target, which 时序进度 reaches in December), against one marker for time progress now; a
 * milestone gets its state in words instead of a bar. Each row ends in a badge with its verdict
 * (落后, 逾期未完成 stand out). Wide enough, a row is one line: name, bar, figure, gap, badge;
 * narrower, the name and badge go above the bar and the gap under it.
 */
import { max, scaleLinear, select, type BaseType, type Selection } from 'd3';
import { createSvg, finishChart, makeFocusable, textSizes, type ChartOptions, type TextSizes } from './frame.ts';
import { BOLD_WIDTH, textWidth } from './labels.ts';
import { grid, ink, loss, muted, primary } from './palette.ts';

export type TargetStatus = 'ahead' | 'behind' | 'done' | 'overdue' | 'pending';

export interface TargetBulletRow {
  name: string;
  kind: 'cumulative' | 'milestone';
  /** Share of the year's target done, in %; unused for a milestone. */
  completion_pct: number;
  status: TargetStatus;
  /** The verdict in words, for the badge: 落后, 超时序, 逾期未完成. */
  status_text: string;
  /** 超时序进度 5.59 个百分点, 已于6月完成, 应于9月完成. */
  detail: string;
  /** The completion as written, 88.92%; unused for a milestone. */
  completion_text: string;
}

export interface TargetBulletOptions extends ChartOptions {
  /** Time progress now (month ÷ 12), in %. */
  timePct: number;
  /** How time progress is written, e.g. 83.33%. */
  timeText: string;
}

/** Badge colours: a warning for what is late, a quiet green for what is on time, grey for the rest. */
const BADGES: Record<TargetStatus, { fill: string; stroke: string; text: string }> = {
  behind: { fill: '#fff1e6', stroke: '#7a3300', text: '#7a3300' },
  overdue: { fill: '#fff1e6', stroke: '#7a3300', text: '#7a3300' },
  ahead: { fill: '#e9f5ee', stroke: '#1a6b34', text: '#1a6b34' },
  done: { fill: '#e9f5ee', stroke: '#1a6b34', text: '#1a6b34' },
  pending: { fill: '#fff', stroke: muted, text: muted },
};
const LATE = new Set<TargetStatus>(['behind', 'overdue']);

type Row = Selection<SVGGElement | BaseType, TargetBulletRow, SVGGElement, unknown>;

interface Layout {
  wide: boolean;
  /** The bar's extent. */
  x0: number;
  x1: number;
  /** A target's row; a milestone's (words, no bar) is shorter when stacked. */
  rowHeight: number;
  milestoneHeight: number;
  bar: number;
}

/** One line per row when the bar keeps at least this share of the width. */
const MIN_BAR_SHARE = 0.25;

function layout(rows: readonly TargetBulletRow[], width: number, sizes: TextSizes): Layout & { nameWidth: number; valueWidth: number; detailWidth: number; badgeWidth: number } {
  const gap = sizes.label;
  const nameWidth = max(rows, (r) => textWidth(r.name, sizes.label * BOLD_WIDTH)) ?? 0;
  const valueWidth = max(rows, (r) => (r.kind === 'milestone' ? 0 : textWidth(r.completion_text, sizes.label * BOLD_WIDTH))) ?? 0;
  const detailWidth = max(rows, (r) => (r.kind === 'milestone' ? 0 : textWidth(r.detail, sizes.tick))) ?? 0;
  const badgeWidth = (max(rows, (r) => textWidth(r.status_text, sizes.tick * BOLD_WIDTH)) ?? 0) + sizes.tick;
  const bar = Math.round(sizes.label * 1.1);
  const wideBar = width - nameWidth - valueWidth - detailWidth - badgeWidth - 4 * gap;
  if (wideBar >= width * MIN_BAR_SHARE) {
    const rowHeight = Math.max(bar, sizes.line) + sizes.label * 0.3;
    return { wide: true, x0: nameWidth + gap, x1: nameWidth + gap + wideBar, rowHeight, milestoneHeight: rowHeight, bar, nameWidth, valueWidth, detailWidth, badgeWidth };
  }
  const x1 = width - valueWidth - gap / 2;
  return { wide: false, x0: 0, x1, rowHeight: 2 * sizes.line + bar + sizes.label * 0.9, milestoneHeight: 2 * sizes.line + sizes.label * 0.6, bar, nameWidth, valueWidth, detailWidth, badgeWidth };
}

function badge(row: Row, sizes: TextSizes, at: (r: TargetBulletRow) => { x: number; y: number }, anchor: 'start' | 'end'): void {
  const height = sizes.line;
  const w = (r: TargetBulletRow) => textWidth(r.status_text, sizes.tick * BOLD_WIDTH) + sizes.tick;
  const left = (r: TargetBulletRow) => (anchor === 'end' ? at(r).x - w(r) : at(r).x);
  const chip = row.append('g').attr('class', (r) => `badge badge-${r.status}`);
  chip.append('rect').attr('x', left).attr('y', (r) => at(r).y - height / 2).attr('width', w).attr('height', height).attr('rx', 3)
    .attr('fill', (r) => BADGES[r.status].fill).attr('stroke', (r) => BADGES[r.status].stroke).attr('stroke-width', (r) => (LATE.has(r.status) ? 2 : 1));
  chip.append('text').attr('x', (r) => left(r) + w(r) / 2).attr('y', (r) => at(r).y).attr('dy', '0.35em').attr('text-anchor', 'middle')
    .attr('font-size', sizes.tick).attr('font-weight', 'bold').attr('fill', (r) => BADGES[r.status].text).text((r) => r.status_text);
}

export function targetBullets(rows: readonly TargetBulletRow[], options: TargetBulletOptions): SVGSVGElement {
  const { document, width, timePct, timeText } = options;
  const sizes = textSizes(options.fontSize);
  const l = layout(rows, width, sizes);
  const gap = sizes.label;
  const top = sizes.line * 1.6;
  const scaleMax = Math.max(100, max(rows, (r) => (r.kind === 'cumulative' ? r.completion_pct : 0)) ?? 0);
  const x = scaleLinear([0, scaleMax], [l.x0, l.x1]);
  // Ticks name the month each quarter of the target falls due: beside the percentage when there is
  // room; in a one-line layout (the figures are beside the bars) the month alone; else under it.
  const oneLineTicks = x(25) - x(0) >= textWidth('75%（9月末）', sizes.tick) + sizes.tick;
  const monthOnly = !oneLineTicks && l.wide;
  const axisHeight = sizes.line * (oneLineTicks || monthOnly ? 1.2 : 2.2);
  const heights = rows.map((r) => (r.kind === 'milestone' ? l.milestoneHeight : l.rowHeight));
  const tops = heights.reduce<number[]>((at, h, i) => [...at, at[i]! + h], [top]);
  const rowsBottom = tops.at(-1)!;
  const height = Math.round(rowsBottom + axisHeight);
  const svg = select(createSvg(document, width, height));

  // The year as the axis: 25% of the target is due by the end of March, 100% by December.
  const quarters = [0, 25, 50, 75, 100];
  const axis = svg.append('g').attr('aria-hidden', 'true');
  const tick = axis.selectAll('g').data(quarters).join('g').attr('transform', (p) => `translate(${x(p)},0)`);
  tick.append('line').attr('y1', top - 2).attr('y2', rowsBottom).attr('stroke', grid);
  const month = (p: number) => `${(p / 100) * 12}月末`;
  tick.append('text').attr('y', rowsBottom + sizes.tick).attr('text-anchor', (p) => (p === 0 ? 'start' : 'middle'))
    .attr('font-size', sizes.tick).attr('fill', muted).text((p) => (p === 0 ? '0' : oneLineTicks ? `${p}%（${month(p)}）` : monthOnly ? month(p) : `${p}%`));
  if (!oneLineTicks && !monthOnly) {
    tick.filter((p) => p > 0).append('text').attr('y', rowsBottom + sizes.tick + sizes.line).attr('text-anchor', 'middle')
      .attr('font-size', sizes.tick).attr('fill', muted).text(month);
  }

  const row = svg.append('g').selectAll('g').data(rows).join('g')
    .attr('transform', (_, i) => `translate(0,${tops[i]})`).attr('data-mark', (r) => r.name);
  // Row geometry: where its text lines and its bar sit, relative to the row's top.
  const nameY = l.wide ? l.rowHeight / 2 - sizes.label / 2 : sizes.line * 0.5;
  const barTop = l.wide ? nameY - l.bar / 2 : sizes.line;
  const barMid = barTop + l.bar / 2;
  const detailY = l.wide ? barMid : barTop + l.bar + sizes.line * 0.6;

  row.append('text').attr('x', 0).attr('y', nameY).attr('dy', '0.35em').attr('font-weight', 'bold').attr('fill', ink).text((r) => r.name);
  badge(row, sizes, () => ({ x: width, y: nameY }), 'end');

  const cumulative = row.filter((r) => r.kind === 'cumulative');
  cumulative.append('rect').attr('aria-hidden', 'true').attr('x', x(0)).attr('y', barTop).attr('width', x(scaleMax) - x(0)).attr('height', l.bar)
    .attr('fill', '#fff').attr('stroke', muted);
  const bars = cumulative.append('rect').attr('class', 'completion').attr('x', x(0)).attr('y', barTop + l.bar * 0.15)
    .attr('width', (r) => Math.max(1, x(Math.min(r.completion_pct, scaleMax)) - x(0))).attr('height', l.bar * 0.7)
    .attr('fill', (r) => (LATE.has(r.status) ? loss : primary));
  bars.append('title').text((r) => `${r.name}：完成 ${r.completion_text}，${r.detail}（时序进度 ${timeText}）`);
  cumulative.append('text').attr('x', l.x1 + gap / 2).attr('y', barMid).attr('dy', '0.35em').attr('font-weight', 'bold').attr('fill', ink)
    .text((r) => r.completion_text);
  cumulative.append('text').attr('x', l.wide ? l.x1 + gap + l.valueWidth : 0).attr('y', detailY).attr('dy', '0.35em')
    .attr('font-size', sizes.tick).attr('fill', (r) => (LATE.has(r.status) ? BADGES.behind.text : muted)).text((r) => r.detail);
  row.filter((r) => r.kind === 'milestone').append('text').attr('x', l.x0).attr('y', l.wide ? barMid : sizes.line * 1.5).attr('dy', '0.35em')
    .attr('font-size', sizes.tick).attr('fill', (r) => (LATE.has(r.status) ? BADGES.overdue.text : muted)).text((r) => `里程碑：${r.detail}`);

  // Time progress now: one marker across every bar, named at the top.
  const timeX = x(timePct);
  svg.append('line').attr('aria-hidden', 'true').attr('x1', timeX).attr('x2', timeX).attr('y1', top - 4).attr('y2', rowsBottom)
    .attr('stroke', ink).attr('stroke-width', 3);
  const timeLabel = `时序进度 ${timeText}`;
  const labelWidth = textWidth(timeLabel, sizes.tick);
  svg.append('text').attr('x', Math.min(Math.max(timeX, labelWidth / 2), width - labelWidth / 2)).attr('y', top - sizes.line * 0.6)
    .attr('text-anchor', 'middle').attr('font-size', sizes.tick).attr('font-weight', 'bold').attr('fill', ink).text(timeLabel);

  makeFocusable(bars.nodes());
  return finishChart(svg.node()!, options);
}
