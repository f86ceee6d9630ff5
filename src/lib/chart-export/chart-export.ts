/** The data block each chart carries for its export actions (ChartFrame writes it as JSON). */
import type { ChartTable } from './chart-csv.ts';

export interface ChartExport extends ChartTable {
  title: string;
  /** The source and as-of line drawn under an exported chart. */
  credit: string;
  /** Stem of the downloaded files' names. */
  fileName: string;
  /** Path of the chart's embed page, when it has one. */
  embedPath?: string;
}

/** The block as JSON that is safe inside a <script> element: no “</script>” can close it early. */
export const chartExportJson = (data: ChartExport): string => JSON.stringify(data).replaceAll('<', '\\u003c');
