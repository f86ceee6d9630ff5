/** Loads a Dataset's tables into an engine, typed by the contract, the same way in both engines. */
import type { Column, TableDef } from '../contract/schema.ts';
import { LOADED_TABLES } from '../contract/inputs.ts';
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

const PERIOD: Column = {
  name: 'period', type: 'string', required: true,
  title_zh: '期次', title_en: 'Period', description_zh: '评价期次', description_en: 'Evaluation period',
};

/** The columns a table has once loaded: per-period tables gain a leading `period`. */
export function loadedColumns(table: TableDef): Column[] {
  return table.perPeriod ? [PERIOD, ...table.columns] : table.columns;
}

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

export function createTableSql(table: TableDef): string {
  const columns = loadedColumns(table).map((c) => `${quote(c.name)}: ${quote(DUCKDB_TYPES[c.type])}`).join(', ');
  // Every option is spelled out so that neither engine guesses: same text, same types, same result.
  return `CREATE OR REPLACE TABLE ${table.name} AS SELECT * FROM read_csv(${quote(`${table.name}.csv`)}, header = true, delim = ',', quote = '"', escape = '"', nullstr = '', auto_detect = false, columns = {${columns}})`;
}

/** The site settings the SQL needs, as a one-row table. */
const SITE_TABLE: TableDef = {
  name: 'site', file: 'site.json', perPeriod: false, optional: false,
  title_zh: '站点设置', title_en: 'Site settings', description_zh: '地区与本市', description_en: 'Region and home city',
  columns: [
    { ...PERIOD, name: 'region', title_zh: '省份', title_en: 'Region', description_zh: '评价地区', description_en: 'Region evaluated' },
    { ...PERIOD, name: 'home_city', title_zh: '本市', title_en: 'Home city', description_zh: '本站关注的城市', description_en: 'The city this site watches' },
  ],
  primaryKey: [],
  foreignKeys: [],
};

export async function loadInputs(engine: SqlEngine, data: Dataset): Promise<void> {
  await engine.registerCsv('site.csv', writeCsv(['region', 'home_city'], [data.site]));
  await engine.exec(createTableSql(SITE_TABLE));
  for (const table of LOADED_TABLES) {
    const rows = data[table.name as InputTableName] as unknown as Record<string, unknown>[];
    const names = loadedColumns(table).map((c) => c.name);
    await engine.registerCsv(`${table.name}.csv`, writeCsv(names, rows));
    await engine.exec(createTableSql(table));
  }
}
