/**
 * A query result kept as Arrow: its cells as plain values, one page at a time for the screen,
 * or all of them for a CSV file.
 */
import { DataType, type Table } from 'apache-arrow';
import { writeCsv } from '../csv/write.ts';

export type PlainCell = string | number | boolean | null;

const withBigInts = (_key: string, value: unknown) => (typeof value === 'bigint' ? value.toString() : value);

/** One Arrow cell as a plain value: dates as text, big integers as numbers while exact, nested values as JSON. */
export function plainCell(value: unknown, type: DataType): PlainCell {
  if (value === null || value === undefined) return null;
  // Arrow hands DATE and TIMESTAMP (zone-less in DuckDB) to JS as epoch milliseconds.
  if (DataType.isDate(type) && typeof value === 'number') return new Date(value).toISOString().slice(0, 10);
  if (DataType.isTimestamp(type) && typeof value === 'number') return new Date(value).toISOString().slice(0, 19).replace('T', ' ');
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return JSON.stringify(value, withBigInts);
}

export const columnNames = (table: Table): string[] => table.schema.fields.map((field) => field.name);

/** Rows [start, end) as plain cells, column by column in the result's order. */
export function plainRows(table: Table, start: number, end: number): PlainCell[][] {
  const fields = table.schema.fields;
  const vectors = fields.map((_, c) => table.getChildAt(c)!);
  const rows: PlainCell[][] = [];
  for (let r = start; r < Math.min(end, table.numRows); r++) {
    rows.push(vectors.map((vector, c) => plainCell(vector.get(r), fields[c]!.type)));
  }
  return rows;
}

/**
 * The whole result as CSV for Excel on Chinese Windows (BOM, formula-safe). Cells are keyed by
 * position, since a query may name two columns alike.
 */
export function resultCsv(table: Table): string {
  const keys = table.schema.fields.map((_, c) => String(c));
  const rows = plainRows(table, 0, table.numRows).map((cells) => Object.fromEntries(cells.map((cell, c) => [String(c), cell])));
  return writeCsv(keys, rows, { bom: true, formulaSafe: true, header: columnNames(table) });
}
