/** The data dictionary's cells: each column of a contract table, in Chinese and English. */
import { allowedText } from '../contract/allowed.ts';
import type { Column, TableDef } from '../contract/schema.ts';

const TYPE_LABELS: Record<Column['type'], string> = {
  string: '文本 string',
  integer: '整数 integer',
  number: '数值 number',
  boolean: '是否 boolean',
  date: '日期 date',
  enum: '代码 enum',
};

export function columnCells(c: Column): Record<string, string> {
  return {
    name: c.name,
    title: `${c.title_zh} ${c.title_en}`,
    type: TYPE_LABELS[c.type],
    unit: c.unit ?? '',
    required: c.required ? '是' : '否',
    allowed: allowedText(c),
    meaning_zh: c.description_zh,
    meaning_en: c.description_en,
  };
}

export const keyText = (table: TableDef): string => (table.primaryKey.length > 0 ? table.primaryKey.join(' + ') : '—');
