/** A chart as a page shows it (ChartFrame's props): drawing, data table, credit and export names. */
import type { ChartSpec } from '../charts/chart-kinds.ts';
import type { ChartCredit } from '../chart-export/credit.ts';

export interface ChartColumn {
  key: string;
  label: string;
  numeric?: boolean;
  /** The row header column (th scope=row). */
  header?: boolean;
}

export type ChartRow = Record<string, string | number | null | undefined>;

export interface SiteChart {
  /** Element id on its page, and the fragment of its permalink. */
  id: string;
  title: string;
  description: string;
  /** Serialised SVG from a src/lib/charts function. */
  svg: string;
  /** What the browser redraws the chart from at the width it is shown at (see ./drawn-chart.ts). */
  spec?: ChartSpec;
  /** The data table behind the chart, which is also what its CSV download holds. */
  columns: ChartColumn[];
  rows: ChartRow[];
  /** What the table leaves out at scale (../views/row-limit.ts); empty or absent when it lists every row. */
  note?: string;
  credit: ChartCredit;
  /** Stem of the downloaded files' names: the chart and its view. */
  fileName: string;
  /** Path of the chart's chrome-free page, for an <iframe>; only charts listed in ./embeds.ts have one. */
  embedPath?: string;
}

/** A chart with an embed page (see ./embeds.ts). */
export type EmbeddableChart = SiteChart & { embedPath: string };
