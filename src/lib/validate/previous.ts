/**
 * A revised period's earlier versions, snapshots/<period>/previous/<published>/: each file gets the
 * same checks as the current one, under its own path, and the folder name must be a date before
 * the period's publication.
 */
import type { PreviousVersion } from '../contract/dataset.ts';
import { REVISABLE_TABLES, previousFile, previousFolder, snapshots, values as valuesTable } from '../contract/inputs.ts';
import { parseCell } from './cells.ts';
import { fileLevel, type IssueLog } from './issues.ts';
import { at, type Row, type Tables } from './rows.ts';
import { runRules } from './rules.ts';
import type { DataSource } from './source.ts';
import { readTable } from './table.ts';

/** Reads a file of the data folder: its bytes, or null (with MISSING_FILE logged unless `optional`). */
export type ReadFile = (file: string, optional: boolean) => Promise<Uint8Array | null>;

const publishedColumn = snapshots.columns.find((column) => column.name === 'published')!;

function checkFolderName(period: string, published: string, snapshot: Row | undefined, log: IssueLog): void {
  const folder = previousFolder(period, published);
  const current = snapshot?.data.published;
  const date = parseCell(publishedColumn, published, null);
  if (date.ok && (typeof current !== 'string' || published < current)) return;
  log.add(fileLevel(folder), {
    code: 'BAD_PREVIOUS_FOLDER',
    zh: date.ok
      ? `修订前版本的日期“${published}”不早于本期发布日期 ${String(current)}`
      : `文件夹名“${published}”不是 YYYY-MM-DD 格式的日期（修订前版本的发布日期）`,
    en: date.ok
      ? `the earlier version’s date "${published}" is not before the period’s publication date ${String(current)}`
      : `the folder name "${published}" is not a YYYY-MM-DD date (when the earlier version was published)`,
  });
}

function checkStatus(snapshot: Row | undefined, versions: number, log: IssueLog): void {
  const status = snapshot?.data.status;
  if (!snapshot || typeof status !== 'string' || (status === 'revised') === (versions > 0)) return;
  log.add(at(snapshot, 'status'), {
    code: 'REVISION_STATUS',
    zh: versions > 0
      ? `previous/ 下保留了 ${versions} 个修订前版本，但字段“status”的值为“${status}”而不是 revised`
      : '字段“status”的值为 revised，但 previous/ 下没有保留修订前的版本',
    en: versions > 0
      ? `previous/ keeps ${versions} earlier version(s), but field "status" is "${status}", not revised`
      : 'field "status" is revised, but previous/ keeps no earlier version',
  });
}

/**
 * One earlier version's tables; null without a readable values.csv. A file that cannot be read
 * has logged an error, so the dataset is void anyway.
 */
async function readVersion(period: string, published: string, tables: Tables, log: IssueLog, read: ReadFile): Promise<PreviousVersion | null> {
  const data = new Map<string, Row['data'][]>();
  for (const def of REVISABLE_TABLES) {
    const file = previousFile(def, period, published);
    // An earlier version always has its values.csv, even though a current period may have results only.
    const bytes = await read(file, def !== valuesTable);
    const rows = bytes && readTable(def, bytes, file, period, tables, log);
    if (!rows) continue;
    runRules(new Map(tables).set(def.name, rows), log, def.name);
    data.set(def.name, rows.map((row) => row.data));
  }
  const values = data.get('values');
  // The contract's tables are Dataset's row types column for column, and every cell was checked against them.
  return values
    ? ({ period, published, values, benchmarks: data.get('benchmarks') ?? null, adjustments: data.get('adjustments') ?? null } as unknown as PreviousVersion)
    : null;
}

/** Every period's earlier versions, each checked like the current files; `tables` must hold the tables they refer to. */
export async function readPreviousVersions(source: DataSource, periods: readonly string[], tables: Tables, log: IssueLog, read: ReadFile): Promise<PreviousVersion[]> {
  const versions: PreviousVersion[] = [];
  const snapshotOf = new Map((tables.get(snapshots.name) ?? []).map((row) => [row.data.period, row]));
  for (const period of periods) {
    const dates = [...(await source.listPrevious(period))].sort();
    checkStatus(snapshotOf.get(period), dates.length, log);
    for (const published of dates) {
      checkFolderName(period, published, snapshotOf.get(period), log);
      const version = await readVersion(period, published, tables, log, read);
      if (version) versions.push(version);
    }
  }
  return versions;
}
