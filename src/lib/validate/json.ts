/** A JSON file holding one object, checked field by field like a CSV row. */
import type { Column } from '../contract/schema.ts';
import { parseCell, type CellValue } from './cells.ts';
import { decode } from './decode.ts';
import { IssueLog, fieldLabel, fileLevel, type Where } from './issues.ts';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Nested objects → dotted field names: { licence: { id } } → { 'licence.id' }. */
function flatten(object: Record<string, unknown>, prefix = ''): [string, unknown][] {
  return Object.entries(object).flatMap(([key, value]) => (isObject(value) ? flatten(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]]));
}

/** Where JSON.parse stopped: engines say "line L column C" or "position N". */
function syntaxErrorAt(text: string, message: string, file: string): Where {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { file, line: Number(lineColumn[1]), column: Number(lineColumn[2]), columnName: null };
  const position = /position (\d+)/.exec(message);
  if (!position) return fileLevel(file);
  const before = text.slice(0, Number(position[1]));
  return { file, line: before.split('\n').length, column: before.length - before.lastIndexOf('\n'), columnName: null };
}

/**
 * The file's fields, typed by `columns` (dotted names reach into nested objects), or null when
 * the file is not a JSON object. Bad fields are null; every problem goes to `log`.
 */
export function readJsonRecord(bytes: Uint8Array, file: string, columns: readonly Column[], log: IssueLog): Record<string, CellValue> | null {
  log.open(file);
  const text = decode(bytes, file, log);
  if (text === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log.add(syntaxErrorAt(text, message, file), { code: 'BAD_JSON', zh: `JSON 语法错误：${message}`, en: `the JSON does not parse: ${message}` });
    return null;
  }
  if (!isObject(parsed)) {
    log.add(fileLevel(file), { code: 'BAD_TYPE', zh: '文件内容应是一个 JSON 对象 { … }', en: 'the file should hold one JSON object { … }' });
    return null;
  }
  const fields = new Map(flatten(parsed));
  const defined = new Set(columns.map((column) => column.name));
  for (const name of fields.keys()) {
    if (defined.has(name)) continue;
    const label = fieldLabel(name);
    log.add({ ...fileLevel(file), columnName: name }, { code: 'UNKNOWN_FIELD', zh: `${label.zh}不在数据约定中，已忽略`, en: `${label.en} is not in the data contract; ignored` });
  }
  const record: Record<string, CellValue> = {};
  for (const column of columns) {
    const where = { ...fileLevel(file), columnName: column.name };
    const label = fieldLabel(column.name);
    const value = fields.get(column.name);
    record[column.name] = null;
    if (Array.isArray(value)) {
      log.add(where, { code: 'BAD_TYPE', zh: `${label.zh}应是单个值，而不是数组`, en: `${label.en} should be a single value, not an array` });
      continue;
    }
    const result = parseCell(column, value === undefined || value === null ? '' : String(value), column.unit ?? '', label);
    if (result.ok) record[column.name] = result.value;
    else log.add(where, result.problem);
  }
  return record;
}
