/** Loads a Dataset's tables into an engine, typed by the contract, the same way in both engines. */
import type { Column, TableDef } from '../contract/schema.ts';
import { column, LOADED_TABLES, PERIOD_COLUMN } from '../contract/inputs.ts';
import type { Dataset, InputTableName } from '../contract/dataset.ts';
import { writeCsv } from '../csv/write.ts';
import type { SqlEngine } from './engine.ts';

const DUCKDB_TYPES: Record<Column['type'], string> = {
  string: 'VARCHAR',
  enum: 'VARCHAR',
  integer: 'INTEGER',
  number: 'DOUBLE',
  boolean: 'BOOLEAN',
  date: 'DATE',
};


/** The columns a table has once loaded: per-period tables gain a leading `period`. */
export function loadedColumns(table: TableDef): Column[] {
  return table.perPeriod ? [PERIOD_COLUMN, ...table.columns] : table.columns;
}

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;
const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** A registered CSV file read as the table's typed columns. */
function readCsvSql(table: TableDef, file: string): string {
  const columns = loadedColumns(table).map((c) => `${quote(c.name)}: ${quote(DUCKDB_TYPES[c.type])}`).join(', ');
  // Every option is spelled out so that neither engine guesses: same text, same types, same result.
  return `SELECT * FROM read_csv(${quote(file)}, header = true, delim = ',', quote = '"', escape = '"', nullstr = '', auto_detect = false, columns = {${columns}})`;
}

export function createTableSql(table: TableDef): string {
  return `CREATE OR REPLACE TABLE ${ident(table.name)} AS ${readCsvSql(table, `${table.name}.csv`)}`;
}

/** An empty table with the loaded columns, for per-period rows to be added to. */
export function emptyTableSql(table: TableDef): string {
  const columns = loadedColumns(table).map((c) => `${ident(c.name)} ${DUCKDB_TYPES[c.type]}`).join(', ');
  return `CREATE OR REPLACE TABLE ${ident(table.name)} (${columns})`;
}

export function insertCsvSql(table: TableDef, file: string): string {
  return `INSERT INTO ${ident(table.name)} ${readCsvSql(table, file)}`;
}

/** The site settings the SQL needs, as a one-row table. */
const SITE_TABLE: TableDef = {
  name: 'site', file: 'site.json', perPeriod: false, optional: false,
  title_zh: '站点设置', title_en: 'Site settings', description_zh: '地区与本市', description_en: 'Region and home city',
  columns: [
    column('region', 'string', ['地区', 'Region', '评价地区', 'Region evaluated']),
    column('home_city', 'string', ['本市', 'Home city', '本站关注的城市', 'The city this site watches']),
  ],
  primaryKey: [],
  foreignKeys: [],
};

/** Every table the scoring SQL reads: the site settings, then the input tables. */
export const SCORING_INPUTS: readonly TableDef[] = [SITE_TABLE, ...LOADED_TABLES];

/** The input tables as CSV text, by table name: what the browser downloads as data/browser/<name>.csv. */
export function inputCsvs(data: Dataset): Map<string, string> {
  const csvs = new Map<string, string>();
  csvs.set(SITE_TABLE.name, writeCsv(['region', 'home_city'], [{ region: data.site.region, home_city: data.site.home_city }]));
  for (const table of LOADED_TABLES) {
    const rows = data[table.name as InputTableName] as unknown as Record<string, unknown>[];
    csvs.set(table.name, writeCsv(loadedColumns(table).map((c) => c.name), rows));
  }
  return csvs;
}

/** The tables with rows for each period, which the browser loads one period at a time. */
export const PERIOD_INPUTS: readonly TableDef[] = LOADED_TABLES.filter((t) => t.perPeriod);
export const WHOLE_INPUTS: readonly TableDef[] = SCORING_INPUTS.filter((t) => !t.perPeriod);

/** Where the browser finds an input table's CSV under data/browser/. */
export const browserInputPath = (table: TableDef, period?: string): string =>
  period === undefined ? `${table.name}.csv` : `periods/${period}/${table.name}.csv`;

/** Every browser input file by its path under data/browser/: whole tables, and per-period tables split by period. */
export function browserInputFiles(data: Dataset): Map<string, string> {
  const csvs = inputCsvs(data);
  const files = new Map<string, string>();
  for (const table of WHOLE_INPUTS) files.set(browserInputPath(table), csvs.get(table.name)!);
  for (const table of PERIOD_INPUTS) {
    const rows = data[table.name as InputTableName] as unknown as Record<string, unknown>[];
    for (const { period } of data.snapshots) {
      files.set(browserInputPath(table, period), writeCsv(loadedColumns(table).map((c) => c.name), rows.filter((r) => r.period === period)));
    }
  }
  return files;
}

/** Reads a browser input file by its path under data/browser/ (fetch in a page, a Map in tests). */
export type CsvSource = (path: string) => Promise<string>;

/** The tables that are not split by period, and empty per-period tables to add periods to. */
export async function loadWholeInputs(engine: SqlEngine, source: CsvSource): Promise<void> {
  const csvs = await Promise.all(WHOLE_INPUTS.map((table) => source(browserInputPath(table))));
  for (const [i, table] of WHOLE_INPUTS.entries()) {
    await engine.registerCsv(`${table.name}.csv`, csvs[i]!);
    await engine.exec(createTableSql(table));
  }
  for (const table of PERIOD_INPUTS) await engine.exec(emptyTableSql(table));
}

/** Adds the rows of the given periods to the per-period tables. */
export async function loadPeriodInputs(engine: SqlEngine, source: CsvSource, periods: readonly string[]): Promise<void> {
  const files = await Promise.all(periods.flatMap((period) => PERIOD_INPUTS.map(async (table) => {
    const path = browserInputPath(table, period);
    return { table, path, csv: await source(path) };
  })));
  for (const { table, path, csv } of files) {
    await engine.registerCsv(path, csv);
    await engine.exec(insertCsvSql(table, path));
  }
}

/** Registers each table's CSV and creates the typed table from it. */
export async function loadInputCsvs(engine: SqlEngine, csvs: ReadonlyMap<string, string>): Promise<void> {
  for (const table of SCORING_INPUTS) {
    const csv = csvs.get(table.name);
    if (csv === undefined) throw new Error(`No CSV for input table ${table.name}`);
    await engine.registerCsv(`${table.name}.csv`, csv);
    await engine.exec(createTableSql(table));
  }
}

export const loadInputs = (engine: SqlEngine, data: Dataset): Promise<void> => loadInputCsvs(engine, inputCsvs(data));

/** Makes rows computed outside SQL a table of the engine, typed by the definition like an input table. */
export async function loadRows(engine: SqlEngine, table: TableDef, rows: readonly Record<string, unknown>[]): Promise<void> {
  await engine.registerCsv(`${table.name}.csv`, writeCsv(loadedColumns(table).map((c) => c.name), rows));
  await engine.exec(createTableSql(table));
}
