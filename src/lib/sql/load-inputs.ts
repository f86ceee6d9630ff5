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

export async function loadInputs(engine: SqlEngine, data: Omit<Dataset, 'site'>): Promise<void> {
  for (const table of LOADED_TABLES) {
    const rows = data[table.name as InputTableName] as unknown as Record<string, unknown>[];
    const names = loadedColumns(table).map((c) => c.name);
    await engine.registerCsv(`${table.name}.csv`, writeCsv(names, rows));
    await engine.exec(createTableSql(table));
  }
}
