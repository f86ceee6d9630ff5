/** Arrow tables from DuckDB-WASM → the same plain rows the native engine returns. */
import { DataType, type Table } from 'apache-arrow';
import type { Row } from './engine.ts';
import { plainValue } from './plain-value.ts';

export function arrowRows<T>(table: Table): T[] {
  const dateFields = new Set(table.schema.fields.filter((f) => DataType.isDate(f.type)).map((f) => f.name));
  const rows: T[] = [];
  for (const record of table) {
    const source = record.toJSON() as Record<string, unknown>;
    const row: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(source)) {
      row[key] = dateFields.has(key) && typeof value === 'number' ? new Date(value).toISOString().slice(0, 10) : plainValue(value);
    }
    rows.push(row as T);
  }
  return rows;
}
