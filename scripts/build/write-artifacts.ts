/** Writes the computed tables where each reader gets them: pages, the browser's DuckDB, downloads. */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Dataset, Site } from '../../src/lib/contract/dataset.ts';
import { PERIOD_TABLES, PUBLISHED_TABLES } from '../../src/lib/contract/published.ts';
import { preparePublished } from '../../src/lib/publish/compute.ts';
import { buildDataPackage, dataVersion } from '../../src/lib/publish/datapackage.ts';
import { PACKAGE_TITLES } from '../../src/lib/publish/file-titles.ts';
import { MANIFEST_NAME, ZIP_FILE, type DownloadFile, type Manifest } from '../../src/lib/publish/manifest.ts';
import { zipReadme } from '../../src/lib/publish/zip-readme.ts';
import type { SqlEngine } from '../../src/lib/sql/engine.ts';
import { openNativeEngine } from '../../src/lib/sql/engine-native.ts';
import { browserInputFiles } from '../../src/lib/sql/load-inputs.ts';
import { copySources } from './copy-sources.ts';
import { DownloadLog, type FileAbout } from './download-log.ts';
import { timed } from './phases.ts';
import { writeTables, type RowsSink } from './write-tables.ts';
import { zipDownloads } from './write-zip.ts';

/** One JSON row per line, written in slices: a large table is more text than one string can hold. */
function writeNdjson(path: string, rows: readonly unknown[], slice = 10_000): void {
  const fd = openSync(path, 'w');
  try {
    for (let i = 0; i < rows.length; i += slice) writeSync(fd, rows.slice(i, i + slice).map((row) => `${JSON.stringify(row)}\n`).join(''));
  } finally {
    closeSync(fd);
  }
}

/**
 * The JSON the Astro pages read at build time: every published table (one call per table, while
 * the build holds its rows), then the site settings and the downloads manifest.
 */
export class SiteData {
  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  readonly table: RowsSink = (table, rows) => writeNdjson(join(this.dir, `${table.name}.ndjson`), rows);

  finish(site: Site, manifest: Manifest): void {
    writeFileSync(join(this.dir, 'site.json'), JSON.stringify(site));
    writeFileSync(join(this.dir, `${MANIFEST_NAME}.json`), JSON.stringify(manifest));
  }
}

/**
 * The scoring inputs as plain CSV for DuckDB-WASM (which has no Parquet reader offline): the
 * browser recomputes every published table from them with the bundled scoring SQL.
 */
export function writeBrowserTables(dir: string, dataset: Dataset): void {
  for (const [path, csv] of browserInputFiles(dataset)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), csv);
  }
}

export interface ScoringRun {
  dataDir: string;
  dataset: Dataset;
  scoringSql: string;
  created: Date;
  /** DuckDB's worker threads; the output must not depend on them. */
  threads?: number;
  /** Where work that depends only on its inputs' bytes is kept between builds (the ZIP's deflated files). */
  cacheDir?: string;
}

/**
 * Scores the dataset with native DuckDB and writes every download into `dir`, as the build does;
 * `sink` gets each published table's rows while they are at hand.
 */
export async function scoreAndWriteDownloads(dir: string, run: ScoringRun, sink: RowsSink = () => {}): Promise<Manifest> {
  const engine = await openNativeEngine({ threads: run.threads });
  try {
    await timed('data.score', () => preparePublished(engine, run.dataset, run.scoringSql));
    return await writeDownloads(dir, { ...run, engine }, sink);
  } finally {
    await engine.close();
  }
}

export interface DownloadInputs {
  /** The data folder the dataset was read from. */
  dataDir: string;
  dataset: Dataset;
  /** Holding every published table, as preparePublished leaves it. */
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
export async function writeDownloads(dir: string, inputs: DownloadInputs, sink: RowsSink = () => {}): Promise<Manifest> {
  const { dataset, created } = inputs;
  const periods = dataset.snapshots.map((s) => s.period);
  const log = new DownloadLog(dir);
  await timed('data.tables', () => writeTables(log, inputs.engine, periods, sink));
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
