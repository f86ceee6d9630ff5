/** The contract as Markdown tables, for data/README.md. */
import { allowedText } from './allowed.ts';
import type { Column, TableDef } from './schema.ts';

const escapeCell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

function requiredText(column: Column): string {
  if (column.required) return '是 yes';
  return column.essential ? '列必有，单元格可空 column yes, cells may be empty' : '否 no';
}

export function tableMarkdown(table: TableDef): string {
  const lines = [
    `### \`${table.file}\` — ${table.title_zh} ${table.title_en}${table.optional ? '（可选 optional）' : ''}`,
    '',
    `${table.description_zh} ${table.description_en}`,
    '',
    ...(table.nonEmpty ? ['至少一行数据（只有表头是错误 NO_ROWS）。 At least one row (a header alone is error NO_ROWS).', ''] : []),
    `主键 Key: ${table.primaryKey.length > 0 ? table.primaryKey.map((k) => `\`${k}\``).join(' + ') : '—'}`,
    '',
    '| 列 column | 类型 type | 必填 required | 单位 unit | 取值 allowed | 含义 | meaning |',
    '|---|---|---|---|---|---|---|',
    ...table.columns.map((c) =>
      `| \`${c.name}\` | ${c.type} | ${requiredText(c)} | ${escapeCell(c.unit ?? '')} | ${escapeCell(allowedText(c, (value) => `\`${value}\``))} | ${escapeCell(`${c.title_zh}：${c.description_zh}`)} | ${escapeCell(`${c.title_en}: ${c.description_en}`)} |`,
    ),
  ];
  return lines.join('\n');
}

/** Replaces the text between `<!-- NAME:begin -->` and `<!-- NAME:end -->`. */
export function replaceSection(document: string, name: string, body: string): string {
  const begin = `<!-- ${name}:begin -->`;
  const end = `<!-- ${name}:end -->`;
  const from = document.indexOf(begin);
  const to = document.indexOf(end);
  if (from < 0 || to < from) throw new Error(`data/README.md has no ${begin} … ${end} section`);
  return `${document.slice(0, from + begin.length)}\n${body}\n${document.slice(to)}`;
}
