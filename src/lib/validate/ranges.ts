/** Bounds of a number column: its own min/max, and plausible bounds for a percentage. */
import type { Column } from '../contract/schema.ts';
import type { Label, Problem } from './issues.ts';

/** A percentage beyond this is almost surely a typing or unit mistake. */
export const PERCENT_MAX = 1000;

export function checkRange(column: Column, value: number, text: string, unit: string | null, label: Label): Problem | null {
  const percent = unit === '%';
  const min = column.min ?? (percent ? 0 : undefined);
  const max = column.max ?? (percent ? PERCENT_MAX : undefined);
  const outOf = (zh: string, en: string): Problem => ({
    code: 'OUT_OF_RANGE',
    zh: `${label.zh}的值“${text}”超出范围：${zh}`,
    en: `${label.en}: "${text}" is out of range: ${en}`,
  });
  if (min !== undefined && column.exclusiveMin && value <= min) return outOf(`必须大于 ${min}`, `must be greater than ${min}`);
  if (min !== undefined && value < min) return outOf(`不能小于 ${min}`, `must be at least ${min}`);
  if (max !== undefined && value > max) return outOf(`不能大于 ${max}`, `must be at most ${max}`);
  return null;
}
