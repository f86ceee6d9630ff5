/** Each published table as CSV for Excel (BOM, formula-safe) and as Parquet from native DuckDB: whole, and per period. */
import { group } from 'd3';
import { PERIOD_TABLES, PUBLISHED_TABLES } from '../../src/lib/contract/published.ts';
import type { TableDef } from '../../src/lib/contract/schema.ts';
import { writeCsv } from '../../src/lib/csv/write.ts';
import type { PublishedRows } from '../../src/lib/publish/compute.ts';
import { tableTitle } from '../../src/lib/publish/file-titles.ts';
import { PLAIN_FOLDER } from '../../src/lib/publish/manifest.ts';
import type { SqlEngine } from '../../src/lib/sql/engine.ts';
import { copyToParquetSql } from '../../src/lib/sql/publish-queries.ts';
import type { DownloadLog } from './download-log.ts';

interface Slice {
  group: 'table' | 'period';
  /** null: the whole table. */
  period: string | null;
  csv: string;
  parquet: string;
}

const BOM_BYTES = 3;

/**
 * `rows` must be the slice's: the engine's table gives the Parquet file the same rows. A whole
 * table also gets a copy without the byte-order mark, for data tools that would read it as part of
 * the first column's name.
 */
async function writeTable(log: DownloadLog, engine: SqlEngine, table: TableDef, rows: readonly Record<string, unknown>[], slice: Slice): Promise<void> {
  const { zh, en } = tableTitle(table);
  const about = { group: slice.group, title_zh: zh, title_en: en, table: table.name, period: slice.period, rows: rows.length };
  const csv = Buffer.from(writeCsv(table.columns.map((c) => c.name), rows, { bom: true, formulaSafe: true }), 'utf8');
  log.write(slice.csv, csv, about);
  if (slice.group === 'table') {
    log.write(`${PLAIN_FOLDER}/${table.name}.csv`, csv.subarray(BOM_BYTES), { ...about, group: 'plain', title_zh: `${zh}（无 BOM）`, title_en: `${en} (no BOM)` });
  }
  await engine.exec(copyToParquetSql(table, log.prepare(slice.parquet), slice.period ?? undefined));
  log.record(slice.parquet, about);
}

/** The engine must hold every published table (computePublished leaves it so). */
export async function writeTables(log: DownloadLog, engine: SqlEngine, published: PublishedRows, periods: readonly string[]): Promise<void> {
  const rowsOf = (table: TableDef) => published.get(table.name) ?? [];
  for (const table of PUBLISHED_TABLES) {
    await writeTable(log, engine, table, rowsOf(table), { group: 'table', period: null, csv: `${table.name}.csv`, parquet: `parquet/${table.name}.parquet` });
  }
  const byPeriod = new Map(PERIOD_TABLES.map((table) => [table, group(rowsOf(table), (row) => row.period)]));
  for (const period of periods) {
    for (const table of PERIOD_TABLES) {
      const rows = byPeriod.get(table)!.get(period) ?? [];
      const path = `periods/${period}/${table.name}`;
      await writeTable(log, engine, table, rows, { group: 'period', period, csv: `${path}.csv`, parquet: `${path}.parquet` });
    }
  }
}
