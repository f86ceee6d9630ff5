/** The data folder's files a dataset was read from, as the downloads list them. */
import type { Dataset, InputTableName } from '../contract/dataset.ts';
import { CSV_TABLES, REVISABLE_TABLES, previousFile, snapshots } from '../contract/inputs.ts';
import { fileOf } from '../validate/rows.ts';
import { SITE_FILE } from '../validate/site.ts';

export interface SourceFile {
  /** Path inside the data folder. */
  path: string;
  /** The input table read from it; null for site.json. */
  table: string | null;
  period: string | null;
  /** Data rows; null for a JSON file. */
  rows: number | null;
  /** For an earlier version's file, the date that version was published. */
  previous: string | null;
}

/** Every file the contract reads, optional ones included whether or not the folder has them. */
export function sourceFiles(dataset: Dataset): SourceFile[] {
  const rowsOf = (name: string, period: string | null) =>
    (dataset[name as InputTableName] as readonly { period?: string }[]).filter((row) => period === null || row.period === period).length;
  const files: SourceFile[] = [{ path: SITE_FILE, table: null, period: null, rows: null, previous: null }];
  for (const table of CSV_TABLES.filter((t) => !t.perPeriod)) {
    files.push({ path: table.file, table: table.name, period: null, rows: rowsOf(table.name, null), previous: null });
  }
  for (const { period } of dataset.snapshots) {
    files.push({ path: fileOf(snapshots, period), table: snapshots.name, period, rows: null, previous: null });
    for (const table of CSV_TABLES.filter((t) => t.perPeriod)) {
      files.push({ path: fileOf(table, period), table: table.name, period, rows: rowsOf(table.name, period), previous: null });
    }
  }
  for (const { period, published, ...tables } of dataset.previousVersions) {
    for (const table of REVISABLE_TABLES) {
      const rows = tables[table.name as keyof typeof tables];
      if (rows) files.push({ path: previousFile(table, period, published), table: table.name, period, rows: rows.length, previous: published });
    }
  }
  return files;
}
