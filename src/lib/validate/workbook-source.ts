/**
 * A data folder whose tables may come as Excel workbooks: asked for values.csv, a folder that
 * has values.xlsx instead gives that workbook's table as CSV, and the issues found in it are then
 * placed at the workbook's sheet and cell instead of the CSV's line and column.
 */
import Papa from 'papaparse';
import { CSV_TABLES, indicators as indicatorsTable } from '../contract/inputs.ts';
import type { TableDef } from '../contract/schema.ts';
import { decode } from './decode.ts';
import { IssueLog, type Counts, type Issue } from './issues.ts';
import type { DataSource } from './source.ts';
import { readWorkbookTable, workbookPath, type IndicatorName, type SheetTable } from './workbook.ts';

/** The contract table a data-folder path is the file of. */
export function tableOfPath(path: string): TableDef | undefined {
  return CSV_TABLES.find((def) => new RegExp(`^${def.file.replace('<period>', '[^/]+').replace(/[.]/g, '\\.')}$`).test(path));
}

/** Issues of a CSV that came from a workbook, placed at the workbook's cells. */
export function placeAtCells(issues: readonly Issue[], counts: Readonly<Record<string, Counts>>, csvPath: string, workbook: string, table: SheetTable): { issues: Issue[]; counts: Record<string, Counts> } {
  const placed = issues.map((issue) => {
    if (issue.file !== csvPath) return issue;
    const row = issue.line === null ? undefined : table.refs[issue.line - 1];
    const cell = issue.cell ?? (row && (issue.column === null ? row[0] : row[issue.column - 1])) ?? undefined;
    return { ...issue, file: workbook, ...(cell ? { cell } : {}) };
  });
  const renamed = Object.fromEntries(Object.entries(counts).map(([file, count]) => [file === csvPath ? workbook : file, count]));
  return { issues: placed, counts: renamed };
}

/** Logs the sheet's own layout problems under the CSV path, at their cells, before the CSV's checks run. */
export function logSheetProblems(table: SheetTable, csvPath: string, log: IssueLog): void {
  for (const { ref, problem } of table.problems) log.add({ file: csvPath, line: 1, column: null, columnName: null, cell: ref }, problem);
}

export class WorkbookSource implements DataSource {
  /** Tables read from a workbook, by the CSV path they stand for. */
  readonly tables = new Map<string, { workbook: string; table: SheetTable }>();
  /** CSV paths whose workbook could not be read (the reason is logged). */
  readonly failed = new Set<string>();
  private indicatorNames: Promise<IndicatorName[]> | null = null;

  constructor(private readonly inner: DataSource, private readonly log: IssueLog) {}

  listPeriods(): Promise<string[]> {
    return this.inner.listPeriods();
  }

  listPrevious(period: string): Promise<string[]> {
    return this.inner.listPrevious(period);
  }

  async read(path: string): Promise<Uint8Array | null> {
    const bytes = await this.inner.read(path);
    const def = tableOfPath(path);
    if (bytes || !def) return bytes;
    const workbook = workbookPath(path);
    const book = await this.inner.read(workbook);
    if (!book) return null;
    const result = await readWorkbookTable(book, def, def.name === 'values' ? await this.indicators() : []);
    if ('problem' in result) {
      this.failed.add(path);
      this.log.add({ file: workbook, line: null, column: null, columnName: null }, result.problem);
      return null;
    }
    this.tables.set(path, { workbook, table: result.table });
    logSheetProblems(result.table, path, this.log);
    return new TextEncoder().encode(result.table.csv);
  }

  /** Every issue of a workbook's table at its cell, under the workbook's name. */
  place(result: { issues: Issue[]; counts: Record<string, Counts> }): { issues: Issue[]; counts: Record<string, Counts> } {
    let placed = result;
    for (const [csvPath, { workbook, table }] of this.tables) placed = placeAtCells(placed.issues, placed.counts, csvPath, workbook, table);
    return placed;
  }

  /** The indicators a wide values sheet's headers may name, read as the folder has them. */
  private indicators(): Promise<IndicatorName[]> {
    this.indicatorNames ??= this.read(indicatorsTable.file).then((bytes) => {
      const text = bytes && decode(bytes, indicatorsTable.file, new IssueLog());
      if (!text) return [];
      return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data
        .map((row) => ({ indicator_id: (row.indicator_id ?? '').trim(), name_zh: (row.name_zh ?? '').trim(), unit: (row.unit ?? '').trim() }));
    });
    return this.indicatorNames;
  }
}
