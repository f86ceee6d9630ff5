/**
 * Score waterfall: how a park's total builds up, one row per category score, then the bonus and
 * the deduction, ending in the total. Each bar starts where the one above ended; each is labelled
 * with its signed value, so gains and losses read without their colours.
 */
import { max, min, scaleBand, scaleLinear, select } from 'd3';
import { formatNumber } from '../format/number.ts';
import { drawGridX, numberTicks, tickCount } from './axes.ts';
import { createSvg, finishChart, makeFocusable, textSizes, type ChartOptions } from './frame.ts';
import { textWidth } from './labels.ts';
import { gain, ink, loss, primary, reference } from './palette.ts';

export interface WaterfallRow {
  /** The category's display name, e.g. 发展质量. */
  category: string;
  score: number;
}

export interface WaterfallOptions extends ChartOptions {
  /** Bonus points (加分), zero or more. */
  bonus: number;
  /** Points deducted (减分), zero or more. */
  deduction: number;
  /** Decimals for scores. */
  decimals?: number;
}

interface Step {
  label: string;
  kind: 'category' | 'bonus' | 'deduction' | 'total';
  /** Running total before and after this step. */
  from: number;
  to: number;
}

const COLORS: Record<Step['kind'], string> = { category: primary, bonus: gain, deduction: loss, total: ink };

/** The steps from zero to the total: categories, bonus, deduction, then the total itself. */
export function waterfallSteps(rows: readonly WaterfallRow[], bonus: number, deduction: number): Step[] {
  const changes = [
    ...rows.map((r) => ({ label: r.category, kind: 'category' as const, change: r.score })),
    { label: '加分', kind: 'bonus' as const, change: bonus },
    { label: '减分', kind: 'deduction' as const, change: -deduction },
  ];
  let running = 0;
  const steps: Step[] = changes.map(({ label, kind, change }) => ({ label, kind, from: running, to: (running += change) }));
  return [...steps, { label: '总分', kind: 'total', from: 0, to: running }];
}

export function scoreWaterfall(rows: readonly WaterfallRow[], options: WaterfallOptions): SVGSVGElement {
  const { document, width, decimals = 2 } = options;
  const sizes = textSizes(options.fontSize);
  const steps = waterfallSteps(rows, options.bonus, options.deduction);
  const signed = (value: number) => (value > 0 ? '+' : value < 0 ? '−' : '') + formatNumber(Math.abs(value), decimals);
  const valueText = (s: Step) => (s.kind === 'total' ? formatNumber(s.to, decimals) : signed(s.to - s.from));

  const rowHeight = sizes.line * 1.6;
  const margin = {
    top: sizes.label * 0.5,
    left: (max(steps, (s) => textWidth(s.label, sizes.label)) ?? 0) + sizes.label,
    right: (max(steps, (s) => textWidth(valueText(s), sizes.label)) ?? 0) + sizes.label * 0.75,
    bottom: sizes.line * 1.6,
  };
  const height = options.height ?? Math.round(margin.top + steps.length * rowHeight + margin.bottom);
  const y = scaleBand(steps.map((_, i) => i), [margin.top, height - margin.bottom]).paddingInner(0.3).paddingOuter(0.15);
  const domain = [Math.min(0, min(steps, (s) => Math.min(s.from, s.to)) ?? 0), max(steps, (s) => Math.max(s.from, s.to)) ?? 1];
  const x = scaleLinear(domain, [margin.left, width - margin.right]).nice();
  const ticks = numberTicks(x.domain() as [number, number], tickCount(width - margin.left - margin.right, sizes, 5));
  const svg = select(createSvg(document, width, height));

  drawGridX(svg.append('g'), ticks.values, { position: x, across: [margin.top, height - margin.bottom], format: ticks.format, sizes });

  // Dashed connectors carry each running total down to the next bar.
  svg.append('g').attr('aria-hidden', 'true').attr('stroke', reference).attr('stroke-dasharray', '3 3')
    .selectAll('line').data(steps.slice(0, -1)).join('line')
    .attr('x1', (s) => x(s.to)).attr('x2', (s) => x(s.to))
    .attr('y1', (_, i) => y(i)! + y.bandwidth()).attr('y2', (_, i) => y(i + 1)!);

  const row = svg.append('g').selectAll('g').data(steps).join('g').attr('transform', (_, i) => `translate(0,${y(i)})`);
  const bars = row.append('rect')
    .attr('x', (s) => x(Math.min(s.from, s.to)))
    .attr('width', (s) => Math.max(1, Math.abs(x(s.to) - x(s.from))))
    .attr('height', y.bandwidth())
    .attr('fill', (s) => COLORS[s.kind]);
  bars.append('title').text((s) => (s.kind === 'total' ? `总分：${valueText(s)} 分` : `${s.label}：${valueText(s)} 分，累计 ${formatNumber(s.to, decimals)} 分`));
  row.append('text').attr('x', margin.left - sizes.label * 0.5).attr('y', y.bandwidth() / 2).attr('dy', '0.35em')
    .attr('text-anchor', 'end').attr('fill', ink).text((s) => s.label);
  row.append('text').attr('x', (s) => x(Math.max(s.from, s.to)) + 6).attr('y', y.bandwidth() / 2).attr('dy', '0.35em')
    .attr('fill', ink).attr('font-weight', (s) => (s.kind === 'total' ? 'bold' : null)).text(valueText);
  svg.append('line').attr('aria-hidden', 'true').attr('stroke', ink)
    .attr('x1', x(0)).attr('x2', x(0)).attr('y1', margin.top).attr('y2', height - margin.bottom);

  makeFocusable(bars.nodes());
  return finishChart(svg.node()!, options);
}
