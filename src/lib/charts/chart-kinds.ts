/**
 * Every chart a page can redraw in the browser, by name, loaded on demand: a page keeps each
 * chart's rows and options (a ChartSpec) next to its SVG, and the browser draws it again from them
 * at the width its box has (src/client/chart-resize.ts).
 */
import type { ChartOptions } from './frame.ts';

export const CHART_LOADERS = {
  bump: () => import('./bump-chart.ts').then((m) => m.bumpChart),
  'category-bars': () => import('./category-bars.ts').then((m) => m.categoryBars),
  distribution: () => import('./distribution-chart.ts').then((m) => m.distributionChart),
  'history-line': () => import('./history-line.ts').then((m) => m.historyLine),
  'rank-strip': () => import('./rank-strip-chart.ts').then((m) => m.rankStripChart),
  'score-waterfall': () => import('./score-waterfall.ts').then((m) => m.scoreWaterfall),
  'target-bullets': () => import('./target-bullets.ts').then((m) => m.targetBullets),
  'target-progress': () => import('./target-progress.ts').then((m) => m.targetProgress),
} as const;

export type ChartKind = keyof typeof CHART_LOADERS;
export type DrawFunction<K extends ChartKind> = Awaited<ReturnType<(typeof CHART_LOADERS)[K]>>;
type RowsOf<K extends ChartKind> = Parameters<DrawFunction<K>>[0];
/** What a page keeps of a chart's options: the rest (document, width) comes from where it is drawn. */
export type SpecOptions<K extends ChartKind> = Omit<Parameters<DrawFunction<K>>[1], keyof Pick<ChartOptions, 'document' | 'width' | 'height'>>;

export interface ChartSpec<K extends ChartKind = ChartKind> {
  kind: K;
  rows: RowsOf<K>;
  options: SpecOptions<K>;
}

/** Draws `spec` in `document` at `width`. */
export async function drawSpec<K extends ChartKind>(spec: ChartSpec<K>, document: Document, width: number): Promise<SVGSVGElement> {
  const draw = (await CHART_LOADERS[spec.kind]()) as (rows: RowsOf<K>, options: ChartOptions) => SVGSVGElement;
  return draw(spec.rows, { ...(spec.options as object), document, width } as ChartOptions);
}

/** The spec as JSON that is safe inside a <script> element: no “</script>” can close it early. */
export const chartSpecJson = (spec: ChartSpec): string => JSON.stringify(spec).replaceAll('<', '\\u003c');
