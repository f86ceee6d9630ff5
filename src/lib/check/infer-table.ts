/** Which contract table a dropped CSV file holds, told from its header row. */
import Papa from 'papaparse';
import { CSV_TABLES } from '../contract/inputs.ts';
import type { TableDef } from '../contract/schema.ts';
import { decode } from '../validate/decode.ts';
import { IssueLog } from '../validate/issues.ts';
import { WORKBOOK_EXTENSION, workbookPath } from '../validate/workbook.ts';

/** The file's header names, decoded as the validator decodes (UTF-8, else GB18030); [] when it is not text. */
export function headerNames(bytes: Uint8Array): string[] {
  const text = decode(bytes, 'header', new IssueLog());
  if (text === null) return [];
  const [first] = Papa.parse<string[]>(text, { preview: 1 }).data;
  return (first ?? []).map((name) => name.trim());
}

/** The columns that tell a table's file apart: its key, or its required columns when it has no key. */
const identifying = (table: TableDef) => (table.primaryKey.length > 0 ? table.primaryKey : table.columns.filter((c) => c.required).map((c) => c.name));

/**
 * Of the tables whose identifying columns the header names, the one it names most columns of,
 * then the one it leaves fewest unnamed (categories.csv's header is also part of indicators.csv's);
 * null when none fits or two fit equally well, so the reader picks. A file missing some other
 * column still matches, and the check then reports the missing column.
 */
export function inferTable(header: readonly string[]): TableDef | null {
  const names = new Set(header);
  const fits = CSV_TABLES
    .filter((table) => identifying(table).every((name) => names.has(name)))
    .map((table) => {
      const matched = table.columns.filter((column) => names.has(column.name)).length;
      return { table, matched, unnamed: table.columns.length - matched };
    })
    .sort((a, b) => b.matched - a.matched || a.unnamed - b.unnamed);
  const [best, next] = fits;
  if (!best) return null;
  return next && next.matched === best.matched && next.unnamed === best.unnamed ? null : best.table;
}

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1).toLowerCase();

/** The table a file is by its name: values.csv, or values.xlsx for an Excel workbook of it. */
export function tableNamed<T extends Pick<TableDef, 'file'>>(fileName: string, tables: readonly T[]): T | undefined {
  const name = baseName(fileName);
  return tables.find((table) => baseName(table.file) === name || baseName(workbookPath(table.file)) === name);
}

export const isWorkbook = (fileName: string): boolean => fileName.toLowerCase().endsWith(WORKBOOK_EXTENSION);
