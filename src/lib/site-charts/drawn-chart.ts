/** A chart drawn at build time for a page, with the spec the browser redraws it from at its shown width. */
import type { ChartKind, ChartSpec, DrawFunction, SpecOptions } from '../charts/chart-kinds.ts';
import { chartSvg, serverDocument } from '../charts/dom.ts';
import { DEFAULT_CHART_WIDTH, type ChartOptions } from '../charts/frame.ts';

export interface DrawnChart<K extends ChartKind = ChartKind> {
  /** Serialised SVG, drawn `DEFAULT_CHART_WIDTH` wide. */
  svg: string;
  spec: ChartSpec<K>;
}

/** `draw` must be the function CHART_LOADERS names `kind`. */
export function drawnChart<K extends ChartKind>(kind: K, draw: DrawFunction<K>, rows: ChartSpec<K>['rows'], options: SpecOptions<K>): DrawnChart<K> {
  const drawAny = draw as (rows: unknown, options: ChartOptions) => SVGSVGElement;
  const svg = chartSvg(drawAny(rows, { ...(options as object), document: serverDocument(), width: DEFAULT_CHART_WIDTH } as ChartOptions));
  return { svg, spec: { kind, rows, options } };
}
