/** Text → CSV records, each with the line a text editor shows it on. */
import Papa from 'papaparse';
import { IssueLog, columnLabel, described, fileLevel } from './issues.ts';

export interface CsvRecord {
  /** 1-based editor line the record starts on (a quoted cell may span several lines). */
  line: number;
  fields: string[];
}

export interface Csv {
  /** Header names, trimmed. */
  header: CsvRecord;
  /** Data records with as many fields as the header; blank lines are skipped. */
  records: CsvRecord[];
  /** Rows left out for a quote error or the wrong number of fields (each one logged). */
  dropped: number;
}

/** Line numbers of offsets in `text`, asked for in increasing order. */
function lineCounter(text: string): (offset: number) => number {
  let scanned = 0;
  let line = 1;
  return (offset) => {
    for (; scanned < offset; scanned += 1) if (text[scanned] === '\n') line += 1;
    return line;
  };
}

/** 1-based number of the field that `offset` falls in, for a record starting at `from`. */
function fieldNumber(text: string, from: number, offset: number): number {
  let inQuotes = false;
  let field = 1;
  for (let i = from; i < offset; i += 1) {
    if (text[i] === '"') inQuotes = !inQuotes;
    else if (text[i] === ',' && !inQuotes) field += 1;
  }
  return field;
}

const isBlank = (fields: readonly string[]) => fields.every((field) => field.trim() === '');

/** The records of `text`, or null when it has no header. Quote errors and ragged rows are logged and the row left out. */
export function parseCsv(text: string, file: string, log: IssueLog): Csv | null {
  // One kind of line break, so a lone CR counts as the new line an editor shows it as.
  const normalized = text.replace(/\r\n?/g, '\n');
  const lineAt = lineCounter(normalized);
  let header = null as CsvRecord | null;
  const records: CsvRecord[] = [];
  let dropped = 0;
  let start = 0;

  Papa.parse<string[]>(normalized, {
    delimiter: ',',
    newline: '\n',
    quoteChar: '"',
    escapeChar: '"',
    step: (result) => {
      const from = start;
      start = result.meta.cursor;
      const fields = result.data;
      const line = lineAt(from);
      // A stray closing quote makes Papa read on for another one: the first error is the one to fix.
      const quote = result.errors.find((e) => e.code === 'InvalidQuotes') ?? result.errors.find((e) => e.code === 'MissingQuotes');
      if (quote) {
        const at = quote.index ?? from;
        const column = fieldNumber(normalized, from, at);
        const columnName = header?.fields[column - 1] ?? null;
        const label = columnName === null ? { zh: `第 ${column} 列`, en: `column ${column}` } : columnLabel(columnName);
        log.add(
          { file, line: lineAt(at), column, columnName },
          quote.code === 'InvalidQuotes'
            ? { code: 'BAD_QUOTE', zh: `${label.zh}的结束引号后还有字符（字段中的引号要写成两个 ""）`, en: `characters follow the closing quote of ${label.en} (write a quote inside a field as "")` }
            : { code: 'UNCLOSED_QUOTE', zh: `${label.zh}从这里开始的引号直到文件末尾都没有闭合`, en: `the quote opening ${label.en} here is never closed` },
        );
        // A header is still worth reading; a data row is not.
        if (header) {
          dropped += 1;
          return;
        }
      }
      if (isBlank(fields)) return;
      if (!header) {
        header = { line, fields: fields.map((name) => name.trim()) };
        return;
      }
      const expected = header.fields.length;
      if (fields.length !== expected) {
        const hint = fields.length > expected ? { zh: '（未加引号的数字中有千位分隔逗号？）', en: ' (a thousands comma in an unquoted number?)' } : { zh: '', en: '' };
        log.add(fileLevel(file, line), {
          code: 'RAGGED_ROW',
          zh: `该行有 ${fields.length} 个字段，表头有 ${expected} 列${hint.zh}`,
          en: `the row has ${fields.length} fields, the header ${expected}${hint.en}`,
        });
        dropped += 1;
        return;
      }
      records.push({ line, fields });
    },
  });

  if (!header) {
    log.add(fileLevel(file), described('EMPTY_FILE'));
    return null;
  }
  return { header, records, dropped };
}
