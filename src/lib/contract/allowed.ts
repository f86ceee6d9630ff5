/** What a column allows, in words: its values, bounds and default. */
import type { Column } from './schema.ts';

/** `code` marks up each allowed value, e.g. as Markdown code. */
export function allowedText(c: Column, code: (value: string) => string = (value) => value): string {
  const parts: string[] = [];
  if (c.values) parts.push(c.values.map(code).join(' '));
  if (c.min !== undefined) parts.push(`${c.exclusiveMin ? '>' : '≥'} ${c.min}`);
  if (c.max !== undefined) parts.push(`≤ ${c.max}`);
  if (c.default !== undefined && c.default !== '') parts.push(`默认 default ${String(c.default)}`);
  return parts.join('; ');
}
