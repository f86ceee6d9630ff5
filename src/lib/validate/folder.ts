/** A whole data folder → the typed Dataset, or every problem that stands in the way. */
import type { Dataset, PreviousVersion } from '../contract/dataset.ts';
import { CSV_TABLES, snapshots } from '../contract/inputs.ts';
import { IssueLog, described, fileLevel, type Counts, type Issue } from './issues.ts';
import { readPreviousVersions } from './previous.ts';
import { fileOf, type Row, type Tables } from './rows.ts';
import { runRules } from './rules.ts';
import { SITE_FILE, readSite, toSite } from './site.ts';
import { readSnapshot } from './snapshot.ts';
import type { DataSource } from './source.ts';
import { WorkbookSource } from './workbook-source.ts';
import { resolveResultParks } from './results.ts';
import { readTable } from './table.ts';

export interface ValidationResult {
  /** Non-null only when no issue is an error. */
  dataset: Dataset | null;
  /** Issues file by file, then by line and column; at most ISSUES_KEPT_PER_FILE per file. */
  issues: Issue[];
  /** Every issue counted by severity, per file that has any, including those not kept. */
  counts: Record<string, Counts>;
}

function toDataset(tables: Tables, previousVersions: PreviousVersion[]): Dataset {
  const data = (name: string) => (tables.get(name) ?? []).map((row) => row.data);
  const [site] = data('site');
  // The contract's tables are Dataset's row types column for column, and every cell was checked against them.
  return {
    site: toSite(site ?? {}),
    snapshots: data('snapshots'),
    ...Object.fromEntries(CSV_TABLES.map((table) => [table.name, data(table.name)])),
    previousVersions,
  } as unknown as Dataset;
}

/** `source` may hold an Excel workbook (values.xlsx) wherever a CSV file is read; see ./workbook-source.ts. */
export async function validateDataFolder(folder: DataSource): Promise<ValidationResult> {
  const log = new IssueLog();
  const source = new WorkbookSource(folder, log);
  const tables = new Map<string, readonly Row[]>();
  const read = async (file: string, optional: boolean) => {
    log.open(file);
    const bytes = await source.read(file);
    if (!bytes && !optional && !source.failed.has(file)) log.add(fileLevel(file), described('MISSING_FILE'));
    return bytes;
  };

  const siteBytes = await read(SITE_FILE, false);
  const site = siteBytes && readSite(siteBytes, log);
  if (site) tables.set('site', [site]);

  const periods = [...(await source.listPeriods())].sort();
  if (periods.length === 0) log.add(fileLevel('snapshots/'), described('NO_PERIODS'));
  const periodRows: Row[] = [];
  for (const period of periods) {
    const bytes = await read(fileOf(snapshots, period), snapshots.optional);
    if (bytes) periodRows.push(readSnapshot(bytes, period, log));
  }
  tables.set(snapshots.name, periodRows);

  // Tables come in contract order, so the tables a file refers to are read before it.
  for (const def of CSV_TABLES) {
    let rows: Row[] | null = [];
    for (const period of def.perPeriod ? periods : [null]) {
      const file = period === null ? def.file : fileOf(def, period);
      const bytes = await read(file, def.optional);
      if (!bytes) {
        if (!def.optional) rows = null;
        continue;
      }
      const fileRows = readTable(def, bytes, file, period, tables, log);
      rows = rows && fileRows ? rows.concat(fileRows) : null;
    }
    if (rows) tables.set(def.name, rows);
  }
  for (const table of ['results', 'result_categories']) {
    if (tables.has(table)) tables.set(table, resolveResultParks(tables, log, table));
  }
  const previousVersions = await readPreviousVersions(source, periods, tables, log, read);

  runRules(tables, log);
  return { dataset: log.hasErrors() ? null : toDataset(tables, previousVersions), ...source.place({ issues: log.issues(), counts: log.counts() }) };
}
