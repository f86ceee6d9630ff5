/** Primary keys (DUPLICATE_KEY) and foreign keys (UNKNOWN_REFERENCE), as the table definitions declare them. */
import type { TableDef } from '../contract/schema.ts';
import type { CellValue } from './cells.ts';
import { IssueLog, columnLabel } from './issues.ts';
import { at, tableDef, type Row, type Tables } from './rows.ts';

/** The row's key as one comparable string; null when a key cell is empty or unreadable. */
export function keyOf(data: Record<string, CellValue>, fields: readonly string[]): string | null {
  let key = '';
  for (const field of fields) {
    const value = data[field] ?? null;
    if (value === null) return null;
    // Type and length tags keep the number 1 apart from the text "1", and any two key cells apart.
    const text = String(value);
    key += `${(typeof value)[0]}${text.length}:${text}`;
  }
  return key;
}

/** The first row for each key. */
export function indexRows(rows: readonly Row[], fields: readonly string[]): Map<string, Row> {
  const index = new Map<string, Row>();
  for (const row of rows) {
    const key = keyOf(row.data, fields);
    if (key !== null && !index.has(key)) index.set(key, row);
  }
  return index;
}

const keyText = (row: Row, fields: readonly string[]) => fields.map((field) => String(row.data[field])).join(', ');

/** `rows` are one file's: a per-period table's key is unique within its period. */
export function checkPrimaryKey(def: TableDef, rows: readonly Row[], log: IssueLog): void {
  if (def.primaryKey.length === 0) return;
  const label = columnLabel(def.primaryKey.join(', '));
  const seen = new Map<string, Row>();
  for (const row of rows) {
    const key = keyOf(row.data, def.primaryKey);
    if (key === null) continue;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, row);
      continue;
    }
    const value = keyText(row, def.primaryKey);
    log.add(at(row, def.primaryKey[0]!), {
      code: 'DUPLICATE_KEY',
      zh: `${label.zh}的值“${value}”与第 ${first.line} 行重复`,
      en: `${label.en}: "${value}" repeats line ${first.line}`,
    });
  }
}

/** Skips a foreign key whose table is not at hand. */
export function checkForeignKeys(def: TableDef, rows: readonly Row[], tables: Tables, log: IssueLog): void {
  for (const fk of def.foreignKeys) {
    const targets = tables.get(fk.table);
    if (!targets) continue;
    const index = indexRows(targets, fk.reference);
    const label = columnLabel(fk.fields.join(', '));
    const where = tableDef(fk.table)?.file ?? fk.table;
    for (const row of rows) {
      const key = keyOf(row.data, fk.fields);
      if (key === null || index.has(key)) continue;
      const value = keyText(row, fk.fields);
      log.add(at(row, fk.fields[0]!), {
        code: 'UNKNOWN_REFERENCE',
        zh: `${label.zh}的值“${value}”在 ${where} 中找不到`,
        en: `${label.en}: "${value}" is not in ${where}`,
      });
    }
  }
}
