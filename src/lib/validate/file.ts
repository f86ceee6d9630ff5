/** One CSV file on its own, as a data officer drops it on the check page: the same checks and codes as for a folder. */
import type { InputTableName } from '../contract/dataset.ts';
import type { TableDef } from '../contract/schema.ts';
import type { CellValue } from './cells.ts';
import { IssueLog, type Counts, type Issue } from './issues.ts';
import { fileOf, givenRows, tableDef, type Row } from './rows.ts';
import { runRules } from './rules.ts';
import { readTable } from './table.ts';
import { readWorkbookTable, workbookPath, type IndicatorName } from './workbook.ts';
import { logSheetProblems, placeAtCells } from './workbook-source.ts';

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

/** The file's name as the issues give it: the table's path in a data folder. */
const fileName = (def: TableDef, period: string | null) => (period === null ? def.file : fileOf(def, period));

function checkTable(def: TableDef, bytes: Uint8Array, options: TableFileOptions, log: IssueLog): TableFileResult {
  const period = options.period ?? null;
  const tables = new Map<string, readonly Row[]>(
    Object.entries(options.refs ?? {}).map(([name, records]) => [name, givenRows(tableDef(name)?.file ?? name, records)]),
  );
  const rows = readTable(def, bytes, fileName(def, period), period, tables, log);
  if (rows) {
    tables.set(def.name, rows);
    runRules(tables, log, def.name);
  }
  return { rows: rows && rows.map((row) => row.data), issues: log.issues(), counts: log.counts() };
}

export function validateTableFile(def: TableDef, bytes: Uint8Array, options: TableFileOptions = {}): TableFileResult {
  return checkTable(def, bytes, options, new IssueLog());
}

/** An Excel workbook of the table, checked as its CSV would be; the issues point at sheet and cell. */
export async function validateWorkbookFile(def: TableDef, bytes: Uint8Array, options: TableFileOptions = {}): Promise<TableFileResult> {
  const csvPath = fileName(def, options.period ?? null);
  const workbook = workbookPath(csvPath);
  const indicators = (options.refs?.indicators ?? []) as unknown as IndicatorName[];
  const read = await readWorkbookTable(bytes, def, indicators);
  const log = new IssueLog();
  if ('problem' in read) {
    log.add({ file: workbook, line: null, column: null, columnName: null }, read.problem);
    return { rows: null, issues: log.issues(), counts: log.counts() };
  }
  logSheetProblems(read.table, csvPath, log);
  const result = checkTable(def, new TextEncoder().encode(read.table.csv), options, log);
  return { rows: result.rows, ...placeAtCells(result.issues, result.counts, csvPath, workbook, read.table) };
}
