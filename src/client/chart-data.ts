/**
 * What a chart's export actions need, kept in the JSON data block ChartFrame writes: a page that
 * redraws a chart (the ranking page's park picker) updates it here, so a download is what is shown.
 */
import type { ChartExport } from '../lib/chart-export/chart-export.ts';

const block = (frame: Element) => frame.querySelector<HTMLScriptElement>('script.chart-export')!;

export const readChartExport = (frame: Element): ChartExport => JSON.parse(block(frame).textContent ?? '{}') as ChartExport;

export function updateChartExport(frame: Element, changes: Partial<ChartExport>): void {
  block(frame).textContent = JSON.stringify({ ...readChartExport(frame), ...changes });
}
