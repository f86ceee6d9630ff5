/** One CSV file on its own, as a data officer drops it on the check page: the same checks and codes as for a folder. */
import type { InputTableName } from '../contract/dataset.ts';
import type { TableDef } from '../contract/schema.ts';
import type { CellValue } from './cells.ts';
import { IssueLog, type Counts, type Issue } from './issues.ts';
import { fileOf, givenRows, tableDef, type Row } from './rows.ts';
import { runRules } from './rules.ts';
import { readTable } from './table.ts';

export interface TableFileOptions {
  /** The period a per-period file belongs to; names the file snapshots/<period>/… */
  period?: string;
  /**
   * Tables to check references and units against, e.g. the published dataset's. References
   * into a table not given are not checked, and a trailing % is accepted where the unit is unknown.
   */
  refs?: Partial<Record<InputTableName, readonly object[]>>;
}

export interface TableFileResult {
  /** The typed rows, or null when the file is unreadable or lacks a required column. */
  rows: Record<string, CellValue>[] | null;
  issues: Issue[];
  counts: Record<string, Counts>;
}

export function validateTableFile(def: TableDef, bytes: Uint8Array, options: TableFileOptions = {}): TableFileResult {
  const log = new IssueLog();
  const period = options.period ?? null;
  const tables = new Map<string, readonly Row[]>(
    Object.entries(options.refs ?? {}).map(([name, records]) => [name, givenRows(tableDef(name)?.file ?? name, records)]),
  );
  const rows = readTable(def, bytes, period === null ? def.file : fileOf(def, period), period, tables, log);
  if (rows) {
    tables.set(def.name, rows);
    runRules(tables, log, def.name);
  }
  return { rows: rows && rows.map((row) => row.data), issues: log.issues(), counts: log.counts() };
}
