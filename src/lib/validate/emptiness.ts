/**
 * Number columns that hold no number at all in a file: a whole file's figures vanishing (a
 * column emptied in Excel, a wrong export) is an error for the file's essential figures and a
 * warning for any other number column.
 */
import type { TableDef } from '../contract/schema.ts';
import { CSV_TABLES } from '../contract/inputs.ts';
import { columnLabel, fileLevel } from './issues.ts';
import type { Row, Rule } from './rows.ts';

function byFile(rows: readonly Row[]): Map<string, Row[]> {
  const files = new Map<string, Row[]>();
  for (const row of rows) {
    const list = files.get(row.file);
    if (list) list.push(row);
    else files.set(row.file, [row]);
  }
  return files;
}

function numbersPresent(def: TableDef): Rule {
  const numberColumns = def.columns.filter((column) => column.type === 'number' || column.type === 'integer');
  return {
    table: def.name,
    uses: [],
    check(rows, log) {
      for (const [file, fileRows] of byFile(rows(def.name))) {
        // One row's empty cell is that cell's business; a column-wide gap needs a few rows to show.
        if (fileRows.length < 2) continue;
        for (const column of numberColumns) {
          // An absent optional column is the contract's choice; a column with bad cells has its own errors.
          if (!fileRows[0]!.columns.has(column.name) || fileRows.some((row) => row.bad.has(column.name))) continue;
          if (fileRows.some((row) => typeof row.data[column.name] === 'number')) continue;
          const label = columnLabel(column.name);
          const rowCount = fileRows.length;
          log.add({ ...fileLevel(file), columnName: column.name, column: fileRows[0]!.columns.get(column.name) ?? null }, column.essential
            ? { code: 'NO_VALUES', zh: `${label.zh}（${column.title_zh}）在全部 ${rowCount} 行中没有一个数值：本期数据整体缺失`, en: `${label.en} (${column.title_en}) holds no number in any of the ${rowCount} rows: the period’s figures are all missing` }
            : { code: 'NO_NUMBERS', zh: `${label.zh}（${column.title_zh}）在全部 ${rowCount} 行中没有一个数值`, en: `${label.en} (${column.title_en}) holds no number in any of the ${rowCount} rows` });
        }
      }
    },
  };
}

export const NUMBERS_PRESENT: readonly Rule[] = CSV_TABLES.filter((def) => def.columns.some((column) => column.type === 'number' || column.type === 'integer')).map(numbersPresent);
