/** One cell's text → its typed value, by the column's definition. */
import { MISSING_MARKERS, type Column } from '../contract/schema.ts';
import type { Code } from './codes.ts';
import { columnLabel, shown, type Label, type Problem } from './issues.ts';
import { checkRange } from './ranges.ts';

export type CellValue = string | number | boolean | null;
export type CellResult = { ok: true; value: CellValue } | { ok: false; problem: Problem };

const ok = (value: CellValue): CellResult => ({ ok: true, value });
const fail = (code: Code, zh: string, en: string): CellResult => ({ ok: false, problem: { code, zh, en } });

/** Full-width ASCII as typed with a Chinese input method (１２３．４, －, ，, ％) → plain ASCII; the minus sign → '-'. */
function halfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u2212/g, '-');
}

/** Digits with optional well-formed thousands groups (1,234,567.8), a fraction and an exponent (as Excel writes 1.2E+11). */
const NUMBER = /^[+-]?(?=\.?\d)(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:e[+-]?\d+)?$/i;
const TRUE = ['true', '1', 'yes', '是'];
const FALSE = ['false', '0', 'no', '否'];
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The quote a formula-safe CSV export puts before text starting with = + - @ tab CR or LF; see src/lib/csv/write.ts. */
const FORMULA_QUOTE = /^'(?=[=+\-@\t\r\n])/;

function number(column: Column, text: string, plain: string, unit: string | null, label: Label): CellResult {
  let digits = plain;
  if (digits.endsWith('%')) {
    // A null unit is unknown: the table that tells is not at hand, so the % gets the benefit of the doubt.
    if (unit !== '%' && unit !== null) {
      return fail('BAD_NUMBER', `${label.zh}的值“${shown(text)}”带 %，但单位不是 %`, `${label.en}: "${shown(text)}" carries a % but the unit is not %`);
    }
    digits = digits.slice(0, -1).trimEnd();
  }
  const value = NUMBER.test(digits) ? Number(digits.replaceAll(',', '')) : NaN;
  if (!Number.isFinite(value)) return fail('BAD_NUMBER', `${label.zh}的值“${shown(text)}”不是数字`, `${label.en}: "${shown(text)}" is not a number`);
  if (column.type === 'integer' && !Number.isInteger(value)) {
    return fail('BAD_INTEGER', `${label.zh}的值“${shown(text)}”不是整数`, `${label.en}: "${shown(text)}" is not a whole number`);
  }
  const outOfRange = checkRange(column, value, shown(text), unit, label);
  return outOfRange ? { ok: false, problem: outOfRange } : ok(value);
}

function date(text: string, label: Label): CellResult {
  const [, y, m, d] = DATE.exec(text) ?? [];
  const day = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (y && day.getUTCMonth() === Number(m) - 1 && day.getUTCDate() === Number(d)) return ok(text);
  return fail('BAD_DATE', `${label.zh}的值“${shown(text)}”不是 YYYY-MM-DD 格式的日期`, `${label.en}: "${shown(text)}" is not a YYYY-MM-DD date`);
}

/**
 * A cell's typed value, or what is wrong with it. Surrounding spaces never count.
 * `unit` is the unit a number is in ('%' allows a trailing % and bounds it to plausible
 * percentages); null means unknown. An empty cell, or a missing marker in a number cell, is
 * missing: the column's default (or null) when optional, MISSING_VALUE when required.
 */
export function parseCell(column: Column, raw: string, unit: string | null, label: Label = columnLabel(column.name)): CellResult {
  const text = raw.trim();
  const numeric = column.type === 'number' || column.type === 'integer';
  const plain = numeric ? halfWidth(text) : text;
  if (text === '' || (numeric && MISSING_MARKERS.includes(plain))) {
    if (!column.required) return ok(column.default ?? null);
    return text === ''
      ? fail('MISSING_VALUE', `${label.zh}为空，但必须填写`, `${label.en} is empty but required`)
      : fail('MISSING_VALUE', `${label.zh}的值“${text}”表示缺失，但必须填写`, `${label.en}: "${text}" marks a missing value but one is required`);
  }
  switch (column.type) {
    case 'string':
      return ok(text.replace(FORMULA_QUOTE, ''));
    case 'number':
    case 'integer':
      return number(column, text, plain, unit, label);
    case 'boolean': {
      const lower = text.toLowerCase();
      if (TRUE.includes(lower)) return ok(true);
      if (FALSE.includes(lower)) return ok(false);
      return fail('BAD_BOOLEAN', `${label.zh}的值“${shown(text)}”不是 true/false、1/0、yes/no 或 是/否`, `${label.en}: "${shown(text)}" is not true/false, 1/0, yes/no or 是/否`);
    }
    case 'date':
      return date(text, label);
    case 'enum': {
      const allowed = column.values ?? [];
      if (allowed.includes(text)) return ok(text);
      return fail('BAD_ENUM', `${label.zh}的值“${shown(text)}”不是以下之一：${allowed.join('、')}`, `${label.en}: "${shown(text)}" is not one of ${allowed.join(', ')}`);
    }
  }
}
