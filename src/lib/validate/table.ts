/** One CSV file of a table: bytes → typed rows, with every cell, key and reference checked. */
import type { Column, TableDef } from '../contract/schema.ts';
import { parseCell, type CellValue } from './cells.ts';
import { decode } from './decode.ts';
import { mapHeader } from './header.ts';
import { columnLabel, described, fileLevel, type IssueLog } from './issues.ts';
import { checkForeignKeys, checkPrimaryKey, indexRows, keyOf } from './keys.ts';
import { parseCsv } from './parse-csv.ts';
import { tableDef, type Row, type Tables } from './rows.ts';

const UNIT = 'unit';
/** Shared by the rows without a bad cell: millions of empty sets would cost hundreds of MB. */
const NO_BAD_CELLS: ReadonlySet<string> = new Set();

/** A number column with no unit of its own is in its row's unit. */
const inRowUnit = (column: Column) => column.type === 'number' && column.unit === undefined;

/**
 * The unit of a row's numbers: the row's own `unit` cell, else the `unit` of the row it refers to
 * (a value is in its indicator's unit). '' when neither table has a unit; null when the
 * referenced table is not at hand.
 */
function rowUnit(def: TableDef, tables: Tables): (data: Record<string, CellValue>) => string | null {
  if (def.columns.some((column) => column.name === UNIT)) return (data) => String(data[UNIT] ?? '');
  const fk = def.foreignKeys.find((key) => tableDef(key.table)?.columns.some((column) => column.name === UNIT));
  if (!fk) return () => '';
  const targets = tables.get(fk.table);
  if (!targets) return () => null;
  const index = indexRows(targets, fk.reference);
  return (data) => {
    const key = keyOf(data, fk.fields);
    const target = key === null ? undefined : index.get(key);
    return target ? String(target.data[UNIT] ?? '') : null;
  };
}

/**
 * The rows of one file of `def` (`period` set for per-period tables), checked against the
 * tables at hand. Null when the file cannot serve to check other tables against: it is not
 * text, has no header or lacks a required column. Every problem goes to `log`.
 */
export function readTable(def: TableDef, bytes: Uint8Array, file: string, period: string | null, tables: Tables, log: IssueLog): Row[] | null {
  log.open(file);
  const text = decode(bytes, file, log);
  const csv = text === null ? null : parseCsv(text, file, log);
  if (!csv) return null;
  const { positions, complete } = mapHeader(def, csv.header, file, log);
  if (def.nonEmpty && csv.records.length === 0 && csv.dropped === 0) log.add(fileLevel(file, csv.header.line), described('NO_ROWS'));
  const columns = new Map([...positions].map(([name, index]) => [name, index + 1]));
  const unitOf = rowUnit(def, tables);
  const ownUnit = def.columns.filter((column) => !inRowUnit(column));
  const rowUnitColumns = def.columns.filter(inRowUnit);
  // Named once per column, not per cell: a national data set has millions of cells.
  const labels = new Map(def.columns.map((column) => [column.name, columnLabel(column.name)]));

  const rows = csv.records.map((record): Row => {
    // Every key set up front, in the table's column order; the cells fill them in.
    const data: Record<string, CellValue> = def.perPeriod ? { period } : {};
    for (const column of def.columns) data[column.name] = null;
    let bad: Set<string> | null = null;
    const read = (column: Column, unit: string | null) => {
      const index = positions.get(column.name);
      if (index === undefined) {
        // An absent optional column takes its default; an absent required one was reported once, as MISSING_COLUMN.
        if (column.required) (bad ??= new Set()).add(column.name);
        else data[column.name] = column.default ?? null;
        return;
      }
      const result = parseCell(column, record.fields[index] ?? '', unit, labels.get(column.name));
      if (result.ok) {
        data[column.name] = result.value;
        return;
      }
      (bad ??= new Set()).add(column.name);
      log.add({ file, line: record.line, column: index + 1, columnName: column.name }, result.problem);
    };
    for (const column of ownUnit) read(column, column.unit ?? '');
    if (rowUnitColumns.length > 0) {
      const unit = unitOf(data);
      for (const column of rowUnitColumns) read(column, unit);
    }
    return { file, line: record.line, columns, data, bad: bad ?? NO_BAD_CELLS };
  });

  checkPrimaryKey(def, rows, log);
  checkForeignKeys(def, rows, tables, log);
  return complete ? rows : null;
}
