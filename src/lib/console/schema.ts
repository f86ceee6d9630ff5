/** The tables the SQL console holds, as the data contract describes them, for its schema browser. */
import { COMPUTED_TABLES, PUBLISHED_TABLES } from '../contract/published.ts';
import type { Column, TableDef } from '../contract/schema.ts';
import { SCORING_INPUTS } from '../sql/load-inputs.ts';

const inEngine = new Set([...COMPUTED_TABLES, ...SCORING_INPUTS].map((table) => table.name));

/**
 * What the browser's DuckDB has: the views of the scoring SQL and its inputs as published
 * (computed first), then the site settings the SQL reads.
 */
export const CONSOLE_TABLES: readonly TableDef[] = [
  ...PUBLISHED_TABLES.filter((table) => inEngine.has(table.name)),
  ...SCORING_INPUTS.filter((input) => !PUBLISHED_TABLES.some((table) => table.name === input.name)),
];

const TYPE_NAMES: Record<Column['type'], string> = {
  string: '文本 string',
  enum: '枚举 enum',
  integer: '整数 integer',
  number: '数值 number',
  boolean: '是/否 boolean',
  date: '日期 date',
};

/** “数值 number（分）”, “枚举 enum：a | b”. */
export function columnTypeText(column: Column): string {
  const unit = column.unit ? `（${column.unit}）` : '';
  const values = column.values ? `：${column.values.join(' | ')}` : '';
  return `${TYPE_NAMES[column.type]}${unit}${values}`;
}
