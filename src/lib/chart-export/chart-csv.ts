/** A chart's data table as a CSV file: its columns' labels as the header, its rows as shown. */
import { writeCsv } from '../csv/write.ts';

export interface ChartTable {
  columns: readonly { key: string; label: string }[];
  rows: readonly Record<string, string | number | null | undefined>[];
}

/** UTF-8 with a BOM for Excel on Chinese Windows; text cells that look like formulas are neutralised. */
export function chartCsv({ columns, rows }: ChartTable): string {
  return writeCsv(columns.map((c) => c.key), rows, { bom: true, formulaSafe: true, header: columns.map((c) => c.label) });
}
