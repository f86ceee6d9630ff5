/** The queries that read each published table out of the engine, in a stable row order. */
import type { TableDef } from '../contract/schema.ts';

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

export function selectPublishedSql(table: TableDef): string {
  const columns = table.columns.map((c) => ident(c.name)).join(', ');
  const order = (table.primaryKey.length > 0 ? table.primaryKey : table.columns.map((c) => c.name)).map(ident).join(', ');
  return `SELECT ${columns} FROM ${ident(table.name)} ORDER BY ${order}`;
}

export function copyToParquetSql(table: TableDef, path: string): string {
  return `COPY (${selectPublishedSql(table)}) TO '${path.replaceAll("'", "''")}' (FORMAT parquet, COMPRESSION zstd)`;
}
