/** Rows as the checks see them: typed values plus where each came from. */
import type { TableDef } from '../contract/schema.ts';
import { LOADED_TABLES } from '../contract/inputs.ts';
import type { CellValue } from './cells.ts';
import type { IssueLog, Where } from './issues.ts';

export interface Row {
  file: string;
  /** Editor line of the row; null for rows handed in from elsewhere (e.g. a published dataset). */
  line: number | null;
  /** 1-based position of each column the file has. */
  columns: ReadonlyMap<string, number>;
  /** Values by column name; per-period tables also carry `period`. */
  data: Record<string, CellValue>;
  /** Columns whose cell had a problem; their value is null. */
  bad: ReadonlySet<string>;
}

/** Rows by table name. A table is absent when it could not be read well enough to check others against. */
export type Tables = ReadonlyMap<string, readonly Row[]>;

/** A check that involves more than one cell: it runs once `table` and every table it `uses` are at hand. */
export interface Rule {
  table: string;
  uses: readonly string[];
  check(rows: (table: string) => readonly Row[], log: IssueLog): void;
}

export function at(row: Row, columnName: string): Where {
  return { file: row.file, line: row.line, column: row.columns.get(columnName) ?? null, columnName };
}

export function tableDef(name: string): TableDef | undefined {
  return LOADED_TABLES.find((table) => table.name === name);
}

/** Rows known to be valid already, such as a published dataset's, to check a file against. */
export function givenRows(file: string, records: readonly object[]): Row[] {
  const columns = new Map<string, number>();
  const bad = new Set<string>();
  return records.map((data) => ({ file, line: null, columns, data: data as Record<string, CellValue>, bad }));
}

/** The path of a table's file; per-period tables live in snapshots/<period>/. */
export const fileOf = (def: TableDef, period: string): string => def.file.replace('<period>', period);

/** A JSON file's record as a row of its own. */
export function jsonRow(file: string, data: Record<string, CellValue>): Row {
  return { file, line: null, columns: new Map(), data, bad: new Set() };
}
