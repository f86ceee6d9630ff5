/** Each published table as CSV for Excel (BOM, formula-safe) and as Parquet from native DuckDB: whole, and per period. */
import { closeSync, openSync, writeSync } from 'node:fs';
import { PERIOD_TABLES, PUBLISHED_TABLES } from '../../src/lib/contract/published.ts';
import type { TableDef } from '../../src/lib/contract/schema.ts';
import { csvLines, writeCsv } from '../../src/lib/csv/write.ts';
import { publishedRows } from '../../src/lib/publish/compute.ts';
import { tableTitle } from '../../src/lib/publish/file-titles.ts';
import { PLAIN_FOLDER } from '../../src/lib/publish/manifest.ts';
import type { Row, SqlEngine } from '../../src/lib/sql/engine.ts';
import { copyToParquetSql, periodsInTableSql, selectPublishedSql } from '../../src/lib/sql/publish-queries.ts';
import type { DownloadLog } from './download-log.ts';
import type { SiteData } from './site-data.ts';
import type { TableCache } from './table-cache.ts';

const BOM = '\uFEFF';
const columnsOf = (table: TableDef) => table.columns.map((c) => c.name);
/** The header line; the files are BOM (for Excel) + header + the rows' lines. */
const headerOf = (table: TableDef) => writeCsv(columnsOf(table), [], { formulaSafe: true });
const aboutOf = (table: TableDef, group: 'table' | 'period', period: string | null, rows: number) => {
  const { zh, en } = tableTitle(table);
  return { group, title_zh: zh, title_en: en, table: table.name, period, rows };
};

/** Some of a table's rows, with their CSV lines made once for every file they go into. */
interface Slice {
  rows: readonly Row[];
  lines: string;
}

const sliceOf = (table: TableDef, rows: readonly Row[]): Slice => ({ rows, lines: csvLines(columnsOf(table), rows, true) });

/** One period's rows as CSV and Parquet. */
async function writePeriodFiles(log: DownloadLog, engine: SqlEngine, table: TableDef, period: string, slice: Slice): Promise<void> {
  const path = `periods/${period}/${table.name}`;
  const about = aboutOf(table, 'period', period, slice.rows.length);
  log.write(`${path}.csv`, Buffer.from(BOM + headerOf(table) + slice.lines, 'utf8'), about);
  await engine.exec(copyToParquetSql(table, log.prepare(`${path}.parquet`), period));
  log.record(`${path}.parquet`, about);
}

/**
 * The whole table as CSV, a copy without the byte-order mark (for data tools that would read it as
 * part of the first column's name), Parquet, and the pages' copy, written a slice of rows at a time
 * so that a table of millions of rows is never held at once.
 */
class WholeTable {
  private rows = 0;
  private readonly csv: number;
  private readonly plain: number;

  constructor(private readonly log: DownloadLog, private readonly table: TableDef, private readonly site: SiteData | undefined) {
    const header = headerOf(table);
    this.csv = openSync(log.prepare(`${table.name}.csv`), 'w');
    this.plain = openSync(log.prepare(`${PLAIN_FOLDER}/${table.name}.csv`), 'w');
    writeSync(this.csv, BOM + header);
    writeSync(this.plain, header);
    site?.write(table, []);
  }

  add({ rows, lines }: Slice): void {
    writeSync(this.csv, lines);
    writeSync(this.plain, lines);
    this.site?.append(this.table, rows);
    this.rows += rows.length;
  }

  async finish(engine: SqlEngine): Promise<void> {
    closeSync(this.csv);
    closeSync(this.plain);
    const about = aboutOf(this.table, 'table', null, this.rows);
    this.log.record(`${this.table.name}.csv`, about);
    this.log.record(`${PLAIN_FOLDER}/${this.table.name}.csv`, { ...about, group: 'plain', title_zh: `${about.title_zh}（无 BOM）`, title_en: `${about.title_en} (no BOM)` });
    await engine.exec(copyToParquetSql(this.table, this.log.prepare(`parquet/${this.table.name}.parquet`)));
    this.log.record(`parquet/${this.table.name}.parquet`, about);
  }
}

/**
 * A per-period table a period at a time: its rows are ordered by period first, so the periods'
 * rows one after another are the whole table. The periods without rows get empty files.
 */
async function writeByPeriod(log: DownloadLog, engine: SqlEngine, table: TableDef, periods: readonly string[], whole: WholeTable): Promise<void> {
  const present = (await engine.query<{ period: string }>(periodsInTableSql(table))).map((row) => row.period);
  for (const period of present) {
    const slice = sliceOf(table, await engine.query(selectPublishedSql(table, period)));
    if (periods.includes(period)) await writePeriodFiles(log, engine, table, period, slice);
    whole.add(slice);
  }
  for (const period of periods.filter((p) => !present.includes(p))) await writePeriodFiles(log, engine, table, period, sliceOf(table, []));
}

/** Where else a table goes: the pages' copy, and the cache of tables whose inputs did not change. */
export interface TableOutputs {
  site?: SiteData;
  cache?: TableCache;
}

/** The engine must hold every published table not in the cache (preparePublished leaves it so). */
export async function writeTables(log: DownloadLog, engine: SqlEngine, periods: readonly string[], { site, cache }: TableOutputs = {}): Promise<void> {
  for (const table of PUBLISHED_TABLES) {
    if (cache?.has(table)) {
      cache.restore(table, log);
      continue;
    }
    const first = log.files.length;
    const whole = new WholeTable(log, table, site);
    if (PERIOD_TABLES.includes(table)) await writeByPeriod(log, engine, table, periods, whole);
    else whole.add(sliceOf(table, await publishedRows(engine, table)));
    await whole.finish(engine);
    cache?.store(table, log.files.slice(first), log);
  }
}
