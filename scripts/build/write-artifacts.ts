/** Writes the computed tables where each reader gets them: pages, the browser's DuckDB, downloads. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Dataset } from '../../src/lib/contract/dataset.ts';
import { PERIOD_TABLES, PUBLISHED_TABLES } from '../../src/lib/contract/published.ts';
import { prepareInputs, preparePublished } from '../../src/lib/publish/compute.ts';
import { buildDataPackage, dataVersion } from '../../src/lib/publish/datapackage.ts';
import { PACKAGE_TITLES } from '../../src/lib/publish/file-titles.ts';
import { ZIP_FILE, type DownloadFile, type Manifest } from '../../src/lib/publish/manifest.ts';
import { needsScoring } from '../../src/lib/publish/table-inputs.ts';
import { zipReadme } from '../../src/lib/publish/zip-readme.ts';
import type { SqlEngine } from '../../src/lib/sql/engine.ts';
import { openNativeEngine } from '../../src/lib/sql/engine-native.ts';
import { browserInputFiles } from '../../src/lib/sql/load-inputs.ts';
import { copySources } from './copy-sources.ts';
import { SiteData } from './site-data.ts';
import { inputDigests, TableCache } from './table-cache.ts';
import { DownloadLog, type FileAbout } from './download-log.ts';
import { timed } from './phases.ts';
import { writeTables, type TableOutputs } from './write-tables.ts';
import { zipDownloads } from './write-zip.ts';

/**
 * The scoring inputs as plain CSV for DuckDB-WASM (which has no Parquet reader offline): the
 * browser recomputes every published table from them with the bundled scoring SQL. Returns the
 * files' text by path.
 */
function writeBrowserTables(dir: string, dataset: Dataset): Map<string, string> {
  const files = browserInputFiles(dataset);
  for (const [path, csv] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), csv);
  }
  return files;
}

export interface ScoringRun {
  dataDir: string;
  dataset: Dataset;
  scoringSql: string;
  created: Date;
  /** DuckDB's worker threads; the output must not depend on them. */
  threads?: number;
  /** Where the ZIP's deflated files are kept between builds. */
  cacheDir?: string;
}

export interface DataFolders {
  /** The downloads, and the browser's tables under browser/. */
  files: string;
  /** The pages' copy of every table, with the site settings and the manifest. */
  site: string;
  /** Where each table's files are kept between builds; null: computed every time. */
  tableCache: string | null;
  /** A digest of the code that writes the tables (codeDigest). */
  code: string;
}

/**
 * Everything the build writes from the data before the pages: the browser's tables, every download
 * and the pages' copy. Tables whose inputs and code did not change since the last build are
 * copied from the cache; the names of those tables are returned.
 */
export async function writeDataFiles(run: ScoringRun, folders: DataFolders): Promise<{ manifest: Manifest; reused: string[] }> {
  const browserFiles = writeBrowserTables(join(folders.files, 'browser'), run.dataset);
  const site = new SiteData(folders.site);
  const cache = folders.tableCache === null ? undefined : new TableCache(folders.tableCache, folders.code, inputDigests(run.dataset, browserFiles), site);
  const manifest = await scoreAndWriteDownloads(folders.files, run, { site, cache });
  cache?.prune();
  site.finish(run.dataset.site, manifest);
  return { manifest, reused: cache?.reused ?? [] };
}

/**
 * Scores the dataset with native DuckDB and writes every download into `dir`, as the build does,
 * and each table to `outputs`. Tables the cache holds are copied; the data are scored only if a
 * table that needs scoring is not among them.
 */
export async function scoreAndWriteDownloads(dir: string, run: ScoringRun, outputs: TableOutputs = {}): Promise<Manifest> {
  const engine = await openNativeEngine({ threads: run.threads });
  try {
    const missing = PUBLISHED_TABLES.filter((table) => !outputs.cache?.has(table));
    if (missing.some(needsScoring)) await timed('data.score', () => preparePublished(engine, run.dataset, run.scoringSql));
    else if (missing.length > 0) await timed('data.score', () => prepareInputs(engine, run.dataset, run.scoringSql));
    return await writeDownloads(dir, { ...run, engine }, outputs);
  } finally {
    await engine.close();
  }
}

export interface DownloadInputs {
  /** The data folder the dataset was read from. */
  dataDir: string;
  dataset: Dataset;
  /** Holding every published table not in the cache, as preparePublished leaves it. */
  engine: SqlEngine;
  scoringSql: string;
  created: Date;
  cacheDir?: string;
}

const GROUP_ORDER: readonly DownloadFile['group'][] = ['package', 'table', 'plain', 'period', 'source'];

/** Grouped as the downloads page shows them, the ZIP first, period files by period and table; otherwise in writing order. */
function inPageOrder(files: readonly DownloadFile[], periods: readonly string[]): DownloadFile[] {
  const packageOrder = Object.keys(PACKAGE_TITLES);
  const periodOrder = (f: DownloadFile) => (f.group === 'period' ? periods.indexOf(f.period!) : 0);
  const tableOrder = (f: DownloadFile) => (f.group === 'period' ? PERIOD_TABLES.findIndex((t) => t.name === f.table) : 0);
  return [...files].sort((a, b) => GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group)
    || packageOrder.indexOf(a.path) - packageOrder.indexOf(b.path)
    || periodOrder(a) - periodOrder(b)
    || tableOrder(a) - tableOrder(b));
}

const packageFile = (path: string): FileAbout => ({
  group: 'package', title_zh: PACKAGE_TITLES[path]!.zh, title_en: PACKAGE_TITLES[path]!.en, table: null, period: null, rows: null,
});

/**
 * Every download into `dir`: each table whole and per period as CSV and Parquet, the input files as
 * received, scoring.sql, datapackage.json and a ZIP of it all. Returns the manifest that lists them.
 */
export async function writeDownloads(dir: string, inputs: DownloadInputs, outputs: TableOutputs = {}): Promise<Manifest> {
  const { dataset, created } = inputs;
  const periods = dataset.snapshots.map((s) => s.period);
  const log = new DownloadLog(dir);
  await timed('data.tables', () => writeTables(log, inputs.engine, periods, outputs));
  copySources(log, inputs.dataDir, dataset);
  log.write('scoring.sql', Buffer.from(inputs.scoringSql, 'utf8'), packageFile('scoring.sql'));

  const plainTables = log.files.filter((f): f is DownloadFile & { table: string; rows: number } => f.group === 'plain');
  const resources = plainTables.map((f) => ({ ...f, table: PUBLISHED_TABLES.find((t) => t.name === f.table)! }));
  const dataPackage = buildDataPackage(dataset.site, dataset.snapshots, resources, log.files.filter((f) => f.group !== 'plain'), created);
  log.write('datapackage.json', Buffer.from(JSON.stringify(dataPackage, null, 2), 'utf8'), packageFile('datapackage.json'));

  const about = { version: dataVersion(dataset.snapshots), created: created.toISOString() };
  const readme = zipReadme(dataset.site, dataset.snapshots, about, log.files);
  await timed('data.zip', () => zipDownloads(log, readme, created, log.prepare(ZIP_FILE), inputs.cacheDir ?? null));
  log.record(ZIP_FILE, packageFile(ZIP_FILE));
  return { ...about, files: inPageOrder(log.files, periods) };
}
