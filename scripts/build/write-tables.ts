/** Each published table as CSV for Excel (BOM, formula-safe) and as Parquet from native DuckDB: whole, and per period. */
import { group } from 'd3';
import { PERIOD_TABLES, PUBLISHED_TABLES } from '../../src/lib/contract/published.ts';
import type { TableDef } from '../../src/lib/contract/schema.ts';
import { writeCsv } from '../../src/lib/csv/write.ts';
import { publishedRows } from '../../src/lib/publish/compute.ts';
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

/** What else needs a table's rows while they are at hand (the pages' copy). */
export type RowsSink = (table: TableDef, rows: readonly Record<string, unknown>[]) => void;

/**
 * The engine must hold every published table (preparePublished leaves it so). One table's rows are
 * read at a time, written whole and per period, handed to `sink`, and let go.
 */
export async function writeTables(log: DownloadLog, engine: SqlEngine, periods: readonly string[], sink: RowsSink): Promise<void> {
  for (const table of PUBLISHED_TABLES) {
    const rows = await publishedRows(engine, table);
    await writeTable(log, engine, table, rows, { group: 'table', period: null, csv: `${table.name}.csv`, parquet: `parquet/${table.name}.parquet` });
    if (PERIOD_TABLES.includes(table)) {
      const byPeriod = group(rows, (row) => row.period);
      for (const period of periods) {
        const path = `periods/${period}/${table.name}`;
        await writeTable(log, engine, table, byPeriod.get(period) ?? [], { group: 'period', period, csv: `${path}.csv`, parquet: `${path}.parquet` });
      }
    }
    sink(table, rows);
  }
}
