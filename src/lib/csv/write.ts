/** Writes rows as RFC 4180 CSV. Options make it safe for Excel on Chinese Windows. */

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark so Excel reads the file as UTF-8. */
  bom?: boolean;
  /** Prefix text cells that start with = + - @ tab CR or LF with ' so a spreadsheet will not run them. */
  formulaSafe?: boolean;
  /** Header row to write instead of the column keys (one label per column), e.g. a table's display labels. */
  header?: readonly string[];
}

const FORMULA_START = /^[=+\-@\t\r\n]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

function cell(value: unknown, formulaSafe: boolean): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (typeof value === 'number') text = Number.isFinite(value) ? String(value) : '';
  else if (typeof value === 'boolean') text = value ? 'true' : 'false';
  else {
    text = String(value);
    if (formulaSafe && FORMULA_START.test(text)) text = `'${text}`;
  }
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The rows' lines, each ending in CRLF, without a header: a file can be written a slice of rows at a time. */
export function csvLines(columns: readonly string[], rows: readonly Record<string, unknown>[], formulaSafe = false): string {
  const lines = rows.map((row) => `${columns.map((c) => cell(row[c], formulaSafe)).join(',')}\r\n`);
  return lines.join('');
}

export function writeCsv(columns: readonly string[], rows: readonly Record<string, unknown>[], options: CsvOptions = {}): string {
  const formulaSafe = options.formulaSafe ?? false;
  const header = `${(options.header ?? columns).map((c) => cell(c, formulaSafe)).join(',')}\r\n`;
  return (options.bom ? '\uFEFF' : '') + header + csvLines(columns, rows, formulaSafe);
}
