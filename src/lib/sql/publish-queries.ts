/** The queries that read each published table out of the engine, in a stable row order. */
import type { TableDef } from '../contract/schema.ts';

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** The whole table, or with `period` only that period's rows. */
export function selectPublishedSql(table: TableDef, period?: string): string {
  const columns = table.columns.map((c) => ident(c.name)).join(', ');
  const where = period === undefined ? '' : ` WHERE "period" = ${literal(period)}`;
  const order = (table.primaryKey.length > 0 ? table.primaryKey : table.columns.map((c) => c.name)).map(ident).join(', ');
  return `SELECT ${columns} FROM ${ident(table.name)}${where} ORDER BY ${order}`;
}

/** The periods a per-period table has rows for, in the order selectPublishedSql lists them. */
export function periodsInTableSql(table: TableDef): string {
  return `SELECT DISTINCT "period" FROM ${ident(table.name)} ORDER BY "period"`;
}

export function copyToParquetSql(table: TableDef, path: string, period?: string): string {
  return `COPY (${selectPublishedSql(table, period)}) TO ${literal(path)} (FORMAT parquet, COMPRESSION zstd)`;
}

/** Swaps view `name` for a table of the same name holding its rows. */
export function materializeViewSql(name: string): string {
  const rows = ident(`${name}__rows`);
  return `CREATE TABLE ${rows} AS SELECT * FROM ${ident(name)}; DROP VIEW ${ident(name)}; ALTER TABLE ${rows} RENAME TO ${ident(name)}`;
}
