/** Issues: what went wrong, where, in both languages; and the log that collects them. */
import { CODES, type Code, type Severity } from './codes.ts';

/** A place in a data file. `line` and `column` are 1-based as an editor shows them; null: the whole file or row. */
export interface Where {
  file: string;
  line: number | null;
  column: number | null;
  columnName: string | null;
  /** For a table read from an Excel workbook: the sheet and cell, e.g. Sheet1!D17. */
  cell?: string;
}

/** What is wrong, before it is placed. */
export interface Problem {
  code: Code;
  zh: string;
  en: string;
}

export interface Issue extends Where, Problem {
  severity: Severity;
}

export type Counts = Record<Severity, number>;

/** Issues kept per file; more are counted but dropped, so a 10,000-error file does not fill memory. */
export const ISSUES_KEPT_PER_FILE = 1000;

/** A problem told in the code's own words, for file-level issues that need no more detail. */
export const described = (code: Code): Problem => ({ code, zh: CODES[code].zh, en: CODES[code].en });

export const fileLevel = (file: string, line: number | null = null): Where => ({ file, line, column: null, columnName: null });

/** A value as quoted in a message: long cells are cut short. */
export function shown(value: unknown): string {
  const text = String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** How a message names a CSV column or a JSON field. */
export interface Label {
  zh: string;
  en: string;
}
export const columnLabel = (name: string): Label => ({ zh: `列“${name}”`, en: `column "${name}"` });
export const fieldLabel = (name: string): Label => ({ zh: `字段“${name}”`, en: `field "${name}"` });

const noCounts = (): Counts => ({ error: 0, warning: 0, notice: 0 });

export class IssueLog {
  private readonly files = new Map<string, { kept: Issue[]; counts: Counts }>();

  /** Fixes the order files are reported in: the order they are opened (or first get an issue). */
  open(file: string): void {
    if (!this.files.has(file)) this.files.set(file, { kept: [], counts: noCounts() });
  }

  add(where: Where, problem: Problem): void {
    this.open(where.file);
    const entry = this.files.get(where.file)!;
    const severity = CODES[problem.code].severity;
    entry.counts[severity] += 1;
    if (entry.kept.length < ISSUES_KEPT_PER_FILE) entry.kept.push({ ...where, ...problem, severity });
  }

  hasErrors(): boolean {
    return [...this.files.values()].some((entry) => entry.counts.error > 0);
  }

  /** Kept issues, file by file in opening order, then by line and column. */
  issues(): Issue[] {
    const position = (n: number | null) => n ?? 0;
    return [...this.files.values()].flatMap((entry) =>
      [...entry.kept].sort((a, b) => position(a.line) - position(b.line) || position(a.column) - position(b.column)),
    );
  }

  /** Every issue counted, kept or not, for each file that has any. */
  counts(): Record<string, Counts> {
    const counts: Record<string, Counts> = {};
    for (const [file, entry] of this.files) {
      if (entry.counts.error + entry.counts.warning + entry.counts.notice > 0) counts[file] = { ...entry.counts };
    }
    return counts;
  }
}
